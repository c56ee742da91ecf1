/**
 * @module answer/answering-first
 * The order a reader meets an answer in: the sentence that answers the question first, then what
 * Verbatim says about it (read as a follow-up, covered only in part, disputed), then the rest.
 * Every answer path ends here, so extractive, scenario and model answers read the same way.
 */
import type { Answer } from './schema.ts'

/**
 * Moves the first quoted or written sentence of `answer` ahead of its notices. An answer with no
 * such sentence, or one the dossier does not cover, keeps its order: its notices are the answer.
 * So does a what-if answer: nothing in the dossier answers "what happens if", so its first
 * words are that Verbatim does not predict, and its groups point at its segments by place.
 *
 * @example
 * ```ts
 * answeringFirst({ ...answer, segments: [partialNotice, figureQuote, support] }).segments
 * // [figureQuote, partialNotice, support]
 * ```
 */
export function answeringFirst(answer: Answer): Answer {
  if (answer.coverage === 'not_in_corpus' || answer.scenario) return answer
  const first = answer.segments.findIndex((s) => s.kind !== 'notice')
  if (first <= 0) return answer
  const segments = [...answer.segments]
  const [answering] = segments.splice(first, 1)
  return answering ? { ...answer, segments: [answering, ...segments] } : answer
}
