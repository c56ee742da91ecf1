/**
 * @module check/paraphrase
 * Words news copy uses for one another ("households" for "homes", "pullout" for
 * "withdrawal"), from the general lexicon (`paraphrases`), as index tokens: a summary in other
 * words is matched to the dossier's, at a discount, and word order is compared on meanings.
 */
import type { Tokenizer } from '../index/tokenizer.ts'
import { LEXICON } from '../language/lexicon.ts'

/** Each token of a group, to the group's first token: one meaning, one token. */
export type Meanings = ReadonlyMap<string, string>

const compiled = new WeakMap<Tokenizer, Meanings>()

/**
 * The lexicon's paraphrase groups as index tokens of `tokenizer`, compiled once per tokenizer.
 *
 * @example
 * ```ts
 * meaningsOf(tokenizer).get('household') === meaningsOf(tokenizer).get('home') // true
 * ```
 */
export function meaningsOf(tokenizer: Tokenizer): Meanings {
  let meanings = compiled.get(tokenizer)
  if (meanings) return meanings
  const out = new Map<string, string>()
  for (const group of LEXICON.paraphrases) {
    // A phrase stands for its first content word ("pull out" → "pull"), never for a stop word.
    const tokens = group.flatMap((words) => tokenizer.tokens(words).slice(0, 1))
    const head = tokens[0]
    if (head === undefined) continue
    for (const t of tokens) if (!out.has(t)) out.set(t, head)
  }
  meanings = out
  compiled.set(tokenizer, meanings)
  return meanings
}

/** A token's meaning: its group's first token, or itself. */
export const meaning = (meanings: Meanings, token: string) => meanings.get(token) ?? token
