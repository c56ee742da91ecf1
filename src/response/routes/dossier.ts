/**
 * @module response/routes/dossier
 * `GET /v1/dossier`: the negotiation's shape — parties and positions, proposals with backers and
 * objectors, the timeline, the contested ledger and the figures — every item a verified quote,
 * with the passages it cites. Built at build time and verified once per isolate, on first use;
 * a request only sends it.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import { ApiPassageSchema } from '../../answer/schema.ts'
import { DocumentSummarySchema } from '../../index/artifact.ts'
import type { Dossier } from '../../index/load.ts'
import { OverviewSchema } from '../../overview/schema.ts'
import { verifyOverview } from '../../verification/verify-overview.ts'
import { logEvent } from '../log.ts'
import type { AppEnv } from '../types.ts'

export const DossierResponseSchema = OverviewSchema.extend({
  documents: z.array(DocumentSummarySchema),
  /** Every passage the items cite: each `citation.quote` is `passage.text.slice(start, end)`. */
  passages: z.array(ApiPassageSchema),
}).openapi('Dossier')
export type DossierResponse = z.infer<typeof DossierResponseSchema>

export const dossierRoute = createRoute({
  method: 'get',
  path: '/v1/dossier',
  operationId: 'getDossierOverview',
  tags: ['Dossier'],
  summary: 'The negotiation as the dossier states it, every item a verbatim, labelled quote',
  description:
    'Computed from the documents at build time, never written by hand. `timeline` dates are ' +
    'read relative to the reporting document’s date; `when` is relative to that document, so a ' +
    'meeting still to come stays to come. `approximate` marks vague dates and dates read against a ' +
    'publication date known only as a range.',
  responses: {
    200: {
      description: 'The overview, with the passages it cites',
      content: { 'application/json': { schema: DossierResponseSchema } },
    },
  },
})

/** Registers the route on `app`. */
export function registerDossier(app: OpenAPIHono<AppEnv>, dossier: Dossier): void {
  let body: DossierResponse | undefined
  app.openapi(dossierRoute, (c) => {
    if (!body) {
      const { overview, passages, dropped } = verifyOverview(dossier, dossier.overview)
      if (dropped.length > 0) logEvent('error', { event: 'overview_quotes_dropped', dropped })
      body = { documents: dossier.documents, ...overview, passages }
    }
    return c.json(body, 200)
  })
}
