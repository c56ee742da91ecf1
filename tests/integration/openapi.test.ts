import { describe, expect, it } from 'vitest'
import { PAGE_PATHS } from '../../src/response/routes/pages.ts'
import app from '../../src/worker.ts'
import { call } from '../support/worker.ts'

// The document's own routes describe the API, and the pages are for people; neither is API.
const UNDOCUMENTED = new Set<string>(['/openapi.json', '/docs', ...PAGE_PATHS])

describe('GET /openapi.json', () => {
  it('Should describe every route the app serves, with its method', async () => {
    const document = (await (await call('/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>
    }
    const served = app.routes
      .filter((r) => r.method !== 'ALL' && !UNDOCUMENTED.has(r.path))
      .map((r) => ({ path: r.path.replace(/:(\w+)/g, '{$1}'), method: r.method.toLowerCase() }))
    expect(served.length).toBeGreaterThanOrEqual(6)
    for (const { path, method } of served) {
      expect(document.paths[path]?.[method], `${method} ${path}`).toBeDefined()
    }
  })

  it('Should document the problem responses and the answer’s streamed form', async () => {
    const document = (await (await call('/openapi.json')).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: object }> }>>
    }
    const answers = document.paths['/v1/answers']?.post
    expect(Object.keys(answers?.responses['200']?.content ?? {})).toEqual([
      'application/json',
      'text/event-stream',
    ])
    expect(Object.keys(answers?.responses['400']?.content ?? {})).toEqual([
      'application/problem+json',
    ])
  })
})

describe('the OpenAPI document’s labels', () => {
  it('Should describe each passage’s sentence labels and each citation’s own label', async () => {
    type Schema = { properties?: Record<string, Schema>; items?: Schema; required?: string[] }
    const document = (await (await call('/openapi.json')).json()) as {
      components: { schemas: Record<string, Schema> }
    }
    const passage = document.components.schemas.Passage
    const sentence = passage?.properties?.sentences?.items
    expect(passage?.required).toContain('sentences')
    expect(Object.keys(sentence?.properties ?? {})).toEqual(
      expect.arrayContaining(['start', 'end', 'status', 'attribution', 'caption'])
    )
    expect(sentence?.required).toEqual(expect.arrayContaining(['start', 'end', 'status']))
    const answer = document.components.schemas.Answer
    const citation = answer?.properties?.segments?.items?.properties?.citations?.items
    expect(Object.keys(citation?.properties ?? {})).toEqual(
      expect.arrayContaining(['quote', 'status', 'attribution'])
    )
  })
})

describe('the OpenAPI document’s edges', () => {
  type Response = {
    headers?: Record<string, unknown>
    content?: Record<string, { schema: { properties?: object } }>
  }
  type Operation = { operationId?: string; tags?: string[]; responses: Record<string, Response> }

  it('Should give every operation an id, a tag, and the problems the edge may answer', async () => {
    const document = (await (await call('/openapi.json')).json()) as {
      paths: Record<string, Record<string, Operation>>
    }
    const ids = new Set<string>()
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const where = `${method} ${path}`
        expect(operation.operationId, where).toMatch(/^[a-z][A-Za-z]+$/)
        ids.add(operation.operationId ?? '')
        expect(operation.tags?.length, where).toBe(1)
        const statuses = Object.keys(operation.responses)
        expect(statuses, where).toEqual(expect.arrayContaining(['405', '503']))
        if (path.startsWith('/v1/')) {
          expect(statuses, where).toEqual(expect.arrayContaining(['403', '429']))
        }
        if (method === 'post')
          expect(statuses, where).toEqual(expect.arrayContaining(['413', '415']))
        for (const [status, response] of Object.entries(operation.responses)) {
          expect(Object.keys(response.headers ?? {}), `${where} ${status}`).toEqual(
            expect.arrayContaining(['X-Request-Id', 'Server-Timing'])
          )
        }
      }
    }
    expect(ids.size).toBe(Object.values(document.paths).flatMap((p) => Object.keys(p)).length)
    const limited = document.paths['/v1/answers']?.post?.responses['429']
    expect(Object.keys(limited?.headers ?? {})).toContain('Retry-After')
    const problem = limited?.content?.['application/problem+json']?.schema
    expect(Object.keys(problem?.properties ?? {})).toContain('retryAfter')
    expect(
      Object.keys(document.paths['/v1/passages/{id}']?.get?.responses['405']?.headers ?? {})
    ).toContain('Allow')
  })
})
