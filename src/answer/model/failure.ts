/**
 * @module answer/model/failure
 * Why a model answer could not be used. Every failure ends the same way for the reader — the
 * extractive answer, marked `degraded` with the reason — so failures are values, one class with
 * the reason a caller needs, mapped from whatever the SDK threw.
 */
import type * as Sdk from '@anthropic-ai/sdk'
import type { DegradedReason } from '../schema.ts'

/**
 * The SDK's error classes, passed in by the caller that loaded the SDK: importing them here would
 * evaluate the SDK at global scope (see client.ts).
 */
export type SdkErrors = Pick<
  typeof Sdk,
  | 'APIConnectionError'
  | 'APIConnectionTimeoutError'
  | 'APIError'
  | 'APIUserAbortError'
  | 'OverloadedError'
  | 'RateLimitError'
>

const CONNECTION_LOST =
  /terminated|network connection|connection (?:lost|reset|closed)|socket|ECONNRESET/i

/** What the API told us about a failed call, for the log. */
export interface ModelFailureOptions {
  /** The HTTP status the Messages API answered, when it answered. */
  status?: number | undefined
  /** The API's `request-id`, when a response carried one. */
  requestId?: string | undefined
}

/** A model attempt that produced nothing a reader may see. */
export class ModelFailure extends Error {
  override readonly name = 'ModelFailure'
  readonly reason: DegradedReason
  readonly status: number | undefined
  readonly requestId: string | undefined

  constructor(reason: DegradedReason, message: string, options: ModelFailureOptions = {}) {
    super(message)
    this.reason = reason
    this.status = options.status
    this.requestId = options.requestId
  }
}

/**
 * The reasons for an error the API sends as an `event: error` after its 200: the SDK throws it
 * as an `APIError` with no status but with the error's type, which is what says what happened.
 */
const BY_TYPE: Record<string, DegradedReason> = {
  overloaded_error: 'overloaded',
  api_error: 'server_error',
  rate_limit_error: 'rate_limited',
  timeout_error: 'timeout',
  invalid_request_error: 'rejected',
  authentication_error: 'rejected',
  permission_error: 'rejected',
  billing_error: 'rejected',
  not_found_error: 'rejected',
  request_too_large: 'rejected',
}

/**
 * Maps an error thrown while calling the model to a {@link ModelFailure}. Messages are ours and
 * short: the SDK's may quote request details, and a failure is logged.
 *
 * @example
 * ```ts
 * const sdk = await import('@anthropic-ai/sdk')
 * toModelFailure(new sdk.RateLimitError(429, undefined, 'slow down', new Headers()), sdk).reason // 'rate_limited'
 * ```
 */
export function toModelFailure(err: unknown, sdk: SdkErrors): ModelFailure {
  const {
    APIConnectionError,
    APIConnectionTimeoutError,
    APIError,
    APIUserAbortError,
    OverloadedError,
    RateLimitError,
  } = sdk
  if (err instanceof ModelFailure) return err
  // Our own deadline aborts the request: the SDK reports it as a user abort.
  if (err instanceof APIUserAbortError || err instanceof APIConnectionTimeoutError) {
    return new ModelFailure('timeout', 'The model did not answer in time.')
  }
  if (err instanceof APIConnectionError) {
    return new ModelFailure('connection', 'The model could not be reached.')
  }
  const requestId = err instanceof APIError ? (err.requestID ?? undefined) : undefined
  if (err instanceof RateLimitError) {
    return new ModelFailure('rate_limited', 'The model is rate-limited.', {
      status: 429,
      requestId,
    })
  }
  if (err instanceof OverloadedError) {
    return new ModelFailure('overloaded', 'The model is overloaded.', { status: 529, requestId })
  }
  if (err instanceof APIError && typeof err.status === 'number') {
    const reason = err.status >= 500 ? 'server_error' : 'rejected'
    return new ModelFailure(reason, `The model API answered ${err.status}.`, {
      status: err.status,
      requestId,
    })
  }
  if (err instanceof APIError && err.type) {
    const reason = BY_TYPE[err.type] ?? 'server_error'
    return new ModelFailure(reason, `The model’s stream ended with ${err.type}.`, { requestId })
  }
  // A stream cut mid-answer surfaces as the runtime's fetch error ("terminated", "network
  // connection lost"), which the SDK wraps without a class of its own.
  if (err instanceof Error && CONNECTION_LOST.test(`${err.message} ${String(err.cause ?? '')}`)) {
    return new ModelFailure('connection', 'The connection to the model was lost.')
  }
  return new ModelFailure('malformed', 'The model’s response could not be read.')
}
