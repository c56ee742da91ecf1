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
