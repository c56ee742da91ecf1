/**
 * @module response/routes/feedback
 * `POST /v1/feedback`: a reader says whether an answer helped, and may say what was wrong.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { StorageNotConfiguredError } from '../errors.ts'
import { storeFeedback } from '../feedback.ts'
import { problemResponseDoc as problem } from '../problem.ts'
import { FeedbackRequestSchema, FeedbackResponseSchema } from '../schemas.ts'
import type { AppEnv } from '../types.ts'

export const feedbackRoute = createRoute({
  method: 'post',
  path: '/v1/feedback',
  operationId: 'giveFeedback',
  tags: ['Feedback'],
  summary: 'Say whether an answer helped, and what was wrong with it',
  description:
    'Stored with the answer’s question, mode and cited passages, for the newsroom to read. ' +
    'Feedback can be given on any answer this deployment has served.',
  request: {
    body: { required: true, content: { 'application/json': { schema: FeedbackRequestSchema } } },
  },
  responses: {
    201: {
      description: 'Stored',
      content: { 'application/json': { schema: FeedbackResponseSchema } },
    },
    400: problem('A field is missing, of the wrong type, too long, or unknown'),
    404: problem('No answer with this id was served'),
    503: problem('This deployment has no database for feedback'),
  },
})

/** Registers the route on `app`. */
export function registerFeedback(app: OpenAPIHono<AppEnv>): void {
  app.openapi(feedbackRoute, async (c) => {
    const db = c.env.DB
    if (!db) throw new StorageNotConfiguredError('Feedback')
    return c.json(await storeFeedback(db, c.req.valid('json')), 201)
  })
}
