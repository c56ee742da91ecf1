/**
 * @module response/routes/passages
 * `GET /v1/passages?q=…` searches the dossier; `GET /v1/passages/{id}` returns one passage.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { toApiPassage } from '../../answer/passages.ts'
import type { Dossier } from '../../index/load.ts'
import { retrieve } from '../../retrieval/search.ts'
import { NotFoundError } from '../errors.ts'
import { problemResponseDoc as problem } from '../problem.ts'
import {
  PassageHitsSchema,
  PassageIdSchema,
  PassageResponseSchema,
  PassagesQuerySchema,
} from '../schemas.ts'
import type { AppEnv } from '../types.ts'

export const searchRoute = createRoute({
  method: 'get',
  path: '/v1/passages',
  operationId: 'searchPassages',
  tags: ['Dossier'],
  summary: 'Search the dossier’s passages, best first',
  request: { query: PassagesQuerySchema },
  responses: {
    200: {
      description: 'Matching passages',
      content: { 'application/json': { schema: PassageHitsSchema } },
    },
    400: problem('`q` is missing or blank, `limit` is out of range, or a parameter is unknown'),
  },
})

export const passageRoute = createRoute({
  method: 'get',
  path: '/v1/passages/{id}',
  operationId: 'getPassage',
  tags: ['Dossier'],
  summary: 'One passage, with its provenance',
  request: { params: PassageIdSchema },
  responses: {
    200: {
      description: 'The passage',
      content: { 'application/json': { schema: PassageResponseSchema } },
    },
    400: problem('The id is not shaped like a passage id'),
    404: problem('No passage has this id'),
  },
})

/** Registers both routes on `app`. */
export function registerPassages(app: OpenAPIHono<AppEnv>, dossier: Dossier): void {
  app.openapi(searchRoute, (c) => {
    const { q, limit } = c.req.valid('query')
    const hits = retrieve(dossier, q)
      .passages.slice(0, limit)
      .map((p) => ({ ...toApiPassage(p.passage), score: Number(p.score.toFixed(4)) }))
    return c.json({ hits }, 200)
  })
  app.openapi(passageRoute, (c) => {
    const { id } = c.req.valid('param')
    const passage = dossier.byId.get(id)
    if (!passage) throw new NotFoundError(`Passage “${id}”`)
    return c.json(toApiPassage(passage), 200)
  })
}
