/**
 * @module response/routes/health
 * `GET /healthz`: the worker is up and its dossier is loaded.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import type { Dossier } from '../../index/load.ts'
import { hasModel, readConfig } from '../config.ts'
import { HealthSchema } from '../schemas.ts'
import type { AppEnv } from '../types.ts'

export const healthRoute = createRoute({
  method: 'get',
  path: '/healthz',
  operationId: 'getHealth',
  tags: ['Health'],
  summary: 'Liveness, with the size of the loaded dossier',
  responses: {
    200: { description: 'Up', content: { 'application/json': { schema: HealthSchema } } },
  },
})

/** Registers the route on `app`. */
export function registerHealth(app: OpenAPIHono<AppEnv>, dossier: Dossier): void {
  app.openapi(healthRoute, (c) =>
    c.json(
      {
        status: 'ok' as const,
        documents: dossier.documents.length,
        passages: dossier.passages.length,
        mode: hasModel(readConfig(c.env)) ? ('model' as const) : ('extractive' as const),
      },
      200
    )
  )
}
