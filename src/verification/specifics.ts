/**
 * @module verification/specifics
 * A model's sentence may cite a passage and still add a number, a date or a name the passage
 * does not contain. Those are the details a misquote changes, so each one missing from the
 * sentence's quotes becomes a warning, and the sentence loses its `sourced` label.
 */
import type { Tokenizer } from '../index/tokenizer.ts'
import { MONTH_NAMES } from '../passages/words.ts'

const MONTHS = new RegExp(`\\b(?:${MONTH_NAMES.join('|')})\\b`, 'g')
const IS_MONTH = new RegExp(`^(?:${MONTH_NAMES.join('|')})$`)
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
  for (const { name, at } of namesIn(tokenizer, text)) {
    if (!mentions(tokenizer, quoted, quotedTokens, name))
      found.push({ at, warning: `the name “${name}”` })
  }
  return found.sort((a, b) => a.at - b.at).map((f) => `Its quotes do not contain ${f.warning}.`)
}

/**
 * The names in `text`: capitalised words, except a sentence's first word unless it is a name of
 * the alias table ("Novak said…" names Novak; "The talks…" names nothing), and months.
 */
export function namesIn(tokenizer: Tokenizer, text: string): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = []
  for (const m of text.matchAll(/\b\p{Lu}[\p{L}’'-]*\p{L}/gu)) {
    if (IS_MONTH.test(m[0]) || /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/.test(m[0]))
      continue
    const opens = /(?:^|[.!?:]\s+|["“‘'(]\s*)$/.test(text.slice(0, m.index))
    const tokens = tokenizer.tokens(m[0])
    if (tokens.length === 0) continue
    if (opens && !tokens.every((t) => tokenizer.isName(t))) continue
    out.push({ name: m[0], at: m.index })
  }
  return out
}

/** Does `text` mention `name`: as written, or as another spelling the alias table folds to it? */
export function mentions(
  tokenizer: Tokenizer,
  text: string,
  textTokens: ReadonlySet<string>,
  name: string
): boolean {
  if (new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'u').test(text)) return true
  return tokenizer.tokens(name).every((t) => textTokens.has(t))
}
