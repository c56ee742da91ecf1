/**
 * @module retrieval
 * The retrieval step owns finding the passages and sentences that speak to a question, and
 * judging how much of the question they cover. Orama proposes candidate passages (BM25 over the
 * index); sentences are then scored by the question's terms they contain, because Orama's prefix
 * matching ("war" finds "warning") is too loose to decide coverage on its own.
 */
import { search } from '@orama/orama'
import type { Dossier } from '../index/load.ts'
import type { LabelledPassage } from '../provenance/schema.ts'
import { type AnalysedQuestion, analyseQuestion } from './query.ts'
import { type ScoredSentence, scoreSentences } from './score.ts'

export type { ScoredSentence }

/**
 * A passage next to a strong match shares its subject more often than not: a news paragraph
 * continues the one before ("Over 54% of respondents oppose the idea" follows the poll it
 * counts). Ranking adds this share of the stronger neighbour's score.
 */
const ADJACENCY_WEIGHT = 0.5

/** One passage, scored by its best sentence. */
export interface ScoredPassage {
  passage: LabelledPassage
  score: number
  sentences: ScoredSentence[]
}

/** Options for {@link retrieve}. */
export interface RetrieveOptions {
  /** Orama candidates to score. Default 200. */
  candidates?: number
}

/** The result of {@link retrieve}. */
export interface Retrieval {
  question: AnalysedQuestion
  /** Passages that match at least one term, best first. */
  passages: ScoredPassage[]
}

/**
 * @example
 * ```ts
 * const { passages } = retrieve(dossier, 'How long is the fortress belt?')
 * passages[0]?.passage.text // 'The 50km ‘fortress belt’—spanning cities like …'
 * ```
 */
export function retrieve(
  dossier: Dossier,
  question: string,
  options: RetrieveOptions = {}
): Retrieval {
  const analysed = analyseQuestion(dossier, question)
  const { terms } = analysed
  if (terms.length === 0) return { question: analysed, passages: [] }
  const term = terms.flatMap((t) => [t.token, ...t.alternatives, ...t.contrasts]).join(' ')
  const result = search(dossier.index, {
    term,
    properties: ['text'],
    threshold: 1,
    limit: options.candidates ?? 200,
  })
  // No async hooks are registered, so Orama returns synchronously (its type says "or Promise").
  if (result instanceof Promise) throw new Error('Orama search returned a promise')
  const oramaScore = new Map(result.hits.map((h) => [h.id, h.score]))
  const maxOrama = Math.max(1e-9, ...oramaScore.values())
  const scored = dossier.passages.map((passage, i) => {
    const candidate = oramaScore.get(passage.id)
    if (candidate === undefined) return undefined
    const sentences = scoreSentences(dossier, analysed, passage, i)
    const best = Math.max(0, ...sentences.map((s) => s.score))
    return { passage, sentences, best, orama: candidate / maxOrama }
  })
  const own = (i: number, documentId: string) =>
    scored[i]?.passage.documentId === documentId ? (scored[i]?.best ?? 0) : 0
  const passages: ScoredPassage[] = []
  scored.forEach((s, i) => {
    if (!s || s.best <= 0) return
    const doc = s.passage.documentId
    const neighbour = Math.max(own(i - 1, doc), own(i + 1, doc))
    const score = s.best + ADJACENCY_WEIGHT * neighbour + 0.1 * s.orama
    passages.push({ passage: s.passage, score, sentences: s.sentences })
  })
  passages.sort((a, b) => b.score - a.score || a.passage.id.localeCompare(b.passage.id))
  return { question: analysed, passages }
}
