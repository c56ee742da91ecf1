/**
 * @module index/tokenizer
 * The one tokenizer the index build and the worker share (an Orama dump does not carry its
 * tokenizer, so both sides must import this module). Replaces Orama's default English splitter,
 * which drops every letter outside A–Z and a few accents ("Müller" → "m", "ller").
 */
import { stemmer } from '@orama/stemmers/english'
import { stopwords } from '@orama/stopwords/english'
import type { CompiledAliases } from './aliases.ts'

/** Orama's list minus "us" (the country, once folded, never reaches here) and the negations. */
const STOP_WORDS = new Set(
  stopwords.filter((w) => !['no', 'not', 'nor', 'never', "won't", "can't"].includes(w))
)

/**
 * Orama's Porter stemmer drops the t or s before "-ion" ("election" → "elec", but "elected" →
 * "elect"): stem the word without "-ion(s)" instead, so the noun meets its verb.
 */
export function stem(word: string): string {
  if (/[st]ions?$/.test(word) && word.length > 6) return stemmer(word.replace(/ions?$/, ''))
  return stemmer(word)
}

/** Words a tokenizer keeps the stems of; past it, it starts again. */
const STEM_CACHE_SIZE = 50_000
/** Texts a tokenizer keeps the tokens of (passages, documents, a summary's sentences). */
const TEXT_CACHE_SIZE = 5_000

/** The tokenizer object Orama's `components.tokenizer` accepts. */
export interface OramaTokenizer {
  language: string
  normalizationCache: Map<string, string>
  tokenize: (raw: string, language?: string, prop?: string) => string[]
}

/** A tokenizer bound to one alias table. */
export interface Tokenizer {
  /** Tokens in text order, duplicates kept: canonical names, then stemmed words, no stop words. */
  tokens(text: string): string[]
  /** The same tokens without duplicates, as the index stores them. */
  unique(text: string): string[]
  /** Is `token` the canonical token of a name in the alias table ("velmora", "unitedstates")? */
  isName(token: string): boolean
  /** An adapter for `create({ components: { tokenizer } })`. */
  orama: OramaTokenizer
}

/**
 * Creates the tokenizer: fold aliases, strip accents, lowercase, split on anything that is not a
 * letter or digit (Unicode-aware), drop stop words and single letters, stem.
 *
 * @example
 * ```ts
 * createTokenizer(aliases).tokens('Velmoria’s elections') // ['velmora', 'elect']
 * ```
 */
export function createTokenizer(aliases: CompiledAliases): Tokenizer {
  // The Porter stemmer runs a dozen regular expressions a word, and the same few thousand words
  // come back in every question. Bounded: questions can bring any number of new words into a
  // long-lived isolate.
  const stems = new Map<string, string>()
  const cachedStem = (word: string) => {
    let stemmed = stems.get(word)
    if (stemmed === undefined) {
      stemmed = stem(word)
      if (stems.size >= STEM_CACHE_SIZE) stems.clear()
      stems.set(word, stemmed)
    }
    return stemmed
  }
  // A check reads the same passages and documents again for every sentence of a summary, and
  // a copy of a kept list costs a fraction of folding and splitting the text again.
  const read = new Map<string, readonly string[]>()
  const tokens = (text: string): string[] => {
    let kept = read.get(text)
    if (kept === undefined) {
      kept = tokensOf(text)
      if (read.size >= TEXT_CACHE_SIZE) read.clear()
      read.set(text, kept)
    }
    return [...kept]
  }
  const tokensOf = (text: string): string[] => {
    const out: string[] = []
    const folded = aliases
      .fold(text)
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
    for (const word of folded.split(/[^\p{L}\p{N}]+/u)) {
      if (aliases.canonical.has(word)) out.push(word)
      else if (word.length > 1 && !STOP_WORDS.has(word)) out.push(cachedStem(word))
    }
    return out
  }
  const unique = (text: string) => [...new Set(tokens(text))]
  return {
    tokens,
    unique,
    isName: (token) => aliases.canonical.has(token),
    orama: {
      language: 'english',
      normalizationCache: new Map(),
      tokenize: (raw: string) => (typeof raw === 'string' ? unique(raw) : [raw]),
    },
  }
}
