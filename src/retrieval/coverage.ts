/**
 * @module retrieval/coverage
 * Picks the sentences that answer a question and judges coverage: `answered`, `partial`, or
 * `not_in_corpus`. The judgement is the share of the question's weight (IDF) that the picked
 * sentences contain, so "grain exports from Arveland" is not answered by a sentence that only
 * shares "Arveland": the rare words carry the question.
 */
import { asksForFigure, type QueryTerm } from './query.ts'
import type { Retrieval, ScoredSentence } from './search.ts'

/**
 * A sentence with a figure, for a "how many", may stand in for the weakest pick at this share
 * of the best score: the figure is often in the sentence after the one that names the subject.
 */
const FIGURE_RUNNER_UP = 0.3

/** Terms at or above this IDF occur in no sentence of the dossier. */
const UNKNOWN_IDF_FLOOR = 5

export type Coverage = 'answered' | 'partial' | 'not_in_corpus'

/** Options for {@link selectEvidence}. */
export interface SelectEvidenceOptions {
  /** Most sentences to quote. Default 3. */
  maxSentences?: number
  /** Share of the question's weight needed for `answered`. Default 0.55. */
  answered?: number
  /** Share needed for `partial`; below it the dossier does not cover the question. Default 0.3. */
  partial?: number
}

/** What {@link selectEvidence} found. */
export interface Evidence {
  coverage: Coverage
  /** Share of the question's weight the sentences contain, 0–1. */
  share: number
  /** Picked sentences, best first. Empty when `coverage` is `not_in_corpus`. */
  sentences: ScoredSentence[]
}

/**
 * @example
 * ```ts
 * selectEvidence(retrieve(dossier, 'Who hosted the trilateral talks?')).coverage // 'answered'
 * ```
 */
export function selectEvidence(
  retrieval: Retrieval,
  options: SelectEvidenceOptions = {}
): Evidence {
  const max = options.maxSentences ?? 3
  if (retrieval.parts) return bothParts(retrieval.parts, options)
  const { terms, unknownNames } = retrieval.question
  const none: Evidence = { coverage: 'not_in_corpus', share: 0, sentences: [] }
  if (terms.length === 0) return none
  const ranked = retrieval.passages
    .flatMap((p) => p.sentences)
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score)
  const best = ranked[0]
  if (!best) return none
  const picked: ScoredSentence[] = [best]
  for (const s of ranked.slice(1)) {
    if (picked.length >= max) break
    const addsTerm = s.matches.some((m, k) => m > 0 && picked.every((p) => (p.matches[k] ?? 0) < m))
    if (s.score >= 0.75 * best.score || (addsTerm && s.score >= 0.5 * best.score)) picked.push(s)
  }
  // "How many" wants a figure: when none of the picked sentences gives one, a close runner-up
  // that does stands in for the weakest.
  if (asksForFigure(retrieval.question.answerType) && !picked.some((s) => s.shaped)) {
    const figure = ranked.find((s) => s.shaped && s.score >= FIGURE_RUNNER_UP * best.score)
    if (figure) picked.splice(Math.min(picked.length, max - 1), 1, figure)
  }
  const total = terms.reduce((sum, t) => sum + t.idf, 0)
  const covered = terms.reduce(
    (sum, t, k) => sum + t.idf * Math.max(...picked.map((p) => p.matches[k] ?? 0)),
    0
  )
  const share = total > 0 ? covered / total : 0
  let coverage: Coverage =
    share >= (options.answered ?? 0.55)
      ? 'answered'
      : share >= (options.partial ?? 0.3)
        ? 'partial'
        : 'not_in_corpus'
  if (unknownNames.length > 0) coverage = aroundUnknownName(picked, terms, share)
  if (coverage === 'answered' && asksForFigure(retrieval.question.answerType)) {
    coverage = figureFor(picked, retrieval.question.text) ? 'answered' : 'partial'
  }
  return { coverage, share, sentences: coverage === 'not_in_corpus' ? [] : picked }
}

/** Words that count the dead; a question asking for them is not answered by the wounded. */
const DEATHS = /\b(?:kill(?:ed|s|ing)?|dead|deaths?|died|fatalit(?:y|ies)|death toll)\b/i

/**
 * A "how many" is answered only by a figure: a picked sentence must give one (not a figure the
 * question gave, nor a year), and for a count of the dead it must also speak of deaths. The
 * dossier giving the wounded is not a death toll, nor a vague "cost lives": both are near the
 * question, so `partial`, and the reader sees what the dossier has instead.
 */
function figureFor(picked: ScoredSentence[], question: string): boolean {
  const figures = picked.filter((s) => s.shaped)
  if (!DEATHS.test(question)) return figures.length > 0
  return figures.some((s) => {
    const span = s.passage.sentences[s.sentence]
    return DEATHS.test(s.passage.text.slice(span?.start, span?.end))
  })
}

/**
 * A question that asks two things: each part's evidence, two sentences a part at least; the
 * question is answered when one part is and every other is at least near (a short second part
 * rarely covers its share alone), not covered when no part is, and in part otherwise.
 */
function bothParts(parts: Retrieval[], options: SelectEvidenceOptions): Evidence {
  const each = Math.max(2, Math.ceil((options.maxSentences ?? 3) / parts.length))
  const found = parts.map((p) => selectEvidence(p, { ...options, maxSentences: each }))
  const sentences: ScoredSentence[] = []
  for (const s of found.flatMap((e) => e.sentences)) {
    if (!sentences.some((o) => o.passage.id === s.passage.id && o.sentence === s.sentence))
      sentences.push(s)
  }
  const some = (c: Coverage) => found.some((e) => e.coverage === c)
  const coverage: Coverage =
    !some('not_in_corpus') && some('answered')
      ? 'answered'
      : found.every((e) => e.coverage === 'not_in_corpus')
        ? 'not_in_corpus'
        : 'partial'
  const share = found.reduce((sum, e) => sum + e.share, 0) / found.length
  return { coverage, share, sentences: coverage === 'not_in_corpus' ? [] : sentences }
}

/**
 * A name the dossier never mentions usually is the subject ("Crimea", "Hungary's veto"): then
 * nothing is answered. But when one sentence matches most of the rest of the question directly
 * ("the envoys’ opening round … in Lisbon"), the name is a wrong detail in a question the
 * dossier does answer, and the quote corrects it: `partial`, with a notice naming the name.
 */
function aroundUnknownName(picked: ScoredSentence[], terms: QueryTerm[], share: number): Coverage {
  const known = terms.filter((t) => t.idf < UNKNOWN_IDF_FLOOR)
  const direct = Math.max(0, ...picked.map((p) => p.matches.filter((m) => m === 1).length))
  return direct >= 4 && known.length > 0 && share >= 0.5 ? 'partial' : 'not_in_corpus'
}
