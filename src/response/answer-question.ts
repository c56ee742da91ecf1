/**
 * @module response/answer-question
 * One answer, end to end: retrieve; answer extractively (always: it is the fallback); when the
 * model is to be used, ask it and verify what it says; on any model failure, serve the
 * extractive answer marked `degraded`. Progress is reported through {@link AnswerEvents}, which
 * is how the SSE route streams; the JSON route ignores them.
 */

import { answeringFirst } from '../answer/answering-first.ts'
import { answerExtractive } from '../answer/extractive.ts'
import { draftWithModel, passagesToSend } from '../answer/model/answer.ts'
import { ModelFailure } from '../answer/model/failure.ts'
import { NOTICES } from '../answer/notices.ts'
import { toApiPassage } from '../answer/passages.ts'
import { answerScenario } from '../answer/scenario.ts'
import type { Answer, ApiPassage, DegradedReason, Segment } from '../answer/schema.ts'
import { suggestFollowUps } from '../answer/suggest-follow-ups.ts'
import type { Dossier } from '../index/load.ts'
import { type FollowUp, followUpOf, type Turn } from '../retrieval/follow-up.ts'
import { stripInstructions } from '../retrieval/injection.ts'
import { retrieve } from '../retrieval/search.ts'
import { verifyAnswer } from '../verification/verify.ts'
import { verifyModelDraft } from '../verification/verify-model.ts'
import { assertModeAvailable, type Config, modelOptions } from './config.ts'
import { logEvent, logModelCall, logModelFailure } from './log.ts'

/** Progress of one answer, in the order a streaming client needs it. */
export interface AnswerEvents {
  /** Passages that segments may cite; always before the segments that cite them. */
  passages?(passages: ApiPassage[]): void
  /** Model text as it arrives, before verification. */
  text?(delta: string): void
  /** A verified segment. */
  segment?(segment: Segment, index: number): void
  /** The model failed; the extractive answer follows. */
  degraded?(reason: DegradedReason): void
}

/** Options for {@link answerQuestion}. */
export interface AnswerQuestionOptions {
  question: string
  /** Earlier turns of the conversation, oldest first: a follow-up is read against them. */
  history?: readonly Turn[]
  mode: 'auto' | 'extractive' | 'model'
  config: Config
  /** The answer id; a fresh one per request. */
  id: string
  events?: AnswerEvents
}

/**
 * @example
 * ```ts
 * const answer = await answerQuestion(dossier, { question, mode: 'auto', config, id })
 * answer.mode // 'model' when a key is configured and the model's answer verified
 * ```
 */
export async function answerQuestion(
  dossier: Dossier,
  options: AnswerQuestionOptions
): Promise<Answer> {
  const { question, history = [], mode, config, id, events = {} } = options
  assertModeAvailable(mode, config)
  const asked = followUpOf(question, history)
  const retrieval = retrieve(dossier, asked.text)
  // A scenario question is answered with the dossier's own statements of consequence, grouped,
  // unless the caller asked for the model by name.
  const plain = answerExtractive(dossier, question, id, { retrieval })
  const scenario = mode === 'model' ? undefined : answerScenario(dossier, retrieval, plain)
  const draft = scenario ?? plain
  const extractive = withSuggestions(
    dossier,
    inContext(verifyAnswer(dossier, draft).answer, asked),
    history
  )
  const model = modelOptions(config)
  // A question the dossier does not cover costs no model call: the answer is the same notice.
  if (mode === 'extractive' || !model || extractive.coverage === 'not_in_corpus' || scenario) {
    return emitted(extractive, events)
  }
  const sent = passagesToSend(dossier, retrieval)
  events.passages?.(sent.map(toApiPassage))
  try {
    // The reader's own question and the thread, each without any orders they carry.
    const thread = history.map((t) => stripInstructions(t.question).text)
    const draft = await draftWithModel(dossier, stripInstructions(question).text, sent, {
      ...model,
      thread,
      ...(events.text && { onText: events.text }),
    })
    const { requestId, stopReason, usage } = draft.reply
    logModelCall({ id, purpose: 'answer', requestId, stopReason, usage })
    const meta = { id, question, coverage: extractive.coverage }
    const { answer, rejected } = verifyModelDraft(dossier, draft, meta)
    if (rejected.length > 0) logEvent('warn', { id, event: 'citations_rejected', rejected })
    return emitted(withSuggestions(dossier, inContext(answer, asked), history), events, false)
  } catch (err) {
    if (!(err instanceof ModelFailure)) throw err
    logModelFailure(id, 'answer', err)
    events.degraded?.(err.reason)
    return emitted({ ...extractive, degraded: { reason: err.reason } }, events)
  }
}

/**
 * The answer in the order a reader meets it, its answering sentence first, followed by how the
 * question was read against the conversation.
 */
function inContext(answer: Answer, asked: FollowUp): Answer {
  const text = asked.follows
    ? NOTICES.followUp(asked.follows)
    : asked.unresolved
      ? NOTICES.noEarlierQuestion
      : undefined
  if (!text) return answeringFirst(answer)
  const notice: Segment = { text, kind: 'notice', citations: [], labels: [] }
  return answeringFirst({ ...answer, segments: [notice, ...answer.segments] })
}

/** The answer with its follow-up questions, none already asked in the conversation. */
function withSuggestions(dossier: Dossier, answer: Answer, history: readonly Turn[]): Answer {
  const earlier = history.map((t) => t.question)
  return { ...answer, followUps: suggestFollowUps(dossier, answer, earlier) }
}

/** Reports an answer's passages (unless already sent) and segments, then returns it. */
function emitted(answer: Answer, events: AnswerEvents, withPassages = true): Answer {
  if (withPassages) events.passages?.(answer.passages)
  answer.segments.forEach((s, i) => {
    events.segment?.(s, i)
  })
  return answer
}
