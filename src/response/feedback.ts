/**
 * @module response/feedback
 * Readers' feedback, stored in D1: each answer served is recorded (its question, mode, coverage
 * and cited passages) after the response has gone, so feedback can name what it is about; an
 * entry copies those fields so it stays readable alone. The tables are in `migrations/`.
 */
import type { Answer } from '../answer/schema.ts'
import { NotFoundError } from './errors.ts'

/** One reader's verdict on one answer, as `POST /v1/feedback` takes it. */
export interface FeedbackInput {
  answerId: string
  helpful: boolean
  comment?: string | undefined
}

/**
 * Records an answer, so feedback on it can be stored. Called with `waitUntil`, after the answer
 * has been sent: the reader never waits for it.
 *
 * @example
 * ```ts
 * c.executionCtx.waitUntil(recordAnswer(c.env.DB, answer))
 * ```
 */
export async function recordAnswer(db: D1Database, answer: Answer): Promise<void> {
  await db
    .prepare(
      'INSERT OR IGNORE INTO answers (id, question, mode, coverage, passage_ids, created_at) VALUES (?, ?, ?, ?, ?, ?)'
    )
    .bind(
      answer.id,
      answer.question,
      answer.mode,
      answer.coverage,
      JSON.stringify(answer.passages.map((p) => p.id)),
      new Date().toISOString()
    )
    .run()
}

/**
 * Stores feedback on a recorded answer, with the answer's question, mode and cited passages.
 * Throws a {@link NotFoundError} for an answer never recorded.
 *
 * @example
 * ```ts
 * const { id } = await storeFeedback(db, { answerId, helpful: false, comment: 'Wrong date.' })
 * ```
 */
export async function storeFeedback(db: D1Database, input: FeedbackInput): Promise<{ id: string }> {
  const answer = await db
    .prepare('SELECT question, mode, passage_ids FROM answers WHERE id = ?')
    .bind(input.answerId)
    .first<{ question: string; mode: string; passage_ids: string }>()
  if (!answer) throw new NotFoundError(`Answer “${input.answerId}”`)
  const id = `fb_${crypto.randomUUID()}`
  await db
    .prepare(
      'INSERT INTO feedback (id, answer_id, helpful, comment, question, mode, passage_ids, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
    )
    .bind(
      id,
      input.answerId,
      input.helpful ? 1 : 0,
      input.comment ?? null,
      answer.question,
      answer.mode,
      answer.passage_ids,
      new Date().toISOString()
    )
    .run()
  return { id }
}
