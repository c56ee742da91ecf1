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
import { type AnalysedQuestion, analyseQuestion, type QueryTerm } from './query.ts'

/** A synonym is evidence, but weaker than the reader's own word. */
const SYNONYM_WEIGHT = 0.7
/** A term elsewhere in the same passage lends a sentence some context. */
const CONTEXT_WEIGHT = 0.25
/** The passage before may hold what "the idea" or "the meeting" refers to. */
const NEIGHBOUR_WEIGHT = 0.15
/**
 * A passage next to a strong match shares its subject more often than not: a news paragraph
 * continues the one before ("Over 54% of respondents oppose the idea" follows the poll it
 * counts). Ranking adds this share of the stronger neighbour's score.
 */
const ADJACENCY_WEIGHT = 0.5
/**
 * Sentences that state a consequence, a condition or a fear ("would", "could serve as",
 * "the fear of…", "as a prerequisite"), preferred for a question about what follows if.
 */
const CONSEQUENCE =
  /\b(?:would|could|might|fears?|warn(?:s|ed|ing)?|risks?|threat(?:en|ens)?|prerequisite|contingent|unless|only if|in the event of|forever|lead to|serve as)\b/i
const CONSEQUENCE_WEIGHT = 1.25
/** Captions and headlines describe a photo or sell the story; prefer the reporting. */
const DISPLAY_WEIGHT = 0.8

/** One sentence, scored. */
export interface ScoredSentence {
  passage: LabelledPassage
  /** Index into `passage.sentences`. */
  sentence: number
  score: number
  /** Per query term, how well this sentence matches it (1 direct, 0.7 synonym, 0 not). */
  matches: number[]
}

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
  const term = terms.flatMap((t) => [t.token, ...t.alternatives]).join(' ')
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

function match(tokens: ReadonlySet<string>, t: QueryTerm): number {
  if (tokens.has(t.token)) return 1
  return t.alternatives.some((a) => tokens.has(a)) ? SYNONYM_WEIGHT : 0
}

function scoreSentences(
  dossier: Dossier,
  { terms, scenario }: AnalysedQuestion,
  passage: LabelledPassage,
  passageIndex: number
): ScoredSentence[] {
  const perSentence = (dossier.sentenceTokens[passageIndex] ?? []).map((t) => new Set(t))
  const inPassage = new Set(perSentence.flatMap((s) => [...s]))
  const before = dossier.passages[passageIndex - 1]
  const inNeighbour = new Set(
    before?.documentId === passage.documentId
      ? (dossier.sentenceTokens[passageIndex - 1] ?? []).flat()
      : []
  )
  const weight = passage.kind === 'paragraph' ? 1 : DISPLAY_WEIGHT
  const referred = dossier.referredNames[passageIndex] ?? new Set<string>()
  return perSentence.map((tokens, sentence) => {
    const matches = terms.map((t) => {
      const direct = match(tokens, t)
      // "His refusal…" names Zelensky through the passage before; count it like a synonym.
      return direct || (sentence === 0 && referred.has(t.token) ? SYNONYM_WEIGHT : 0)
    })
    const direct = terms.reduce((sum, t, k) => sum + t.idf * (matches[k] ?? 0), 0)
    const context = terms.reduce((sum, t, k) => {
      if (matches[k]) return sum
      const here = match(inPassage, t) * CONTEXT_WEIGHT
      return sum + t.idf * Math.max(here, match(inNeighbour, t) * NEIGHBOUR_WEIGHT)
    }, 0)
    const text = passage.text.slice(
      passage.sentences[sentence]?.start,
      passage.sentences[sentence]?.end
    )
    const stakes = scenario && CONSEQUENCE.test(text) ? CONSEQUENCE_WEIGHT : 1
    return { passage, sentence, matches, score: (direct + context) * weight * stakes }
  })
}
