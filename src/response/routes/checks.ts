/**
 * @module response/routes/checks
 * `POST /v1/checks`: a newsroom summary in, a verdict per sentence out, each with the quotes that
 * decide it.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import type { Dossier } from '../../index/load.ts'
import { checkSummary } from '../check-summary.ts'
import { readConfig } from '../config.ts'
import { problemResponseDoc as problem } from '../problem.ts'
import { CheckRequestSchema, CheckResponseSchema } from '../schemas.ts'
import type { AppEnv } from '../types.ts'

export const checksRoute = createRoute({
  method: 'post',
  path: '/v1/checks',
  summary: 'Judge each sentence of a summary against the dossier',
  description:
    'Each sentence is `supported` (a passage states it, figures, dates, names and stance agreeing), ' +
    '`contradicted` (a passage states otherwise), `unsupported` (the dossier does not state it) or ' +
    '`contested` (only allegations or one side of a contradiction state it). `start`/`end` locate ' +
    'the sentence in the summary; every citation quotes `passage.text.slice(start, end)`.',
  request: {
    body: { required: true, content: { 'application/json': { schema: CheckRequestSchema } } },
  },
  responses: {
    200: {
      description: 'A verdict per sentence',
      content: { 'application/json': { schema: CheckResponseSchema } },
    },
    400: problem(
      'The summary is missing, blank, too long or of the wrong type, or a field is unknown'
    ),
    413: problem('The body is larger than the limit'),
    415: problem('The body is not application/json'),
  },
})

/** Registers the route on `app`. */
export function registerChecks(app: OpenAPIHono<AppEnv>, dossier: Dossier): void {
  app.openapi(checksRoute, async (c) => {
    const { summary, mode } = c.req.valid('json')
    const config = readConfig(c.env)
    const id = `chk_${crypto.randomUUID()}`
    return c.json(await checkSummary(dossier, { summary, mode, config, id }), 200)
  })
}
