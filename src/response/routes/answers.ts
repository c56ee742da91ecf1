/**
 * @module response/routes/answers
 * `POST /v1/answers`: a question in, a verified answer of labelled quotes out — as JSON, or as
 * Server-Sent Events when the body says `"stream": true` or the client accepts
 * `text/event-stream`.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { streamSSE } from 'hono/streaming'
import type { Answer } from '../../answer/schema.ts'
import type { Dossier } from '../../index/load.ts'
import { type AnswerQuestionOptions, answerQuestion } from '../answer-question.ts'
import { assertModeAvailable, readConfig } from '../config.ts'
import { recordAnswer } from '../feedback.ts'
import { logEvent } from '../log.ts'
import { problemResponseDoc as problem, problemBody } from '../problem.ts'
import { AnswerEventSchema, AnswerRequestSchema, AnswerResponseSchema } from '../schemas.ts'
import type { AppEnv } from '../types.ts'

export const answersRoute = createRoute({
  method: 'post',
  path: '/v1/answers',
  operationId: 'answerQuestion',
  tags: ['Answers'],
  summary: 'Answer a question with verbatim, labelled quotes from the dossier',
  description:
    'With `"stream": true`, or `Accept: text/event-stream`, the answer streams as Server-Sent ' +
    'Events: `passages` (passages segments may cite, always before them), `text` (model text as ' +
    'it arrives, unverified), `degraded` (the model failed; the extractive answer follows), ' +
    '`segment` (each verified segment), and last `done`, whose data is the complete answer, the ' +
    'same as the JSON response. A failure after the stream began is an `error` event carrying a ' +
    'problem document.',
  request: {
    body: { required: true, content: { 'application/json': { schema: AnswerRequestSchema } } },
  },
  responses: {
    200: {
      description: 'The answer. Every citation quotes `passage.text.slice(start, end)` exactly.',
      content: {
        'application/json': { schema: AnswerResponseSchema },
        // Each Server-Sent Event as { event, data }: its `event:` line and the JSON of its `data:`.
        'text/event-stream': { schema: AnswerEventSchema },
      },
    },
    400: problem(
      'A field is missing, blank, too long, of the wrong type, or unknown; or `mode: "model"` without a model key'
    ),
  },
})

/** Registers the route on `app`. */
export function registerAnswers(app: OpenAPIHono<AppEnv>, dossier: Dossier): void {
  app.openapi(answersRoute, async (c) => {
    const { question, history, mode, stream } = c.req.valid('json')
    const config = readConfig(c.env)
    assertModeAvailable(mode, config)
    const options: AnswerQuestionOptions = {
      question,
      history,
      mode,
      config,
      id: `ans_${crypto.randomUUID()}`,
    }
    if (stream || /\btext\/event-stream\b/.test(c.req.header('accept') ?? '')) {
      // The typed route declares JSON; a stream is a plain Response (honojs/middleware#735).
      return streamAnswer(c, dossier, options) as never
    }
    const answer = await answerQuestion(dossier, options)
    remember(c, answer)
    return c.json(answer, 200)
  })
}

/**
 * Records the answer, so a reader can give feedback on it, once the response is on its way: the
 * reader never waits for the database, and a failure to record is logged, not theirs.
 */
function remember(c: Context<AppEnv>, answer: Answer): void {
  const db = c.env?.DB
  if (!db) return
  const recorded = recordAnswer(db, answer).catch((err: unknown) => {
    logEvent('error', { id: answer.id, event: 'answer_not_recorded', error: String(err) })
  })
  try {
    c.executionCtx.waitUntil(recorded)
  } catch {
    // No execution context (the app called directly, as some tests do): it still runs.
  }
}

/**
 * Streams one answer. Events are queued in order: `answerQuestion` reports synchronously, and
 * each write waits for the one before it.
 */
function streamAnswer(c: Context<AppEnv>, dossier: Dossier, options: AnswerQuestionOptions) {
  return streamSSE(c, async (sse) => {
    let queue = Promise.resolve()
    const send = (event: string, data: unknown) => {
      queue = queue.then(() => sse.writeSSE({ event, data: JSON.stringify(data) }))
    }
    try {
      const answer = await answerQuestion(dossier, {
        ...options,
        events: {
          passages: (passages) => send('passages', passages),
          text: (text) => send('text', { text }),
          degraded: (reason) => send('degraded', { reason }),
          segment: (segment, index) => send('segment', { index, segment }),
        },
      })
      send('done', answer)
      remember(c, answer)
    } catch (err) {
      logEvent('error', { id: options.id, error: String(err) })
      send('error', problemBody(c, 'internal', 'The answer failed after the stream began.'))
    }
    await queue
  })
}
