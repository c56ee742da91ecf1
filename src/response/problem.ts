/**
 * @module response/problem
 * Renders errors as RFC 9457 problem documents. Anything that is not an {@link ApiError} becomes
 * a 500 whose body says nothing about the cause: internals stay in the log.
 */
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { z } from 'zod'
import { ApiError, ERROR_CODES, type ErrorCode, MalformedJsonError } from './errors.ts'

export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string(),
  requestId: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  allow: z.array(z.string()).optional(),
  limit: z.number().optional(),
  /** With a 429: seconds until the client may try again (as `Retry-After`). */
  retryAfter: z.number().int().optional(),
})
export type Problem = z.infer<typeof ProblemSchema>

/** An error response as a route declares it for the OpenAPI document. */
export function problemResponseDoc(description: string) {
  return { description, content: { 'application/problem+json': { schema: ProblemSchema } } }
}

/**
 * Maps errors to ours: Hono's JSON parser throws a 400 HTTPException for a malformed body. (Its
 * body limit is configured to throw ours directly.)
 */
export function toApiError(err: unknown): ApiError | undefined {
  if (err instanceof ApiError) return err
  if (err instanceof HTTPException && err.status === 400 && /json/i.test(err.message)) {
    return new MalformedJsonError()
  }
  return undefined
}

/** The problem document for an error code, as a response body or an SSE `error` event. */
export function problemBody(
  c: Context,
  code: ErrorCode,
  detail: string,
  extensions: Record<string, unknown> = {}
): Problem {
  const requestId = c.get('requestId') as string | undefined
  return {
    type: `/problems/${code.replace(/_/g, '-')}`,
    title: ERROR_CODES[code].title,
    status: ERROR_CODES[code].status,
    detail,
    instance: new URL(c.req.url).pathname,
    ...(requestId && { requestId }),
    ...extensions,
  }
}

/** Writes the problem response for `error`. */
export function problemResponse(c: Context, error: ApiError): Response {
  const body = problemBody(c, error.code, error.message, error.extensions)
  // `c.body` keeps the headers middleware already set (the request id among them).
  return c.body(JSON.stringify(body), error.status as ContentfulStatusCode, {
    'Content-Type': 'application/problem+json',
    ...error.headers,
  })
}

/** The generic 500: no message, no stack, only the request id to quote to an operator. */
export function internalProblem(c: Context): Response {
  return problemResponse(c, new ApiError('internal', 'Something went wrong on our side.'))
}
