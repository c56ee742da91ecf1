/**
 * @module index/load
 * Turns the build artifact into the in-memory dossier: the Orama index loaded from its dump
 * (never rebuilt), passages by id, and the sentence statistics retrieval scores with.
 */
import { load } from '@orama/orama'
import type { FollowUp } from '../answer/follow-ups.ts'
import type { Overview } from '../overview/schema.ts'
import type { LabelledPassage } from '../provenance/schema.ts'
import { type CompiledAliases, compileAliases } from './aliases.ts'
import type { Artifact, DocumentSummary } from './artifact.ts'
import { createIndex, type PassageIndex } from './schema.ts'
import { createTokenizer, type Tokenizer } from './tokenizer.ts'

/** Openings that refer to someone or something named just before. */
const REFERS_BACK =
  /^(?:(?:Yet|But|However|Meanwhile|And),?\s+)?(?:(?:While|As)\s+)?(?:he|she|they|his|her|their|its|this|these|that|those|such)\b/i
const NO_NAMES: ReadonlySet<string> = new Set()

/** Everything a request needs, created once per isolate. */
export interface Dossier {
  documents: DocumentSummary[]
  /** The negotiation's shape, as the build computed it. */
  overview: Overview
  /** Questions the dossier answers, for answers to suggest. */
  followUps: FollowUp[]
  passages: LabelledPassage[]
  byId: ReadonlyMap<string, LabelledPassage>
  index: PassageIndex
  tokenizer: Tokenizer
  aliases: CompiledAliases
  /** Tokens of each sentence, `sentenceTokens[passageIndex][sentenceIndex]`. */
  sentenceTokens: string[][][]
  /**
   * Names a passage refers back to: for a passage that opens with "His", "This stance", "They"…,
   * the canonical names of the passage before it ("His refusal to surrender Donetsk" is
   * Zelensky's). Empty for other passages.
   */
  referredNames: ReadonlySet<string>[]
  /** Mean number of distinct tokens in a sentence. */
  meanSentenceTokens: number
  /** Number of sentences that contain each token. */
  documentFrequency: ReadonlyMap<string, number>
  sentenceCount: number
}

/**
 * @example
 * ```ts
 * const dossier = loadDossier(JSON.parse(text))
 * dossier.byId.get('security-guarantees-donbas.p03')?.status // 'sourced'
 * ```
 */
export function loadDossier(artifact: Artifact): Dossier {
  if (artifact.format !== 2) throw new Error(`dossier format ${artifact.format} is not 2: rebuild`)
  const aliases = compileAliases(artifact.aliases)
  const tokenizer = createTokenizer(aliases)
  const index = createIndex(tokenizer)
  load(index, artifact.index)
  const sentenceTokens = artifact.passages.map((p) =>
    p.sentences.map((s) => tokenizer.tokens(p.text.slice(s.start, s.end)))
  )
  const documentFrequency = new Map<string, number>()
  let sentenceCount = 0
  let tokenCount = 0
  for (const sentences of sentenceTokens) {
    for (const tokens of sentences) {
      const distinct = new Set(tokens)
      sentenceCount++
      tokenCount += distinct.size
      for (const t of distinct) documentFrequency.set(t, (documentFrequency.get(t) ?? 0) + 1)
    }
  }
  const referredNames = artifact.passages.map((p, i) => {
    const before = artifact.passages[i - 1]
    if (!before || before.documentId !== p.documentId || !REFERS_BACK.test(p.text)) return NO_NAMES
    return new Set(tokenizer.tokens(before.text).filter((t) => aliases.canonical.has(t)))
  })
  return {
    documents: artifact.documents,
    overview: artifact.overview,
    followUps: artifact.followUps,
    passages: artifact.passages,
    byId: new Map(artifact.passages.map((p) => [p.id, p])),
    index,
    tokenizer,
    aliases,
    sentenceTokens,
    referredNames,
    documentFrequency,
    sentenceCount,
    meanSentenceTokens: sentenceCount > 0 ? tokenCount / sentenceCount : 1,
  }
}
