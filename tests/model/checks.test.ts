import { describe, expect, it } from 'vitest'
import type { Check } from '../../src/check/schema.ts'
import { checkViolations } from '../support/check-promise.ts'
import { postJson } from '../support/worker.ts'

// The worker runs with model mode wired to the stand-in Messages API (setup.ts); a marker in
// the summary picks its scripted behaviour.
const SENTENCES = [
  'Russian forces launched 138 drones at Ukraine.',
  'Sheikh Mohamed bin Zayed Al Nahyan hosted a trilateral meeting on January 23.',
]

async function check(scenario: string, mode = 'auto') {
  const summary = `${SENTENCES.join(' ')} [scenario:${scenario}]`
  const res = await postJson('/v1/checks', { summary, mode })
  expect(res.status).toBe(200)
  return { summary, check: (await res.json()) as Check }
}

describe('POST /v1/checks, model mode', () => {
  it.each(['good', 'thinking'])(
    'Should read the model’s numbered verdicts, split across blocks (%s)',
    async (scenario) => {
      // Each line comes as the API splits text around a citation: "[1] supp", "orted: the dossier
      // says " and "." uncited, the cited words between them.
      const { summary, check: result } = await check(scenario)
      expect(result.mode).toBe('model')
      expect(result.degraded).toBeUndefined()
      expect(result.sentences).toHaveLength(2)
      expect(
        result.sentences.every((s) => s.verdict === 'supported' && s.citations.length === 1)
      ).toBe(true)
      expect(checkViolations(summary, result)).toEqual([])
    }
  )

  it('Should not let a verdict stand on a forged or missing citation', async () => {
    for (const scenario of ['forged', 'uncited']) {
      const { summary, check: result } = await check(scenario)
      expect(result.mode).toBe('model')
      expect(result.sentences.map((s) => s.verdict)).toEqual(['unsupported', 'unsupported'])
      expect(result.sentences.every((s) => s.citations.length === 0)).toBe(true)
      expect(JSON.stringify(result)).not.toContain('signed the security guarantees in Davos')
      expect(checkViolations(summary, result)).toEqual([])
    }
  })

  it.each([
    ['garbled', 'malformed'],
    ['refusal', 'refusal'],
    ['max-tokens', 'truncated'],
    ['overloaded', 'overloaded'],
    ['midstream-overloaded', 'overloaded'],
    ['slow', 'timeout'],
    ['invalid-json', 'malformed'],
    ['cut', 'connection'],
  ])(
    'Should fall back to the extractive checker, degraded, when the model is %s',
    async (scenario, reason) => {
      const { summary, check: result } = await check(scenario)
      expect(result).toMatchObject({ mode: 'extractive', degraded: { reason } })
      expect(result.sentences).toHaveLength(2)
      expect(checkViolations(summary, result)).toEqual([])
    }
  )
})
