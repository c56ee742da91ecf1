/**
 * @module index/aliases
 * The alias table (`corpus/aliases.yaml`): spellings of one name folded to one canonical token,
 * and reader words widened to the corpus's words. Compiled once into regular expressions.
 */
import { z } from 'zod'

export const AliasTableSchema = z.strictObject({
  names: z.record(z.string().regex(/^[a-z]+$/), z.array(z.string().min(1)).min(1)),
  synonyms: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)).default({}),
  contrasts: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)).default({}),
})
export type AliasTable = z.infer<typeof AliasTableSchema>

/** Reader phrase → corpus words, longest phrases first. */
export type PhraseTable = ReadonlyArray<readonly [string, readonly string[]]>

/** Lowercases the keys and puts longer phrases first, so "pull out" is tried before "pull". */
function phraseTable(record: Record<string, string[]>): PhraseTable {
  return Object.entries(record)
    .map(([k, v]) => [k.toLowerCase(), v] as const)
    .sort((a, b) => b[0].length - a[0].length)
}

/** An alias table ready to apply. */
export interface CompiledAliases {
  /** Replaces every variant in `text` with its canonical token, keeping other text as it is. */
  fold(text: string): string
  /** Canonical tokens, which the tokenizer must neither stem nor drop. */
  canonical: ReadonlySet<string>
  /** Canonical token → the variants that fold to it, as the table spells them. */
  variants: ReadonlyMap<string, readonly string[]>
  /** Lowercased reader phrase → corpus words, longest phrases first. */
  synonyms: PhraseTable
  /** Lowercased reader phrase → corpus words that say the opposite, longest phrases first. */
  contrasts: PhraseTable
}

/** Escapes `s` for use inside a regular expression. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A pattern for any of `alternatives` (already escaped) standing as whole words: no letter or
 * digit right before or after.
 */
export const wholeWords = (alternatives: readonly string[], flags: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, flags)

/** Short all-capital variants (US, UAE, EU) must match case-sensitively. */
export const isAcronym = (v: string) =>
  /^[\p{Lu}.]{1,4}$/u.test(v) && v.replace(/\./g, '').length <= 3

/**
 * Compiles the table. Longer variants are tried first, so "Velmora Harbour Authority" folds to
 * its own token before "Velmora" can fold to `velmora`.
 *
 * @example
 * ```ts
 * compileAliases({ names: { velmora: ['Velmora', 'Velmoria'] }, synonyms: {}, contrasts: {} }).fold('Velmoria talks') // ' velmora  talks'
 * ```
 */
export function compileAliases(table: AliasTable): CompiledAliases {
  const variants = Object.entries(table.names).flatMap(([key, list]) =>
    list.map((v) => ({ key, v, exactCase: isAcronym(v) }))
  )
  variants.sort((a, b) => b.v.length - a.v.length)
  const toKey = new Map<string, string>()
  for (const { key, v, exactCase } of variants) toKey.set(exactCase ? v : v.toLowerCase(), key)
  // Two passes, since a regex cannot mix case-sensitive and -insensitive branches portably.
  const pattern = (exactCase: boolean) =>
    wholeWords(
      variants.filter((x) => x.exactCase === exactCase).map((x) => escapeRegExp(x.v)),
      exactCase ? 'gu' : 'giu'
    )
  const passes = [pattern(false), pattern(true)]
  const replace = (m: string) => ` ${toKey.get(m) ?? toKey.get(m.toLowerCase()) ?? m} `
  return {
    fold: (text) => passes.reduce((t, re) => t.replace(re, replace), text),
    canonical: new Set(Object.keys(table.names)),
    variants: new Map(Object.entries(table.names)),
    synonyms: phraseTable(table.synonyms),
    contrasts: phraseTable(table.contrasts),
  }
}
