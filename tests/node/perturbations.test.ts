/**
 * The tuning part's supported summaries, perturbed (a figure, a name, a date, the polarity, the
 * speaker changed; an allegation stated as fact), must not come back `supported`: a false ✓ is
 * the costly error. The ceiling is the figure reached; it only comes down.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkExtractive } from '../../src/check/extractive.ts'
import { buildDevDossier, perturbationsOf, readDevPart } from '../eval/devset.ts'
import { asFact, evaluatePerturbations } from '../eval/perturb.ts'

const root = join(import.meta.dirname, '..', '..')

/**
 * Perturbations called supported on the tuning part, at most: 17 of 1072 since the part holds
 * twenty dossiers (14 of 930 with eighteen) (15 of 826 with sixteen, 11 of 734 with fourteen, 8 of 509 with ten). Dossiers e to h, written blind,
 * brought 11 on arrival (4 of 222 on the first four, 2 of 137 on the first two, where the
 * generator was built); a speaker's or an actor's possessive read in the sentence itself took
 * them to 8. i and j brought 3 more, taken back by reading whose a thing is in its own clause,
 * the closest sentence's negation, and a negation on a preposition. k to n brought 5 (225
 * perturbations); reading a live blog's timestamp as no day took back the two wrong nights.
 * Three stand: a negation said in other words ("without defining it"), a name that is only
 * the listener ("told the Baltic Courier"), and a party swapped at the head of a long sentence.
 * o and p brought 4 (92 perturbations), none taken back yet: a negation on the subject ("no
 * U.S. ground troops would take part") read as none on the predicate, "rose" for "fell", a
 * quote's "cannot" outside the aligned clause, and "five sides" for "two sides". q and r
 * brought none; reading a negative subject as negating its whole predicate took back the first
 * of o and p's. s and t, written blind, brought 7 on arrival (1 and 6 of 122); the speaker read
 * after an opening phrase, one party however its name is spelled, and a negated verb a sentence
 * states plainly took back three of t's, and a–r now give 13 of 948. Four stand on s and t,
 * not yet looked into.
 */
const CEILING = 17

describe('perturbed summaries', () => {
  it('Should state an allegation as fact by dropping who alleges it', () => {
    expect(asFact('Harbour officials claimed that the ferry left two hours late.')).toBe(
      'The ferry left two hours late.'
    )
    expect(asFact('The ferry reportedly left two hours late.')).toBe(
      'The ferry left two hours late.'
    )
  })

  it('Should call almost none of the tuning part’s perturbed summaries supported', async () => {
    let n = 0
    let supported = 0
    const misses: string[] = []
    for (const dev of await readDevPart(root, 'tuning')) {
      const dossier = await buildDevDossier(dev, root)
      const report = evaluatePerturbations(perturbationsOf(dev, dossier), (sentence) =>
        checkExtractive(dossier, sentence, 'prt')
      )
      n += report.n
      supported += report.supported
      misses.push(...report.misses)
    }
    // Enough of them to mean something: the generator must not quietly shrink.
    expect(n).toBeGreaterThanOrEqual(400)
    expect(supported, misses.join('\n')).toBeLessThanOrEqual(CEILING)
  }, 300_000)
})
