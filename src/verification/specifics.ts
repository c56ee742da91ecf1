/**
 * @module verification/specifics
 * A model's sentence may cite a passage and still add a number, a date or a name the passage
 * does not contain. Those are the details a misquote changes, so each one missing from the
 * sentence's quotes becomes a warning, and the sentence loses its `sourced` label.
 */
import type { Tokenizer } from '../index/tokenizer.ts'
import { countriesIn } from '../language/countries.ts'
import { kept } from '../language/kept.ts'
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
  quotes: readonly string[],
  /** Names checked elsewhere (who speaks, against the quotes' attribution). */
  except: readonly string[] = []
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
    if (except.some((e) => name.startsWith(e))) continue
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

/**
 * Does `text` mention `name`: as written, as another spelling the alias table folds to it, or,
 * for a country, by another of its names ("Britain", "British", "UK" for the United Kingdom;
 * "Norwegian-held" names Norway)?
 */
export function mentions(
  tokenizer: Tokenizer,
  text: string,
  textTokens: ReadonlySet<string>,
  name: string
): boolean {
  if (new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'u').test(text)) return true
  if (tokenizer.tokens(name).every((t) => textTokens.has(t))) return true
  // "Ostland-backed", "UN-mediated": the name is the capitalised part; the rest describes.
  const parts = name.split('-').filter((p) => /^\p{Lu}/u.test(p))
  if (parts.length > 0 && parts.length < name.split('-').length) {
    return parts.every((p) => mentions(tokenizer, text, textTokens, p))
  }
  const countries = countriesIn(name)
  if (countries.size === 0) return false
  const theirs = countriesOfText(text)
  return [...countries].every((c) => theirs.has(c))
}

/** The countries of a text, kept: the same dossier texts are asked about for every name. */
const countriesOfText = kept((text: string) => countriesIn(text), 5_000)
