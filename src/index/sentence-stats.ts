/**
 * @module index/sentence-stats
 * What retrieval scores sentences with, computed once at build time and shipped in the artifact:
 * the tokens of every sentence and the names a passage refers back to. Tokenizing the whole
 * dossier again in the worker would cost more than the rest of the load together, so the worker
 * only expands these (token positions into strings, and counts).
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
  /** Each sentence's tokens as positions in `vocabulary`, in text order: `[passage][sentence]`. */
  tokens: z.array(z.array(z.array(z.number().int().min(0)))),
  /**
   * For a passage that opens with "His", "This stance", "They"…, the canonical names of the
   * passage before it in the same document (positions in `vocabulary`); empty for the others.
   */
  referredNames: z.array(z.array(z.number().int().min(0))),
})
export type SentenceStats = z.infer<typeof SentenceStatsSchema>

/**
 * Tokenizes every sentence of `passages` with the shared tokenizer.
 *
 * @example
 * ```ts
 * const stats = sentenceStats(passages, createTokenizer(aliases))
 * stats.tokens[0]?.[0]?.map((t) => stats.vocabulary[t]) // ['trump', 'administrat', …]
 * ```
 */
export function sentenceStats(passages: LabelledPassage[], tokenizer: Tokenizer): SentenceStats {
  const vocabulary: string[] = []
  const positions = new Map<string, number>()
  const position = (token: string) => {
    let at = positions.get(token)
    if (at === undefined) {
      at = vocabulary.push(token) - 1
      positions.set(token, at)
    }
    return at
  }
  const tokens = passages.map((p) =>
    p.sentences.map((s) => tokenizer.tokens(p.text.slice(s.start, s.end)).map(position))
  )
  const referredNames = passages.map((p, i) => {
    const before = passages[i - 1]
    if (!before || before.documentId !== p.documentId || !REFERS_BACK.test(p.text)) return []
    return [...new Set(tokenizer.tokens(before.text).filter((t) => tokenizer.isName(t)))].map(
      position
    )
  })
  return { vocabulary, tokens, referredNames }
}

/** The statistics as retrieval reads them. */
export interface ExpandedSentenceStats {
  /** Tokens of each sentence, `sentenceTokens[passageIndex][sentenceIndex]`. */
  sentenceTokens: string[][][]
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
 * Turns the shipped statistics into what retrieval reads: positions back into the (shared)
 * token strings, and each token's sentence count, counted once per sentence.
 *
 * @example
 * ```ts
 * expandSentenceStats(artifact.stats).documentFrequency.get('putin') // 12
 * ```
 */
export function expandSentenceStats({
  vocabulary,
  tokens,
  referredNames,
}: SentenceStats): ExpandedSentenceStats {
  const counts = new Uint32Array(vocabulary.length)
  // The last sentence each token was counted in, so a repeated token counts once per sentence.
  const seenIn = new Int32Array(vocabulary.length).fill(-1)
  let sentenceCount = 0
  let tokenCount = 0
  const sentenceTokens = tokens.map((sentences) =>
    sentences.map((sentence) => {
      for (const t of sentence) {
        if (seenIn[t] === sentenceCount) continue
        seenIn[t] = sentenceCount
        counts[t] = (counts[t] ?? 0) + 1
        tokenCount++
      }
      sentenceCount++
      return sentence.map((t) => vocabulary[t] ?? '')
    })
  )
  const documentFrequency = new Map<string, number>()
  vocabulary.forEach((token, t) => {
    if (counts[t]) documentFrequency.set(token, counts[t])
  })
  return {
    sentenceTokens,
    referredNames: referredNames.map((names) =>
      names.length === 0 ? NO_NAMES : new Set(names.map((t) => vocabulary[t] ?? ''))
    ),
    documentFrequency,
    sentenceCount,
    meanSentenceTokens: sentenceCount > 0 ? tokenCount / sentenceCount : 1,
  }
}
