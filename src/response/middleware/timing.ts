/**
 * @module response/middleware/timing
 * A `Server-Timing` header on every response: the milliseconds the worker spent on the request,
 * from the first middleware to the response (for a stream, to its start), so a client or the
 * benchmark can see our own share of a request's time beside the network's.
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../types.ts'

/** The metric's name in the header: `Server-Timing: app;dur=0.84`. */
export const TIMING_METRIC = 'app'

/**
 * Times the request around everything after it. Workers advance `performance.now()` only on
 * I/O in production (a Spectre mitigation), so there the figure counts waits, not computation;
 * local workerd (`wrangler dev`, the tests, the benchmark) advances it as it runs, so there it is
 * the handler's wall time, which on a single-threaded isolate with no I/O is its CPU time.
 *
 * @example
 * ```ts
 * app.use(serverTiming())
 * // → Server-Timing: app;dur=0.84
 * ```
 */
export function serverTiming(): MiddlewareHandler<AppEnv> {
  return async function serverTiming(c, next) {
    const started = performance.now()
    await next()
    const ms = performance.now() - started
    c.res.headers.append('Server-Timing', `${TIMING_METRIC};dur=${ms.toFixed(2)}`)
  }
}
