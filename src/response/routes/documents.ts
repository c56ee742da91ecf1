/**
 * @module response/routes/documents
 * `GET /v1/documents`: the dossier's documents, with what the newsroom states about each (title,
 * publisher, date range), so a client can name a passage's source and say how recent it is.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import { readerDate } from '../../answer/sources.ts'
import { DocumentSummarySchema } from '../../index/artifact.ts'
import type { Dossier } from '../../index/load.ts'
import type { AppEnv } from '../types.ts'

export const documentsRoute = createRoute({
  method: 'get',
  path: '/v1/documents',
  operationId: 'listDocuments',
  tags: ['Dossier'],
  summary: 'The dossier’s documents',
  responses: {
    200: {
      description: 'Every document, in the dossier’s order',
      content: {
        'application/json': {
          schema: z
            .object({
              documents: z.array(
                // With the date as a reader reads it, for the widget's "how current" line.
                DocumentSummarySchema.extend({ dateText: z.string() })
              ),
            })
            .openapi('Documents'),
        },
      },
    },
  },
})

/** Registers the route on `app`. */
export function registerDocuments(app: OpenAPIHono<AppEnv>, dossier: Dossier): void {
  const documents = dossier.documents.map((d) => ({ ...d, dateText: readerDate(d.date) }))
  app.openapi(documentsRoute, (c) => c.json({ documents }, 200))
}
