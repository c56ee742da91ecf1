/**
 * @module response/routes/docs
 * The API described: `GET /openapi.json` (OpenAPI 3.1, generated from the same zod schemas that
 * validate requests, built once per isolate) and `GET /docs`, a browsable reference of it.
 */
import type { OpenAPIHono } from '@hono/zod-openapi'
import { Scalar } from '@scalar/hono-api-reference'
import type { AppEnv } from '../types.ts'

const INFO = {
  title: 'Verbatim',
  version: '0.1.0',
  description:
    'Answers questions about a news story with nothing but what its dossier of articles says: ' +
    'every statement a verbatim quote, or a sentence backed by one, with its exact location, labelled ' +
    'sourced, unsourced or contested. Every citation keeps the promise `passage.text.slice(start, end) ' +
    '=== quote`. Errors are RFC 9457 problem documents.',
}

/** Registers the document and its reference page; call after every API route is registered. */
export function registerDocs(app: OpenAPIHono<AppEnv>): void {
  let document: unknown
  app.get('/openapi.json', (c) => {
    // zod-openapi rebuilds the document on every call; the routes never change in an isolate.
    document ??= app.getOpenAPI31Document({ openapi: '3.1.0', info: INFO })
    return c.json(document)
  })
  app.get('/docs', Scalar({ url: '/openapi.json', pageTitle: 'Verbatim API' }))
}
