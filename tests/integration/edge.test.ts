import { afterEach, describe, expect, it, vi } from 'vitest'
import { call, postJson } from '../support/worker.ts'

const ALLOWED = 'https://news.example' // CORS_ORIGINS in wrangler.toml

describe('origins', () => {
  it('Should let an allow-listed news site call the API, with CORS headers', async () => {
    const res = await postJson(
      '/v1/answers',
      { question: 'Who hosted the talks?' },
      { origin: ALLOWED }
    )
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED)
    expect(res.headers.get('access-control-expose-headers')).toContain('X-Request-Id')
  })

  it('Should answer the allow-listed site’s preflight', async () => {
    const res = await call('/v1/answers', {
      method: 'OPTIONS',
      headers: {
        origin: ALLOWED,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    })
    expect(res.status).toBeLessThan(300)
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED)
    expect(res.headers.get('access-control-allow-methods')).toContain('POST')
  })

  it('Should refuse a page from any other site with a 403 problem', async () => {
    const res = await postJson(
      '/v1/answers',
      { question: 'Who hosted the talks?' },
      { origin: 'https://evil.example' }
    )
    expect(res.status).toBe(403)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
    expect(((await res.json()) as { detail: string }).detail).toContain('https://evil.example')
  })

  it('Should serve the widget script to any site', async () => {
    const res = await call('/widget.js', { headers: { origin: 'https://any.example' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
  })
})

describe('rate limit', () => {
  it('Should answer 429 with Retry-After once a client passes the limit, and not others', async () => {
    const ip = '2001:db8:ffff::1'
    const statuses: number[] = []
    for (let i = 0; i < 61; i++) {
      const res = await call('/v1/passages?q=drones', { headers: { 'cf-connecting-ip': ip } })
      statuses.push(res.status)
      if (res.status === 429) {
        expect(res.headers.get('retry-after')).toBe('60')
        expect(res.headers.get('content-type')).toBe('application/problem+json')
      }
    }
    expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true)
    expect(statuses[60]).toBe(429)
    expect((await call('/v1/passages?q=drones')).status).toBe(200)
  })
})

describe('secure headers and request ids', () => {
  afterEach(() => vi.restoreAllMocks())

  it.each(['/v1/passages?q=drones', '/', '/check', '/v1/nothing'])(
    'Should send secure headers on %s',
    async (path) => {
      const res = await call(path)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN')
      expect(res.headers.get('strict-transport-security')).toContain('max-age')
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    }
  )

  it('Should log one JSON line per request with the response’s request id, and no body', async () => {
    const lines: string[] = []
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => {
      lines.push(String(line))
    })
    const res = await postJson('/v1/answers', { question: 'secret-marker-question about drones?' })
    const id = res.headers.get('x-request-id')
    const entry = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((e) => e.requestId === id)
    expect(entry).toMatchObject({ level: 'info', method: 'POST', path: '/v1/answers', status: 200 })
    expect(lines.join('\n')).not.toContain('secret-marker-question')
  })

  it('Should never show a stack trace or an internal message', async () => {
    const res = await postJson('/v1/answers', '{"question": "x"', {
      'content-type': 'application/json',
    })
    const text = await res.text()
    expect(text).not.toMatch(/\bat \w+ \(|\.ts:\d+|SyntaxError|Unexpected end/)
  })
})

describe('Server-Timing', () => {
  const duration = (res: Response) => {
    const header = res.headers.get('server-timing') ?? ''
    return /^app;dur=(\d+(?:\.\d+)?)$/.exec(header)?.[1]
  }

  it.each([
    ['GET /healthz', () => call('/healthz')],
    ['GET /v1/passages', () => call('/v1/passages?q=fortress%20belt')],
    ['POST /v1/answers', () => postJson('/v1/answers', { question: 'Who hosted the talks?' })],
    ['POST /v1/checks', () => postJson('/v1/checks', { summary: 'The talks were in Abu Dhabi.' })],
    ['a 400 problem', () => postJson('/v1/answers', { question: '' })],
    ['a 404 problem', () => call('/v1/nowhere')],
  ])('Should say how long the worker spent on %s, in ms', async (_, send) => {
    const res = await send()
    const ms = duration(res)
    expect(ms, res.headers.get('server-timing') ?? 'no Server-Timing').toBeDefined()
    expect(Number(ms)).toBeGreaterThanOrEqual(0)
    expect(Number.isFinite(Number(ms))).toBe(true)
  })

  it('Should expose it to the allow-listed sites’ pages', async () => {
    const res = await call('/v1/passages?q=talks', { headers: { origin: ALLOWED } })
    expect(res.headers.get('access-control-expose-headers')).toContain('Server-Timing')
    expect(duration(res)).toBeDefined()
  })
})

describe('the widget script', () => {
  it('Should be served under its content hash for a year, and at its stable name for minutes', async () => {
    const page = await (await call('/')).text()
    const path = /<script src="(\/widget\.[0-9a-f]{8}\.js)"/.exec(page)?.[1]
    expect(path).toBeDefined()
    const hashed = await call(path ?? '')
    expect(hashed.status).toBe(200)
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(hashed.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
    const stable = await call('/widget.js')
    expect(stable.headers.get('cache-control')).toBe('public, max-age=300')
    expect(await hashed.text()).toBe(await stable.text())
  })
})

describe('limits counted in characters', () => {
  it('Should count a question’s and a summary’s limits in code points, as the document states', async () => {
    const emoji = '🙂'
    expect((await postJson('/v1/answers', { question: emoji.repeat(1000) })).status).toBe(200)
    const long = await postJson('/v1/answers', { question: emoji.repeat(1001) })
    expect(long.status).toBe(400)
    expect(await long.text()).toContain('body.question')
    const summary = `${'Talks resumed. '.repeat(100)}${emoji.repeat(18_500)}`
    expect([...summary].length).toBeLessThanOrEqual(20_000)
    expect(summary.length).toBeGreaterThan(20_000)
    expect((await postJson('/v1/checks', { summary })).status).toBe(200)
    const over = await postJson('/v1/checks', { summary: emoji.repeat(20_001) })
    expect(over.status).toBe(400)
    expect(await over.text()).toContain('body.summary')
  })
})
