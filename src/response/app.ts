/**
 * @module response
 * The response step owns the HTTP API: validation, routes, and errors as problem documents.
 * Routes are thin; each calls plain functions of the earlier steps.
 */
import { OpenAPIHono } from '@hono/zod-openapi'
import { bodyLimit } from 'hono/body-limit'
import { methodNotAllowed } from 'hono/method-not-allowed'
import { requestId } from 'hono/request-id'
import type { Dossier } from '../index/load.ts'
import { readConfig } from './config.ts'
import { MethodNotAllowedError, NotFoundError, PayloadTooLargeError } from './errors.ts'
import { logEvent } from './log.ts'
import { accessLog, headers, origins, rateLimit, requestTimeout } from './middleware/edge.ts'
import { serverTiming } from './middleware/timing.ts'
import { internalProblem, problemResponse, toApiError } from './problem.ts'
import { registerAnswers } from './routes/answers.ts'
import { registerChecks } from './routes/checks.ts'
import { registerDocs } from './routes/docs.ts'
import { registerDocuments } from './routes/documents.ts'
import { registerDossier } from './routes/dossier.ts'
import { registerFeedback } from './routes/feedback.ts'
import { registerHealth } from './routes/health.ts'
import { registerPages } from './routes/pages.ts'
import { registerPassages } from './routes/passages.ts'
import type { AppEnv } from './types.ts'
import { requireJson, validationHook } from './validation.ts'

/** Options for {@link createApp}. */
export interface AppOptions {
  dossier: Dossier
}

/**
 * Builds the Hono app over a loaded dossier.
 *
 * @example
 * ```ts
 * const app = createApp({ dossier })
 * const res = await app.request('/healthz')
 * ```
 */
export function createApp({ dossier }: AppOptions): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })

  // First, so its time covers every other middleware.
  app.use(serverTiming())
  app.use(requestId())
  app.use(accessLog())
  app.use(headers())
  app.use('/v1/*', origins())
  app.use('/v1/*', rateLimit())
  app.use(requestTimeout())
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, allow) =>
        problemResponse(c, new MethodNotAllowedError(c.req.method, c.req.path, allow)),
    })
  )
  // `use`, not `on('POST')`: a method-specific middleware would count as a route and turn
  // every unknown /v1 path into a 405.
  const json = requireJson()
  // Only routes that take a POST read a body: a POST to a read-only route is a 405, whatever
  // its body. Read from the app once its routes exist (they are registered below).
  let postPaths: ReadonlySet<string> | undefined
  app.use('/v1/*', async (c, next) => {
    postPaths ??= new Set(app.routes.filter((r) => r.method === 'POST').map((r) => r.path))
    if (c.req.method !== 'POST' || !postPaths.has(c.req.path)) return next()
    const config = readConfig(c.env)
    const limit = c.req.path === '/v1/checks' ? config.MAX_CHECK_BODY_BYTES : config.MAX_BODY_BYTES
    const limitBody = bodyLimit({
      maxSize: limit,
      onError: () => {
        throw new PayloadTooLargeError(limit)
      },
    })
    return json(c, async () => {
      await limitBody(c, next)
    })
  })

  registerHealth(app, dossier)
  registerAnswers(app, dossier)
  registerChecks(app, dossier)
  registerPassages(app, dossier)
  registerDocuments(app, dossier)
  registerDossier(app, dossier)
  registerFeedback(app)
  registerPages(app, dossier)
  registerDocs(app)

  app.notFound((c) => problemResponse(c, new NotFoundError(`The route ${c.req.path}`)))
  app.onError((err, c) => {
    const known = toApiError(err)
    if (known) return problemResponse(c, known)
    logEvent('error', { requestId: c.get('requestId'), error: String(err) })
    return internalProblem(c)
  })
  return app
}
