/**
 * @module verification/specifics
 * A model's sentence may cite a passage and still add a number, a date or a name the passage
 * does not contain. Those are the details a misquote changes, so each one missing from the
 * sentence's quotes becomes a warning, and the sentence loses its `sourced` label.
 */
import type { Tokenizer } from '../index/tokenizer.ts'

const MONTH_NAMES =
  'January|February|March|April|May|June|July|August|September|October|November|December'
const MONTHS = new RegExp(`\\b(?:${MONTH_NAMES})\\b`, 'g')
const IS_MONTH = new RegExp(`^(?:${MONTH_NAMES})$`)
const NUMBER = /\d+(?:[.,]\d+)*%?/g

/**
 * The numbers, months and capitalised names of `text` that none of `quotes` contains.
 *
 * @example
 * ```ts
 * unsupportedSpecifics(tokenizer, 'On 14 March, 72 officials agreed.', ['Officials agreed.'])
 * // ['the number “14”', 'the date “March”', 'the number “72”']
 * ```
 */
export function unsupportedSpecifics(
  tokenizer: Tokenizer,
  text: string,
  quotes: readonly string[]
): string[] {
  const quoted = quotes.join(' ')
  const quotedTokens = new Set(tokenizer.tokens(quoted))
  const numbers = new Set((quoted.match(NUMBER) ?? []).map((n) => n.replace(/,/g, '')))
  const found: { at: number; warning: string }[] = []
  for (const m of text.matchAll(NUMBER)) {
    if (!numbers.has(m[0].replace(/,/g, '')))
      found.push({ at: m.index, warning: `the number “${m[0]}”` })
  }
  for (const m of text.matchAll(MONTHS)) {
    if (!quoted.includes(m[0])) found.push({ at: m.index, warning: `the date “${m[0]}”` })
  }
  // A capitalised word that does not open a sentence is a name; its folded tokens must be quoted.
  for (const m of text.matchAll(/(?<![.!?:]\s|^)\b\p{Lu}[\p{L}’'-]+/gu)) {
    if (IS_MONTH.test(m[0])) continue
    // As written in a quote, or as another spelling of a name a quote has ("Zelenskyy").
    if (new RegExp(`\\b${m[0]}\\b`, 'u').test(quoted)) continue
    const tokens = tokenizer.tokens(m[0])
    if (tokens.length > 0 && tokens.some((t) => !quotedTokens.has(t))) {
      found.push({ at: m.index, warning: `the name “${m[0]}”` })
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => `Its quotes do not contain ${f.warning}.`)
}
