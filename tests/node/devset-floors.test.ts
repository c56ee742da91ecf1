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
 * calendar stays right. Nothing here is tuned on: the test only reads the figures. The second
 * held-out part (`heldout2`) came when a held-out figure had informed one rule of the checker
 * (commit 6e7f5a9); its floors are its own first-contact figures. The sixth round moved the
 * first part's checks: true sentences called contradicted fell (0.067 → 0.034) and one contested
 * sentence came back supported (false "supported" 0.038 → 0.05, checks exact 0.68 → 0.67), with
 * rules written on the tuning part that stop a stance read from a sentence about something else
 * from contradicting; its conflicts found rose (0.33 → 0.40). The seventh round raised both
 * parts' checks (exact 0.67 → 0.68 and 0.563 → 0.59; false "supported" 0.05 → 0.038 and 0.073 →
 * 0.055) and lowered the first part's positions by one item (found 0.60 → 0.58, right kind
 * 0.52 → 0.51), with commit 080b86e, where "he" and "she" point to the last person named rather
 * than the last source of any kind; on the tuning part that rule raised positions under the
 * right kind (0.641 → 0.644), and the held-out item is not looked into. The eighth round
 * (2026-11-30) raised the second part's conflicts found (0.36 → 0.40, title conflicts read after
 * a quote or a dash) and moved one ceiling of the first part the other way: perturbed summaries
 * called supported (0.008 → 0.021, two perturbations of 143), with commit 8d0a167, which reads
 * the summary's speaker after an opening phrase and one party however its name is spelled; on
 * the tuning part it lowered the figure (the new tuning/t dossier 9.4% → 4.5%). Three rules of
 * that round that could by construction let more through were narrowed afterwards, each said in
 * its commit; the two perturbations were not looked into. The ninth round (2026-11-30, later)
 * moved both parts' ceilings of true sentences called contradicted the other way by one sentence
 * each (0.034 → 0.067 and 0.147 → 0.172) and the second part's false "supported" down by two
 * summaries (0.055 → 0.037), all with commit 0f359b8, which finds a place swapped in the slot of
 * its preposition when the dossier's sentence names the summary's place elsewhere; it was chosen
 * on the tuning part alone (two false ✓ fewer, no true sentence called contradicted) and kept:
 * on the parts nobody tunes on it trades two wrong ✓ for two wrong ✗, and a wrong ✓ is the costlier
 * error. The held-out sentences were not looked into. The same round raised the second part's
 * labels, attribution and refusals, and its floors with them.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDevDossier, evaluateDevDossier, partFigures, readDevPart } from '../eval/devset.ts'

const root = join(import.meta.dirname, '..', '..')

/** `[figure, floor or ceiling, target]` rows of one part. */
type Floors = readonly (readonly [keyof ReturnType<typeof partFigures>, number, number])[]

/** Each held-out part's floors (shares at or above) and ceilings (rates or counts at or below). */
const PARTS: Record<string, { atLeast: Floors; atMost: Floors }> = {
  heldout: {
    atLeast: [
      ['sentenceLabels', 0.88, 0.95],
      ['passageLabels', 0.84, 0.95],
      ['attribution', 0.87, 0.95],
      ['conflictsFound', 0.4, 0.9],
      ['eventsFound', 0.92, 0.9],
      ['positionsFound', 0.58, 0.85],
      ['positionsRightKind', 0.51, 0.85],
      ['checksExact', 0.68, 0.85],
      ['citingGold', 0.81, 0.9],
      ['refusalAccuracy', 0.99, 0.95],
    ],
    atMost: [
      ['falseConflictsPer10Articles', 0.84, 1],
      ['eventsMisdated', 1, 0],
      ['checksFalseSupported', 0.038, 0],
      ['trueCalledContradicted', 0.067, 0.02],
      ['falseRefusals', 0.012, 0.03],
      ['perturbedSupported', 0.021, 0],
      ['promiseViolations', 0, 0],
    ],
  },
  // The second held-out part, written blind after a held-out figure informed one rule of the
  // checker (FIRST-CONTACT.md): its floors were its first-contact figures, rounded a little; three
  // moved up with the checker's rules written after it arrived (checks exact, false supported,
  // perturbed summaries called supported). Three moved down by one item each with general rules
  // written on the tuning part, the held-out misses not read: one sentence label, one check
  // verdict and one question's citation (the figures' commit of 2026-11-30), each said in its
  // commit; false conflicts moved up with that commit.
  heldout2: {
    atLeast: [
      ['sentenceLabels', 0.827, 0.95],
      ['passageLabels', 0.78, 0.95],
      ['attribution', 0.89, 0.95],
      ['conflictsFound', 0.4, 0.9],
      ['eventsFound', 0.96, 0.9],
      ['positionsFound', 0.74, 0.85],
      ['positionsRightKind', 0.66, 0.85],
      ['checksExact', 0.59, 0.85],
      ['citingGold', 0.83, 0.9],
      ['refusalAccuracy', 0.97, 0.95],
    ],
    atMost: [
      ['falseConflictsPer10Articles', 2.5, 1],
      ['eventsMisdated', 3, 0],
      ['checksFalseSupported', 0.037, 0],
      ['trueCalledContradicted', 0.172, 0.02],
      ['falseRefusals', 0.011, 0.03],
      ['perturbedSupported', 0.039, 0],
      ['promiseViolations', 0, 0],
    ],
  },
  // The third held-out part, written blind on 2026-11-30 because that day's rules had been
  // chosen with held-out figures in view (a rule that raised a tuning figure was dropped when a
  // held-out part fell): its floors are its first-contact figures (FIRST-CONTACT.md), rounded a
  // little.
  heldout3: {
    atLeast: [
      ['sentenceLabels', 0.866, 0.95],
      ['passageLabels', 0.86, 0.95],
      ['attribution', 0.865, 0.95],
      ['conflictsFound', 0.428, 0.9],
      ['eventsFound', 0.95, 0.9],
      ['positionsFound', 0.74, 0.85],
      ['positionsRightKind', 0.62, 0.85],
      ['checksExact', 0.72, 0.85],
      ['citingGold', 0.741, 0.9],
      ['refusalAccuracy', 0.937, 0.95],
    ],
    atMost: [
      ['falseConflictsPer10Articles', 3.34, 1],
      ['eventsMisdated', 6, 0],
      ['checksFalseSupported', 0.086, 0],
      ['trueCalledContradicted', 0.025, 0.02],
      ['falseRefusals', 0.044, 0.03],
      ['perturbedSupported', 0.025, 0],
      ['promiseViolations', 0, 0],
    ],
  },
}

describe('held-out development dossiers', () => {
  it.each(Object.keys(PARTS))(
    '%s keeps its figures at or above its floors',
    async (part) => {
      const { atLeast, atMost } = PARTS[part] as (typeof PARTS)[string]
      const reports = []
      for (const dev of await readDevPart(root, part)) {
        reports.push(await evaluateDevDossier(dev, await buildDevDossier(dev, root)))
      }
      const figures = partFigures(reports)
      for (const [key, floor] of atLeast)
        expect.soft(figures[key], key).toBeGreaterThanOrEqual(floor)
      for (const [key, ceiling] of atMost)
        expect.soft(figures[key], key).toBeLessThanOrEqual(ceiling)
      expect(reports.flatMap((r) => r.errors)).toEqual([])
    },
    600_000
  )
})
