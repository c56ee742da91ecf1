/**
 * A client typed from the OpenAPI document (openapi-typescript's `tests/support/api.d.ts`, used
 * through openapi-fetch) calls every operation of `npm start`, with no cast: if a schema and the
 * worker disagree, this stops compiling or fails. The types must be those of today's document.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import createClient from 'openapi-fetch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { paths } from '../support/api.d.ts'
import { apiTypes } from '../support/api-types.ts'
import { type DevServer, startDevServer } from '../support/dev-server.ts'

let server: DevServer

beforeAll(async () => {
  server = await startDevServer(60_000, { RATE_LIMIT_ENABLED: 'false' })
}, 90_000)
afterAll(() => server?.stop())

describe('a typed client of the API', () => {
  it('Should have types generated from today’s document (npm run api-types)', async () => {
    const document = await (await fetch(`${server.url}/openapi.json`)).json()
    const committed = await readFile(join(import.meta.dirname, '..', 'support', 'api.d.ts'), 'utf8')
    expect(await apiTypes(document)).toBe(committed)
  })

  it('Should call every operation and read what each returns', async () => {
    const api = createClient<paths>({ baseUrl: server.url })
    const called = new Set<string>()
    const health = await api.GET('/healthz')
    called.add('get /healthz')
    expect(health.data?.status).toBe('ok')

    const answer = await api.POST('/v1/answers', {
      body: { question: 'How many drones did Russia launch at Ukraine?' },
    })
    called.add('post /v1/answers')
    // The 200 is JSON or, asked for, a stream of events: the client narrows by shape, no cast.
    const answered = answer.data && 'segments' in answer.data ? answer.data : undefined
    const cited = answered?.segments.flatMap((s) => s.citations) ?? []
    expect(cited.length).toBeGreaterThan(0)

    const check = await api.POST('/v1/checks', {
      params: { query: { format: 'json' } },
      body: { summary: 'Russian forces launched 138 drones at Ukraine.' },
    })
    called.add('post /v1/checks')
    expect(check.data && 'sentences' in check.data && check.data.sentences[0]?.verdict).toBe(
      'supported'
    )

    const search = await api.GET('/v1/passages', { params: { query: { q: 'drones', limit: 2 } } })
    called.add('get /v1/passages')
    const first = search.data?.hits[0]
    expect(first?.id).toBeDefined()

    const passage = await api.GET('/v1/passages/{id}', {
      params: { path: { id: cited[0]?.passageId ?? '' } },
    })
    called.add('get /v1/passages/{id}')
    expect(passage.data?.text.slice(cited[0]?.start, cited[0]?.end)).toBe(cited[0]?.quote)

    const documents = await api.GET('/v1/documents')
    called.add('get /v1/documents')
    expect(documents.data?.documents[0]?.dateText).toMatch(/\S/)

    const dossier = await api.GET('/v1/dossier')
    called.add('get /v1/dossier')
    expect(dossier.data?.parties.length).toBeGreaterThan(0)

    const feedback = await api.POST('/v1/feedback', {
      body: { answerId: answered?.id ?? '', helpful: true },
    })
    called.add('post /v1/feedback')
    // Recorded just after it was served; a 404 problem is typed too.
    expect([201, 404]).toContain(feedback.response.status)
    if (feedback.error) expect(feedback.error.status).toBe(404)

    const bad = await api.POST('/v1/answers', { body: { question: '' } })
    expect(bad.error?.errors?.[0]?.field).toBe('body.question')

    const document = (await (await fetch(`${server.url}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>
    }
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method} ${path}`)
    )
    expect([...called].sort()).toEqual(operations.sort())
  })
})
