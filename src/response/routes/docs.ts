/**
 * @module response/routes/docs
 * The API described: `GET /openapi.json` (OpenAPI 3.1, generated from the same zod schemas that
 * validate requests, built once per isolate) and `GET /docs`, a browsable reference of it whose
 * UI is served from this worker's static assets, so it works with no network.
 */
import type { OpenAPIHono } from '@hono/zod-openapi'
import ui from '../../../.build/ui.json' with { type: 'json' }
import { withEdgeResponses } from '../openapi-edge.ts'
import type { AppEnv } from '../types.ts'

const page = (ui as Record<string, string>)['docs.html'] ?? ''

const INFO = {
  title: 'Verbatim',
  version: '0.1.0',
  description:
    'Answers questions about a news story with nothing but what its dossier of articles says: ' +
    'every statement a verbatim quote, or a sentence backed by one, with its exact location, labelled ' +
    'sourced, unsourced or contested. Every citation keeps the promise `passage.text.slice(start, end) ' +
    '=== quote`. Errors are RFC 9457 problem documents.',
}

const TAGS = [
  { name: 'Answers', description: 'Questions answered with verbatim, labelled quotes.' },
  { name: 'Checks', description: 'Newsroom summaries judged sentence by sentence.' },
  {
    name: 'Dossier',
    description: 'The documents, their passages and the negotiation at a glance.',
  },
  { name: 'Feedback', description: 'Readers saying whether an answer helped.' },
  { name: 'Health', description: 'Whether the worker is up, with its dossier.' },
]

/** Registers the document and its reference page; call after every API route is registered. */
export function registerDocs(app: OpenAPIHono<AppEnv>): void {
  let document: unknown
  app.get('/openapi.json', (c) => {
    // zod-openapi rebuilds the document on every call; the routes never change in an isolate.
    document ??= withEdgeResponses(
      app.getOpenAPI31Document({ openapi: '3.1.0', info: INFO, tags: TAGS })
    )
    return c.json(document)
  })
  app.get('/docs', (c) => c.html(page))
}
