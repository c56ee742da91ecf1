/**
 * The sentence that answers leads: the figure for "what share", the date for "when", the words of
 * the person a "what did X say" asks about. Every example sentence is invented for this test.
 */
import { describe, expect, it } from 'vitest'
import { answerExtractive } from '../../src/answer/extractive.ts'
import { buildDossier } from '../../src/index/build-dossier.ts'
import { loadDossier } from '../../src/index/load.ts'
import { wireDoc } from '../support/wire-doc.ts'

const doc = wireDoc

const dossier = loadDossier(
  buildDossier({
    documents: [
      doc(
        'harbour-poll',
        '2031-05-02',
        `Ostrians Split Over the Harbour Plan

VELMORA (Test Wire) — The harbour plan would hand the Velmora docks to a joint authority of Arveland and Ostria for ten years, with 12 inspectors from each side.

Ostrians oppose the harbour plan because it would cost 2,000 jobs at the docks, the dockers' union said, and 300 Ostrians marched against the plan on Sunday.

Many Ostrians oppose the plan's ten-year term, and 40 Ostrian mayors signed a letter against it.

A survey by the Norvik Institute shows a deep divide among Ostrians over the harbour plan.

Over 61% of respondents are against it, the institute said.

Mirela Kestrova, Ostria's envoy, said her side would never accept inspections of its ships. The next round of talks on the plan opens on 14 June in Norvik.`
      ),
    ],
    aliases: { names: {}, synonyms: {}, contrasts: {} },
  })
)

const first = (question: string) =>
  answerExtractive(dossier, question, 'ans_test').segments.find((s) => s.kind === 'quote')?.text

describe('the direct answer first', () => {
  it('Should lead a “what share” question with the sentence that gives the share', () => {
    expect(first('What percentage of Ostrians oppose the harbour plan?')).toMatch(/61%/)
  })

  it('Should not take a count for a share', () => {
    expect(first('What share of Ostrians oppose the harbour plan?')).not.toMatch(
      /^Ostrians who live/
    )
  })

  it('Should lead a “what did X say” question with X’s words', () => {
    expect(first('What did Kestrova say about inspections of ships?')).toMatch(/^Mirela Kestrova/)
  })
})
