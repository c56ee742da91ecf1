/**
 * @module index/sentence-stats
 * What retrieval scores sentences with, computed once at build time and shipped in the artifact:
 * the tokens of every sentence, how many sentences hold each token, and the names a passage
 * refers back to. Tokenizing the whole dossier again in the worker would cost more than the rest
 * of the load together, so the worker only reads these, flat lists that `JSON.parse` makes in a
 * few allocations, and turns a passage's token positions into strings when a question reads it.
 */
import { z } from 'zod'
import type { LabelledPassage } from '../provenance/schema.ts'
import type { Tokenizer } from './tokenizer.ts'

/** Openings that refer to someone or something named just before. */
const REFERS_BACK =
  /^(?:(?:Yet|But|However|Meanwhile|And),?\s+)?(?:(?:While|As)\s+)?(?:he|she|they|his|her|their|its|this|these|that|those|such)\b/i

export const SentenceStatsSchema = z.object({
  /** Every distinct token of the dossier's sentences and referred names, once. */
  vocabulary: z.array(z.string()),
  /** All sentences' tokens as positions in `vocabulary`, in text order, one flat list. */
  tokens: z.array(z.number().int().min(0)),
  /** Where each sentence's tokens end in `tokens`, sentence by sentence through the dossier. */
  sentenceEnds: z.array(z.number().int().min(0)),
  /** Where each passage's sentences end in `sentenceEnds`, passage by passage. */
  passageEnds: z.array(z.number().int().min(0)),
  /** How many sentences contain each vocabulary entry (once per sentence). */
  sentenceFrequency: z.array(z.number().int().min(0)),
  /** Distinct tokens in a sentence, over all sentences. */
  distinctTokens: z.number().int().min(0),
  /**
   * For a passage that opens with "His", "This stance", "They"…, the canonical names of the
   * passage before it in the same document: `[passageIndex, ...positions in vocabulary]`; the
   * other passages are not listed.
   */
  referredNames: z.array(z.array(z.number().int().min(0))),
})
export type SentenceStats = z.infer<typeof SentenceStatsSchema>

/**
 * Tokenizes every sentence of `passages` with the shared tokenizer, and counts what retrieval
 * weighs them by, so that the worker's load has nothing to count.
 *
 * @example
 * ```ts
 * const stats = sentenceStats(passages, createTokenizer(aliases))
 * stats.vocabulary[stats.tokens[0] ?? 0] // 'envoy'
 * ```
 */
export function sentenceStats(passages: LabelledPassage[], tokenizer: Tokenizer): SentenceStats {
  const stats: SentenceStats = {
    vocabulary: [],
    tokens: [],
    sentenceEnds: [],
    passageEnds: [],
    sentenceFrequency: [],
    distinctTokens: 0,
    referredNames: [],
  }
  const positions = new Map<string, number>()
  const position = (token: string) => {
    let at = positions.get(token)
    if (at === undefined) {
      at = stats.vocabulary.push(token) - 1
      positions.set(token, at)
      stats.sentenceFrequency.push(0)
    }
    return at
  }
  passages.forEach((p, i) => {
    for (const s of p.sentences) {
      const tokens = tokenizer.tokens(p.text.slice(s.start, s.end)).map(position)
      stats.tokens.push(...tokens)
      stats.sentenceEnds.push(stats.tokens.length)
      for (const t of new Set(tokens)) {
        stats.sentenceFrequency[t] = (stats.sentenceFrequency[t] ?? 0) + 1
        stats.distinctTokens++
      }
    }
    stats.passageEnds.push(stats.sentenceEnds.length)
    const before = passages[i - 1]
    if (!before || before.documentId !== p.documentId || !REFERS_BACK.test(p.text)) return
    const names = new Set(tokenizer.tokens(before.text).filter((t) => tokenizer.isName(t)))
    if (names.size > 0) stats.referredNames.push([i, ...[...names].map(position)])
  })
  return stats
}

/** The statistics as retrieval reads them. */
export interface ExpandedSentenceStats {
  /**
   * Tokens of each sentence of the passage at `passageIndex`, `[sentenceIndex][k]`; empty past
   * the end. Expanded on first use: a question reads a hundred passages' at most.
   */
  sentenceTokens: (passageIndex: number) => string[][]
  /** Names each passage refers back to; empty for most. */
  referredNames: ReadonlySet<string>[]
  /** Number of sentences that contain each token. */
  documentFrequency: ReadonlyMap<string, number>
  sentenceCount: number
  /** Mean number of distinct tokens in a sentence. */
  meanSentenceTokens: number
}

const NO_NAMES: ReadonlySet<string> = new Set()

/**
 * Turns the shipped statistics into what retrieval reads: each token's sentence count by its
 * string, and each passage's tokens back into strings when a question first reads that
 * passage, rather than for every passage at every cold start.
 *
 * @example
 * ```ts
 * expandSentenceStats(artifact.stats).documentFrequency.get('envoy') // 12
 * ```
 */
export function expandSentenceStats(stats: SentenceStats): ExpandedSentenceStats {
  const { vocabulary, tokens, sentenceEnds, passageEnds, sentenceFrequency } = stats
  const documentFrequency = new Map<string, number>()
  for (let t = 0; t < vocabulary.length; t++) {
    const count = sentenceFrequency[t] ?? 0
    if (count > 0) documentFrequency.set(vocabulary[t] ?? '', count)
  }
  const expanded: string[][][] = []
  const sentenceTokens = (passageIndex: number) => {
    let sentences = expanded[passageIndex]
    if (sentences) return sentences
    sentences = []
    if (passageIndex < 0 || passageIndex >= passageEnds.length) return sentences
    const last = passageEnds[passageIndex] ?? 0
    for (let s = passageEnds[passageIndex - 1] ?? 0; s < last; s++) {
      const from = sentenceEnds[s - 1] ?? 0
      const to = sentenceEnds[s] ?? 0
      sentences.push(tokens.slice(from, to).map((t) => vocabulary[t] ?? ''))
    }
    expanded[passageIndex] = sentences
    return sentences
  }
  const referredNames: ReadonlySet<string>[] = passageEnds.map(() => NO_NAMES)
  for (const [passageIndex = -1, ...names] of stats.referredNames) {
    referredNames[passageIndex] = new Set(names.map((t) => vocabulary[t] ?? ''))
  }
  const sentenceCount = sentenceEnds.length
  return {
    sentenceTokens,
    referredNames,
    documentFrequency,
    sentenceCount,
    meanSentenceTokens: sentenceCount > 0 ? stats.distinctTokens / sentenceCount : 1,
  }
}
