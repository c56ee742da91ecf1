/**
 * @module response/openapi-edge
 * What every operation may answer whatever its own logic: the edge's problems (403 for an origin
 * not allowed, 405 with `Allow`, 413 and 415 for a body, 429 with `Retry-After`, 503 for a
 * request that ran out of time) and the headers every response carries (`X-Request-Id`,
 * `Server-Timing`). The middleware applies them to every route, so they are documented once,
 * here, rather than in each route.
 */
import { z } from 'zod'
import { ProblemSchema } from './problem.ts'

type Json = Record<string, unknown>

const HEADERS = {
  'X-Request-Id': {
    description: 'The request’s id, also in every problem’s `requestId` and the access log.',
    schema: { type: 'string' },
  },
  'Server-Timing': {
    description: 'The worker’s own time on the request: `app;dur=<milliseconds>`.',
    schema: { type: 'string' },
  },
}

const problem = (description: string, headers: Json = {}) => ({
  description,
  headers: { ...HEADERS, ...headers },
  content: { 'application/problem+json': { schema: z.toJSONSchema(ProblemSchema) } },
})

const EDGE: Record<string, (path: string) => Json | undefined> = {
  403: (path) =>
    path.startsWith('/v1/')
      ? problem('The calling page’s origin is not on the allow-list (`CORS_ORIGINS`)')
      : undefined,
  405: () =>
    problem('The path exists, but not for this method', {
      Allow: { description: 'The methods the path takes.', schema: { type: 'string' } },
    }),
  429: (path) =>
    path.startsWith('/v1/')
      ? problem('Too many requests from this client; `retryAfter` says when to try again', {
          'Retry-After': {
            description: 'Seconds until the client may try again.',
            schema: { type: 'integer', minimum: 0 },
          },
        })
      : undefined,
  503: () => problem('The request took longer than the worker allows'),
}

const BODY: Record<string, string> = {
  413: 'The body is larger than the limit',
  415: 'The body is not application/json',
}

/**
 * `document` with every operation's edge responses and every response's headers.
 *
 * @example
 * ```ts
 * const document = withEdgeResponses(app.getOpenAPI31Document({ openapi: '3.1.0', info }))
 * ```
 */
export function withEdgeResponses<T extends { paths?: Json }>(document: T): T {
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item as Json)) {
      const responses = ((operation as Json).responses ?? {}) as Record<string, Json>
      for (const [status, make] of Object.entries(EDGE)) {
        const response = make(path)
        if (response && !responses[status]) responses[status] = response
      }
      if (method === 'post') {
        for (const [status, description] of Object.entries(BODY)) {
          responses[status] ??= problem(description)
        }
      }
      for (const response of Object.values(responses)) {
        response.headers = { ...HEADERS, ...((response.headers as Json | undefined) ?? {}) }
      }
      ;(operation as Json).responses = responses
    }
  }
  return document
}
