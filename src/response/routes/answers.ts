/**
 * @module response/routes/answers
 * `POST /v1/answers`: a question in, a verified answer of labelled quotes out.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import type { Dossier } from '../../index/load.ts'
import { answerQuestion } from '../answer-question.ts'
import { readConfig } from '../config.ts'
import { problemResponseDoc as problem } from '../problem.ts'
import { AnswerRequestSchema, AnswerResponseSchema } from '../schemas.ts'
import type { AppEnv } from '../types.ts'

export const answersRoute = createRoute({
  method: 'post',
  path: '/v1/answers',
  summary: 'Answer a question with verbatim, labelled quotes from the dossier',
  request: {
    body: { required: true, content: { 'application/json': { schema: AnswerRequestSchema } } },
  },
  responses: {
    200: {
      description: 'The answer. Every citation quotes `passage.text.slice(start, end)` exactly.',
      content: { 'application/json': { schema: AnswerResponseSchema } },
    },
    400: problem('A field is missing, blank, too long, of the wrong type, or unknown'),
    413: problem('The body is larger than the limit'),
    415: problem('The body is not application/json'),
  },
})

/** Registers the route on `app`. */
export function registerAnswers(app: OpenAPIHono<AppEnv>, dossier: Dossier): void {
  app.openapi(answersRoute, (c) => {
    const { question, mode } = c.req.valid('json')
    const id = `ans_${crypto.randomUUID()}`
    const answer = answerQuestion(dossier, { question, mode, config: readConfig(c.env), id })
    return c.json(answer, 200)
  })
}
