/**
 * @module response/validation
 * Turns zod's failures into a {@link ValidationError} naming each bad field, including unknown
 * ones ("unrecognized key"), and checks the content type before a body is parsed.
 */
import type { Context, MiddlewareHandler } from 'hono'
import type { z } from 'zod'
import { UnsupportedMediaTypeError, ValidationError } from './errors.ts'

/** Field errors from a zod error, prefixed with where the value came from (`body`, `query`). */
export function fieldErrors(error: z.ZodError, target: string) {
  return error.issues.flatMap((issue) => {
    const base = [target, ...issue.path.map(String)].join('.')
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: `${base}.${key}`, message: 'is not a known field' }))
    }
    // zod 4 leaves the input out of issues; its message says what arrived.
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message)
    const message = missing ? 'is required' : issue.message
    return [{ field: base, message }]
  })
}

/** The `defaultHook` of the OpenAPI app: a failed validation throws a {@link ValidationError}. */
export function validationHook(
  result: { success: true } | { success: false; error: z.ZodError; target: string },
  _c: Context
): void {
  if (!result.success) {
    const target = result.target === 'json' ? 'body' : result.target
    throw new ValidationError(fieldErrors(result.error, target))
  }
}

/** Refuses a request with a body that is not JSON (415), before anything reads the body. */
export function requireJson(): MiddlewareHandler {
  return async function requireJson(c, next) {
    const type = c.req.header('content-type')
    if (!type || !/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
      throw new UnsupportedMediaTypeError(type)
    }
    await next()
  }
}
