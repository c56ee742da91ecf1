/**
 * @module response/routes/checks
 * `POST /v1/checks`: a newsroom summary in, a verdict per sentence out, each with the quotes that
 * decide it.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import type { Dossier } from '../../index/load.ts'
import { checkSummary } from '../check-summary.ts'
import { toClaimReview } from '../claimreview.ts'
import { readConfig } from '../config.ts'
import { problemResponseDoc as problem } from '../problem.ts'
import {
  CheckQuerySchema,
  CheckRequestSchema,
  CheckResponseSchema,
  ClaimReviewDocumentSchema,
} from '../schemas.ts'
import type { AppEnv } from '../types.ts'

export const checksRoute = createRoute({
  method: 'post',
  path: '/v1/checks',
  operationId: 'checkSummary',
  tags: ['Checks'],
  summary: 'Judge each sentence of a summary against the dossier',
  description:
    'Each sentence is `supported` (a passage states it, figures, dates, names and stance agreeing), ' +
    '`contradicted` (a passage states otherwise), `unsupported` (the dossier does not state it) or ' +
    '`contested` (only allegations or one side of a contradiction state it). `start`/`end` locate ' +
    'the sentence in the summary; every citation quotes `passage.text.slice(start, end)`. ' +
    'With `?format=claimreview`, the same verdicts as schema.org `ClaimReview` JSON-LD, one per ' +
    'sentence, the verdict in `reviewRating.alternateName` and the deciding quotes as the claim’s ' +
    '`citation`s.',
  request: {
    query: CheckQuerySchema,
    body: { required: true, content: { 'application/json': { schema: CheckRequestSchema } } },
  },
  responses: {
    200: {
      description: 'A verdict per sentence',
      content: {
        'application/json': { schema: CheckResponseSchema },
        'application/ld+json': { schema: ClaimReviewDocumentSchema },
      },
    },
    400: problem(
      'The summary is missing, blank, too long or of the wrong type, a field is unknown, or ' +
        '`format` is not one of `json`, `claimreview`'
    ),
  },
})

/** Registers the route on `app`. */
export function registerChecks(app: OpenAPIHono<AppEnv>, dossier: Dossier): void {
  app.openapi(checksRoute, async (c) => {
    const { summary, mode } = c.req.valid('json')
    const { format } = c.req.valid('query')
    const config = readConfig(c.env)
    const id = `chk_${crypto.randomUUID()}`
    const check = await checkSummary(dossier, { summary, mode, config, id })
    if (format === 'json') return c.json(check, 200)
    const { origin } = new URL(c.req.url)
    const today = new Date().toISOString().slice(0, 10)
    const document = toClaimReview(check, { origin, documents: dossier.documents, today })
    // A plain Response, as the answers route's stream: the typed helpers speak only JSON.
    return new Response(JSON.stringify(document), {
      status: 200,
      headers: { 'content-type': 'application/ld+json; charset=utf-8' },
    }) as never
  })
}
