import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { requestTimeout } from '../../src/response/middleware/edge.ts'
import { problemResponse, toApiError } from '../../src/response/problem.ts'
import type { AppEnv } from '../../src/response/types.ts'

describe('request timeout', () => {
  it('Should stop a request that runs past REQUEST_TIMEOUT_MS with a 503 problem', async () => {
    const app = new Hono<AppEnv>()
    app.use(requestTimeout())
    app.get('/slow', async (c) => {
      await new Promise((r) => setTimeout(r, 5_000))
      return c.text('too late')
    })
    app.onError((err, c) => {
      const known = toApiError(err)
      if (!known) throw err
      return problemResponse(c, known)
    })
    const res = await app.request('/slow', {}, { REQUEST_TIMEOUT_MS: '1000' })
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('5')
    expect(((await res.json()) as { detail: string }).detail).toContain('1000 ms')
  })
})
