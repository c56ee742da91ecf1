/**
 * @module response/errors
 * Every way a request can fail, in one table, and one error class per failure carrying what a
 * caller needs to fix it. Each becomes an RFC 9457 `application/problem+json` response.
 */

/** The central table of error codes. `type` URIs are `/problems/<code>`. */
export const ERROR_CODES = {
  invalid_request: { status: 400, title: 'The request is not valid' },
  malformed_json: { status: 400, title: 'The request body is not valid JSON' },
  model_not_configured: { status: 400, title: 'Model mode is not configured' },
  not_found: { status: 404, title: 'Not found' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  origin_not_allowed: { status: 403, title: 'Origin not allowed' },
  rate_limited: { status: 429, title: 'Too many requests' },
  timeout: { status: 503, title: 'The request took too long' },
  not_configured: { status: 503, title: 'Not available in this deployment' },
  payload_too_large: { status: 413, title: 'The request body is too large' },
  unsupported_media_type: { status: 415, title: 'Unsupported media type' },
  internal: { status: 500, title: 'Internal error' },
} as const satisfies Record<string, { status: number; title: string }>

export type ErrorCode = keyof typeof ERROR_CODES

/** One field-level problem, as `errors[]` in a 400 response. */
export interface FieldError {
  /** Where the problem is, e.g. `body.question` or `query.limit`. */
  field: string
  message: string
}

/** The base of every API error: a code from {@link ERROR_CODES} and a detail for people. */
export class ApiError extends Error {
  override readonly name: string = 'ApiError'
  readonly code: ErrorCode
  readonly status: number
  /** Extra members of the problem document. */
  readonly extensions: Record<string, unknown>
  /** Extra response headers (e.g. `Allow`). */
  readonly headers: Record<string, string>

  constructor(
    code: ErrorCode,
    detail: string,
    extensions: Record<string, unknown> = {},
    headers: Record<string, string> = {}
  ) {
    super(detail)
    this.code = code
    this.status = ERROR_CODES[code].status
    this.extensions = extensions
    this.headers = headers
  }
}

/** A field is missing, of the wrong type, out of range, or not expected. */
export class ValidationError extends ApiError {
  override readonly name = 'ValidationError'
  readonly errors: FieldError[]

  constructor(errors: FieldError[]) {
    const first = errors[0]
    super('invalid_request', first ? `${first.field}: ${first.message}` : 'Invalid request', {
      errors,
    })
    this.errors = errors
  }
}

/** The body could not be parsed as JSON. */
export class MalformedJsonError extends ApiError {
  override readonly name = 'MalformedJsonError'
  constructor() {
    super('malformed_json', 'The body must be a JSON object, e.g. {"question": "…"}.')
  }
}

/** `mode: "model"` was asked of a deployment without a model key. */
export class ModelNotConfiguredError extends ApiError {
  override readonly name = 'ModelNotConfiguredError'
  constructor() {
    super(
      'model_not_configured',
      'body.mode: "model" needs ANTHROPIC_API_KEY, which this deployment does not have; use "auto" or "extractive".'
    )
  }
}

/** No such passage, or no such route. */
export class NotFoundError extends ApiError {
  override readonly name = 'NotFoundError'
  constructor(what: string) {
    super('not_found', `${what} does not exist.`)
  }
}

/** A route that needs storage this deployment has no binding for. */
export class StorageNotConfiguredError extends ApiError {
  override readonly name = 'StorageNotConfiguredError'
  constructor(what: string) {
    super('not_configured', `${what} needs the D1 binding DB, which this deployment does not have.`)
  }
}

/** The route exists, but not for this method. */
export class MethodNotAllowedError extends ApiError {
  override readonly name = 'MethodNotAllowedError'
  readonly allow: string[]
  constructor(method: string, path: string, allow: string[]) {
    super(
      'method_not_allowed',
      `${method} is not allowed on ${path}; use ${allow.join(' or ')}.`,
      { allow },
      { Allow: allow.join(', ') }
    )
    this.allow = allow
  }
}

/** The body is larger than the configured limit. */
export class PayloadTooLargeError extends ApiError {
  override readonly name = 'PayloadTooLargeError'
  readonly limit: number
  constructor(limit: number) {
    super('payload_too_large', `The body is larger than the limit of ${limit} bytes.`, { limit })
    this.limit = limit
  }
}

/** The body is not `application/json`. */
export class UnsupportedMediaTypeError extends ApiError {
  override readonly name = 'UnsupportedMediaTypeError'
  constructor(received: string | undefined) {
    super(
      'unsupported_media_type',
      `Content-Type must be application/json; received ${received ? `“${received}”` : 'none'}.`,
      {},
      { 'Accept-Post': 'application/json' }
    )
  }
}

/** A page on an origin that is not on the allow-list called the API. */
export class OriginNotAllowedError extends ApiError {
  override readonly name = 'OriginNotAllowedError'
  constructor(origin: string) {
    super(
      'origin_not_allowed',
      `Requests from ${origin} are not allowed; ask for the site to be added.`
    )
  }
}

/** The client sent more requests than the limit allows. */
export class RateLimitedError extends ApiError {
  override readonly name = 'RateLimitedError'
  readonly retryAfter: number
  constructor(retryAfter: number) {
    super(
      'rate_limited',
      `Too many requests from this client; try again in ${retryAfter} seconds.`,
      { retryAfter },
      { 'Retry-After': String(retryAfter) }
    )
    this.retryAfter = retryAfter
  }
}

/** The request ran past the configured limit. */
export class RequestTimeoutError extends ApiError {
  override readonly name = 'RequestTimeoutError'
  constructor(ms: number) {
    super(
      'timeout',
      `The request took longer than ${ms} ms and was stopped.`,
      {},
      { 'Retry-After': '5' }
    )
  }
}
