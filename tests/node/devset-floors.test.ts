/**
 * The held-out development dossiers' figures may not fall. The floors are the figures measured
 * after the work on issue 14's second round (README), each rounded down a little; the issue's
 * targets stand beside them for the day a figure reaches its target and the floor moves up to it.
 * Two moved the other way, both said in their commits: timeline events found (0.94 → 0.92, when
 * captions stopped dating events and misdated events fell from 5 to 1), and false "supported"
 * (0.013 → 0.05, when the checker was rebuilt to align slots and began to say "supported" at
 * all; exact verdicts rose from 38.8% to 66%). Nothing here is tuned on: the test only reads the
 * figures.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDevDossier, evaluateDevDossier, partFigures, readDevPart } from '../eval/devset.ts'

const root = join(import.meta.dirname, '..', '..')

/** `[figure, floor, target]`: a share that must stay at or above its floor. */
const AT_LEAST = [
  ['sentenceLabels', 0.88, 0.95],
  ['passageLabels', 0.83, 0.95],
  ['attribution', 0.86, 0.95],
  ['conflictsFound', 0.26, 0.9],
  ['eventsFound', 0.92, 0.9],
  ['positionsFound', 0.54, 0.85],
  ['positionsRightKind', 0.47, 0.85],
  ['checksExact', 0.66, 0.85],
  ['citingGold', 0.75, 0.9],
  ['refusalAccuracy', 0.98, 0.95],
] as const

/** `[figure, ceiling, target]`: a rate or count that must stay at or below its ceiling. */
const AT_MOST = [
  ['falseConflictsPer10Articles', 1.7, 1],
  ['eventsMisdated', 1, 0],
  ['checksFalseSupported', 0.05, 0],
  ['trueCalledContradicted', 0.1, 0.02],
  ['falseRefusals', 0.023, 0.03],
  ['perturbedSupported', 0.038, 0],
  ['promiseViolations', 0, 0],
] as const

describe('held-out development dossiers', () => {
  it('keep their figures at or above the first-contact floors', async () => {
    const reports = []
    for (const dev of await readDevPart(root, 'heldout')) {
      reports.push(await evaluateDevDossier(dev, await buildDevDossier(dev, root)))
    }
    const figures = partFigures(reports)
    for (const [key, floor] of AT_LEAST)
      expect.soft(figures[key], key).toBeGreaterThanOrEqual(floor)
    for (const [key, ceiling] of AT_MOST)
      expect.soft(figures[key], key).toBeLessThanOrEqual(ceiling)
    expect(reports.flatMap((r) => r.errors)).toEqual([])
  }, 600_000)
})
