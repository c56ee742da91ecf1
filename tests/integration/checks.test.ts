import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Check } from '../../src/check/schema.ts'
import { checkViolations } from '../support/check-promise.ts'
import { postJson } from '../support/worker.ts'

async function check(summary: string): Promise<Check> {
  const res = await postJson('/v1/checks', { summary })
  expect(res.status).toBe(200)
  return (await res.json()) as Check
}

const SUMMARY =
  'Russia’s Defense Ministry said air defenses shot down 40 Ukrainian drones over the weekend. ' +
  'The U.S. envoy Steve Witkoff met Putin in Minsk on Jan. 22. ' +
  'Most Ukrainians support ceding Donbas in exchange for security guarantees. ' +
  'Zelensky has siphoned billions in U.S. tax dollars. ' +
  'Belarus has offered to host the next round of talks.'

describe('POST /v1/checks', () => {
  it('Should judge each sentence, locate it in the summary, and keep the promise', async () => {
    const result = await check(SUMMARY)
    expect(result.mode).toBe('extractive')
    expect(result.id).toMatch(/^chk_/)
    expect(checkViolations(SUMMARY, result)).toEqual([])
    expect(result.sentences.map((s) => s.verdict)).toEqual([
      'supported',
      'contradicted',
      'contradicted',
      'contested',
      'unsupported',
    ])
    expect(result.counts).toEqual({ supported: 1, contradicted: 2, unsupported: 1, contested: 1 })
    for (const s of result.sentences) {
      expect(s.explanation).toMatch(/\S.*\.$/)
      expect(s.confidence).toBeGreaterThanOrEqual(0)
      expect(s.confidence).toBeLessThanOrEqual(1)
    }
  })

  it('Should say what decided a contradiction', async () => {
    const [s] = (await check('Air defenses shot down 60 Ukrainian drones over the weekend.'))
      .sentences
    expect(s?.verdict).toBe('contradicted')
    expect(s?.explanation).toMatch(/40.*60/)
  })

  it('Should check a 20,000-character summary', async () => {
    const sentence = 'Russian forces launched 138 drones at Ukraine. '
    const summary = sentence.repeat(Math.floor(20_000 / sentence.length)).trimEnd()
    expect(summary.length).toBeLessThanOrEqual(20_000)
    const result = await check(summary)
    expect(result.sentences).toHaveLength(Math.floor(20_000 / sentence.length))
    expect(checkViolations(summary, result)).toEqual([])
  })

  it.each([
    [{ summary: '' }, 'body.summary'],
    [{ summary: '  \n ' }, 'body.summary'],
    [{ summary: 'x'.repeat(20_001) }, 'body.summary'],
    [{ summary: 7 }, 'body.summary'],
    [{}, 'body.summary'],
    [{ summary: 'ok.', extra: 1 }, 'body.extra'],
    [{ summary: 'ok.', mode: 'model' }, undefined],
  ])('Should refuse %j with a 400 problem', async (body, field) => {
    const res = await postJson('/v1/checks', body)
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    const problem = (await res.json()) as { errors?: { field: string }[] }
    if (field) expect(problem.errors?.map((e) => e.field)).toContain(field)
  })

  it('Should refuse a body that is not JSON', async () => {
    const res = await postJson('/v1/checks', 'summary=hello', { 'content-type': 'text/plain' })
    expect(res.status).toBe(415)
  })

  it('Should answer any summary with a 200 that keeps the promise, or a 400', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 400 }), async (summary) => {
        const res = await postJson('/v1/checks', { summary })
        if (summary.trim() === '') {
          expect(res.status).toBe(400)
          return
        }
        expect(res.status).toBe(200)
        expect(checkViolations(summary, (await res.json()) as Check)).toEqual([])
      }),
      { numRuns: 60 }
    )
  })
})
