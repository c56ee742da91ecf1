import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Answer } from '../../src/answer/schema.ts'
import type { Check } from '../../src/check/schema.ts'
import { checkViolations } from '../support/check-promise.ts'
import { promiseViolations } from '../support/promise.ts'
import { call, postJson } from '../support/worker.ts'

// Hostile text: control characters, lone surrogates, right-to-left marks, emoji, and the long.
const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({
    unit: fc.constantFrom(
      '\u0000',
      '\u0007',
      '\u200f',
      '\u202e',
      '\ud800',
      '\udfff',
      'a',
      ' ',
      '?'
    ),
    maxLength: 200,
  }),
  fc.constant('😀'.repeat(10_000)),
  fc.constant('\u202eZelensky\u202c Donbas \u0000 drones?')
)

function expectWellFormed(res: Response) {
  expect(res.status, `status ${res.status}`).toBeLessThan(500)
  if (res.status >= 400) expect(res.headers.get('content-type')).toBe('application/problem+json')
}

describe('fuzzing the HTTP API', () => {
  it('Should answer any JSON body with a well-formed 2xx or 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue(),
        fc.constantFrom('/v1/answers', '/v1/checks'),
        async (body, path) => {
          const res = await postJson(path, JSON.stringify(body))
          expectWellFormed(res)
        }
      ),
      { numRuns: 80 }
    )
  })

  it('Should keep the promise for any question or summary string', async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, async (text) => {
        const answer = await postJson('/v1/answers', { question: text })
        expectWellFormed(answer)
        if (answer.status === 200)
          expect(promiseViolations((await answer.json()) as Answer)).toEqual([])
        const check = await postJson('/v1/checks', { summary: text })
        expectWellFormed(check)
        if (check.status === 200)
          expect(checkViolations(text, (await check.json()) as Check)).toEqual([])
      }),
      { numRuns: 40 }
    )
  })

  it('Should answer any query string with a well-formed 2xx or 4xx', async () => {
    const query = fc.dictionary(
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 40 })
    )
    await fc.assert(
      fc.asyncProperty(
        query,
        fc.constantFrom('/v1/passages', '/healthz', '/v1/documents', '/openapi.json'),
        async (q, path) => {
          const res = await call(`${path}?${new URLSearchParams(q)}`)
          expectWellFormed(res)
        }
      ),
      { numRuns: 80 }
    )
  })

  it('Should answer arbitrary paths and ids with a 404 or 400 problem', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 60 }), async (id) => {
        const res = await call(`/v1/passages/${encodeURIComponent(id)}`)
        expectWellFormed(res)
      }),
      { numRuns: 60 }
    )
  })
})
