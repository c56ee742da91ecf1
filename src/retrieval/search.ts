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
import { splitQuestion } from './two-part.ts'

export type { ScoredSentence }

/**
 * A passage next to a strong match shares its subject more often than not: a news paragraph
 * continues the one before ("Most of them oppose the plan" follows the poll it
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
  /**
   * Orama candidates to score. Default 60: at 30× the seed, 100 cost a third more CPU per answer
   * (p95 5.8 against 4.3 ms) and 200 a quarter more again; no evaluation figure, seed or
   * development set, moved from 100 to 60. Sentence scoring reorders the candidates, but one
   * that BM25 ranks past the sixtieth shares too few of the question's words to lead.
   */
  candidates?: number
}

/** The result of {@link retrieve}. */
export interface Retrieval {
  question: AnalysedQuestion
  /** Passages that match at least one term, best first. */
  passages: ScoredPassage[]
  /** For a question that asks two things, each part's own retrieval (`two-part.ts`). */
  parts?: Retrieval[]
}

/**
 * @example
 * ```ts
 * const { passages } = retrieve(dossier, 'How long is the harbour wall?')
 * passages[0]?.passage.text // 'The 3km harbour wall …'
 * ```
 */
export function retrieve(
  dossier: Dossier,
  question: string,
  options: RetrieveOptions = {}
): Retrieval {
  const split = splitQuestion(question)
  if (split.length < 2) return retrieveOne(dossier, question, options)
  const parts = split.map((part) => retrieveOne(dossier, part, options))
  // The whole question leads the ranking (a passage answering both halves is the best of all);
  // each part's best follow in turn, so neither half goes unanswered.
  const whole = retrieveOne(dossier, question, options)
  return { ...whole, passages: interleave([whole, ...parts].map((p) => p.passages)), parts }
}

/** Passages of several rankings, taken in turn (first of each, then second…), once each. */
function interleave(rankings: ScoredPassage[][]): ScoredPassage[] {
  const out: ScoredPassage[] = []
  const seen = new Set<string>()
  const longest = Math.max(0, ...rankings.map((r) => r.length))
  for (let i = 0; i < longest; i++) {
    for (const ranking of rankings) {
      const p = ranking[i]
      if (p && !seen.has(p.passage.id)) {
        seen.add(p.passage.id)
        out.push(p)
      }
    }
  }
  return out
}

/** One question's retrieval: Orama's candidates, their sentences scored. */
function retrieveOne(dossier: Dossier, question: string, options: RetrieveOptions): Retrieval {
  const analysed = analyseQuestion(dossier, question)
  const { terms } = analysed
  if (terms.length === 0) return { question: analysed, passages: [] }
  const term = terms.flatMap((t) => [t.token, ...t.alternatives, ...t.contrasts]).join(' ')
  const result = search(dossier.index, {
    term,
    properties: ['text'],
    threshold: 1,
    limit: options.candidates ?? 60,
  })
  // No async hooks are registered, so Orama returns synchronously (its type says "or Promise").
  if (result instanceof Promise) throw new Error('Orama search returned a promise')
  const maxOrama = Math.max(1e-9, ...result.hits.map((h) => h.score))
  // Only the candidates are scored, by their position in the dossier: walking every passage per
  // question would cost more than the search itself in a large dossier.
  const scored = new Map<
    number,
    { passage: LabelledPassage; sentences: ScoredSentence[]; best: number; orama: number }
  >()
  const score = (i: number, orama: number) => {
    const passage = dossier.passages[i]
    if (!passage || scored.has(i)) return
    const sentences = scoreSentences(dossier, analysed, passage, i)
    const best = Math.max(0, ...sentences.map((s) => s.score))
    scored.set(i, { passage, sentences, best, orama })
  }
  for (const hit of result.hits) {
    const i = dossier.positions.get(hit.id)
    if (i !== undefined) score(i, hit.score / maxOrama)
  }
  // A share is often given in the paragraph after the one that sets it up ("A survey shows a
  // divide over the plan." / "Over half of respondents are against it."), which shares no word
  // with the question: for a question asking for one, that paragraph is scored too. A count
  // names what it counts ("40 drones"), so a "how many" is not widened this way.
  if (analysed.answerType === 'share') {
    for (const [i, s] of [...scored]) {
      if (dossier.passages[i + 1]?.documentId === s.passage.documentId) score(i + 1, 0)
    }
  }
  const own = (i: number, documentId: string) => {
    const s = scored.get(i)
    return s?.passage.documentId === documentId ? s.best : 0
  }
  const passages: ScoredPassage[] = []
  for (const [i, s] of scored) {
    if (s.best <= 0) continue
    const doc = s.passage.documentId
    const neighbour = Math.max(own(i - 1, doc), own(i + 1, doc))
    const score = s.best + ADJACENCY_WEIGHT * neighbour + 0.1 * s.orama
    passages.push({ passage: s.passage, score, sentences: s.sentences })
  }
  passages.sort((a, b) => b.score - a.score || a.passage.id.localeCompare(b.passage.id))
  return { question: analysed, passages }
}
