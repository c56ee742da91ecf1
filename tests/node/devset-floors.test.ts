/**
 * The held-out development dossiers' figures may not fall. The floors are the figures at first
 * contact with the language step (tests/devset/FIRST-CONTACT.md), each rounded down a little, or
 * a later figure where one rose (positions, once the overview read the stance cues); the
 * issue's targets stand beside them for the day a figure reaches its target and the floor moves
 * up to it. Nothing here is tuned on: the test only reads the figures.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDevDossier, evaluateDevDossier, partFigures, readDevPart } from '../eval/devset.ts'

const root = join(import.meta.dirname, '..', '..')

/** `[figure, floor, target]`: a share that must stay at or above its floor. */
const AT_LEAST = [
  ['sentenceLabels', 0.75, 0.95],
  ['passageLabels', 0.75, 0.95],
  ['attribution', 0.74, 0.95],
  ['conflictsFound', 0.06, 0.9],
  ['eventsFound', 0.94, 0.9],
  ['positionsFound', 0.41, 0.85],
  ['positionsRightKind', 0.3, 0.85],
  ['checksExact', 0.38, 0.85],
  ['citingGold', 0.58, 0.9],
  ['refusalAccuracy', 0.83, 0.95],
] as const

/** `[figure, ceiling, target]`: a rate or count that must stay at or below its ceiling. */
const AT_MOST = [
  ['falseConflictsPer10Articles', 3.4, 1],
  ['eventsMisdated', 5, 0],
  ['checksFalseSupported', 0.013, 0],
  ['trueCalledContradicted', 0.17, 0.02],
  ['falseRefusals', 0.17, 0.03],
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
