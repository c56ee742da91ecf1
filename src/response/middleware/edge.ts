/**
 * @module response/middleware/edge
 * What every request meets first: an allow-list of origins (CORS, and a 403 for pages elsewhere),
 * a per-client rate limit on the API (the Workers Rate Limiting binding), a timeout for the whole
 * request, secure headers, and one structured log line per request carrying its request id.
 */
import type { MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'
import { secureHeaders } from 'hono/secure-headers'
import { readConfig } from '../config.ts'
import { OriginNotAllowedError, RateLimitedError, RequestTimeoutError } from '../errors.ts'
import { logEvent } from '../log.ts'
import type { AppEnv } from '../types.ts'

/** The rate limiter's window, in seconds: what a limited client is told to wait at most. */
const RATE_WINDOW_SECONDS = 60

/**
 * CORS for the allow-listed news sites, on the API only. A browser request from any other
 * origin is refused with a 403 problem; requests without an Origin (servers, curl) pass.
 */
export function origins(): MiddlewareHandler<AppEnv> {
  return async function origins(c, next) {
    const allowed = readConfig(c.env).CORS_ORIGINS
    const origin = c.req.header('origin')
    const self = new URL(c.req.url).origin
    if (origin && origin !== self && !allowed.includes(origin))
      throw new OriginNotAllowedError(origin)
    return cors({
      origin: (o) => (o === self || allowed.includes(o) ? o : null),
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['Content-Type', 'Accept'],
      exposeHeaders: ['X-Request-Id', 'Retry-After', 'Server-Timing'],
      maxAge: 600,
    })(c, next)
  }
}

/** At most the configured number of API requests per client (keyed by IP) and minute. */
export function rateLimit(): MiddlewareHandler<AppEnv> {
  return async function rateLimit(c, next) {
    const limiter = c.env?.RATE_LIMITER
    if (limiter && readConfig(c.env).RATE_LIMIT_ENABLED && c.req.method !== 'OPTIONS') {
      const key = c.req.header('cf-connecting-ip') ?? 'unknown-client'
      const { success } = await limiter.limit({ key })
      if (!success) throw new RateLimitedError(RATE_WINDOW_SECONDS)
    }
    await next()
  }
}

/** Stops a request that runs past the limit with a 503 problem (the model has its own, shorter). */
export function requestTimeout(): MiddlewareHandler<AppEnv> {
  return async function requestTimeout(c, next) {
    const ms = readConfig(c.env).REQUEST_TIMEOUT_MS
    let timer: ReturnType<typeof setTimeout> | undefined
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new RequestTimeoutError(ms)), ms)
    })
    try {
      await Promise.race([next(), expired])
    } finally {
      clearTimeout(timer)
    }
  }
}

/**
 * Secure headers on every response. The exception, for embedding: `/widget.js` (and its
 * content-hashed name) is loadable from any site (Cross-Origin-Resource-Policy: cross-origin).
 */
export function headers(): MiddlewareHandler<AppEnv> {
  const strict = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      // The widget's styles are a <style> element in its Shadow DOM.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
    },
    referrerPolicy: 'strict-origin-when-cross-origin',
  })
  const embeddable = secureHeaders({ crossOriginResourcePolicy: 'cross-origin' })
  return async function headers(c, next) {
    if (/^\/widget(?:\.[0-9a-f]+)?\.js$/.test(c.req.path)) return embeddable(c, next)
    return strict(c, next)
  }
}

/** One JSON line per request: its id, method, path, status and time. Never a body or a key. */
export function accessLog(): MiddlewareHandler<AppEnv> {
  return async function accessLog(c, next) {
    const started = performance.now()
    await next()
    logEvent('info', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    })
  }
}
