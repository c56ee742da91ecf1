/**
 * The held-out development dossiers' figures may not fall. The floors are the figures measured
 * after issue 14's third round (README), each rounded down a little; the targets stand
 * beside them for the day a figure reaches its target and the floor moves up to it. Two moved
 * the other way in the second round, both said in their commits: timeline events found (0.94 →
 * 0.92, when captions stopped dating events and misdated events fell from 5 to 1), and false
 * "supported" (0.013 → 0.05, when the checker was rebuilt to align slots and began to say
 * "supported" at all). Three of the third round's gains are definitions of the evaluation, said
 * in their commits (a title conflict shown by any usual use; a party by its CLDR name; Europe
 * and its countries), not the system's. The fourth round raised four: citing a gold passage
 * (0.78 → 0.80), perturbed summaries called supported (0.023 → 0.015), positions found (0.58 →
 * 0.60) and under the right kind (0.51 → 0.52). The fifth lowered two, in commit 6893dc5,
 * which reads a weekend as its Saturday and Sunday (the date parser had it as Sunday and
 * Monday): conflicts found (0.40 → 0.33, one figure conflict) and labels per passage (0.85 →
 * 0.84). The held-out pair that met only through the wrong Monday is not looked into; the
 * calendar stays right. Nothing here is tuned on: the test only reads the figures.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDevDossier, evaluateDevDossier, partFigures, readDevPart } from '../eval/devset.ts'

const root = join(import.meta.dirname, '..', '..')

/** `[figure, floor, target]`: a share that must stay at or above its floor. */
const AT_LEAST = [
  ['sentenceLabels', 0.88, 0.95],
  ['passageLabels', 0.84, 0.95],
  ['attribution', 0.87, 0.95],
  ['conflictsFound', 0.33, 0.9],
  ['eventsFound', 0.92, 0.9],
  ['positionsFound', 0.6, 0.85],
  ['positionsRightKind', 0.52, 0.85],
  ['checksExact', 0.67, 0.85],
  ['citingGold', 0.8, 0.9],
  ['refusalAccuracy', 0.98, 0.95],
] as const

/** `[figure, ceiling, target]`: a rate or count that must stay at or below its ceiling. */
const AT_MOST = [
  ['falseConflictsPer10Articles', 0.84, 1],
  ['eventsMisdated', 1, 0],
  ['checksFalseSupported', 0.038, 0],
  ['trueCalledContradicted', 0.067, 0.02],
  ['falseRefusals', 0.023, 0.03],
  ['perturbedSupported', 0.015, 0],
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
