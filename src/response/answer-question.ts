/**
 * @module response/answer-question
 * One answer, end to end: choose the answerer, answer, verify. The route only validates and
 * calls this.
 */
import { answerExtractive } from '../answer/extractive.ts'
import { NOTICES } from '../answer/notices.ts'
import type { Answer } from '../answer/schema.ts'
import type { Dossier } from '../index/load.ts'
import { verifyAnswer } from '../verification/verify.ts'
import { type Config, hasModel } from './config.ts'

/** Options for {@link answerQuestion}. */
export interface AnswerQuestionOptions {
  question: string
  mode: 'auto' | 'extractive' | 'model'
  config: Config
  /** The answer id; a fresh one per request. */
  id: string
}

/**
 * @example
 * ```ts
 * const answer = answerQuestion(dossier, { question: 'Who hosted the talks?', mode: 'auto', config, id })
 * answer.mode // 'extractive' when no model key is configured
 * ```
 */
export function answerQuestion(dossier: Dossier, options: AnswerQuestionOptions): Answer {
  const draft = answerExtractive(dossier, options.question, options.id)
  if (options.mode === 'model' && !hasModel(options.config)) {
    draft.segments.unshift({ text: NOTICES.noModel, kind: 'notice', citations: [], labels: [] })
  }
  return verifyAnswer(dossier, draft).answer
}
