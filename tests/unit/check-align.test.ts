/**
 * Slot-by-slot comparison of a summary sentence with a dossier sentence (`src/check/align.ts`,
 * `when.ts`, `compare.ts`): names swapped in the same slot, dates read against the document's
 * date, figures compared only when they count the same thing. Sentences are invented.
 */
import { describe, expect, it } from 'vitest'
import { anchors, orderedShare, slotSwap, wordsOf } from '../../src/check/align.ts'
import { disagreements, isSweeping } from '../../src/check/compare.ts'
import { meaning, meaningsOf } from '../../src/check/paraphrase.ts'
import { dateDisagreement } from '../../src/check/when.ts'
import { dossier } from '../support/seed.ts'

const { tokenizer } = dossier

describe('anchors and orderedShare', () => {
  it('Should pair the shared words in the order both sentences give them', () => {
    const claim = wordsOf(tokenizer, 'Envoys met the mayor in Oslo.')
    expect(anchors(claim, wordsOf(tokenizer, 'Envoys met the new mayor in Rome.')).length).toBe(3)
    // Reversed, only one of the three can keep its order.
    expect(anchors(claim, wordsOf(tokenizer, 'The mayor met envoys in Rome.')).length).toBe(1)
  })

  it('Should count the claim’s words given in order, leaving out the speaker', () => {
    const skip = new Set(tokenizer.tokens('Novak said'))
    const claim = 'Novak said the harbour would reopen in spring.'
    const evidence = 'The harbour would reopen in spring, Novak said.'
    expect(orderedShare(tokenizer, claim, evidence, skip)).toBe(1)
    expect(orderedShare(tokenizer, claim, 'Spring came late to the harbour.', skip)).toBeLessThan(
      0.5
    )
  })
})

describe('slotSwap', () => {
  it('Should find a place swapped for another in the same slot', () => {
    expect(
      slotSwap({
        tokenizer,
        claim: 'The envoys met the mayor in Oslo on Friday.',
        evidence: 'The envoys met the mayor in Rome on Friday.',
      })
    ).toEqual({ claim: ['Oslo'], evidence: ['Rome'] })
  })

  it('Should take a capital and “the country’s capital” for one place, not another', () => {
    const swap = (claim: string) =>
      slotSwap({ tokenizer, claim, evidence: 'The harbour talks ended in Oslo on Friday.' })
    expect(swap('The harbour talks ended in the Norwegian capital on Friday.')).toBeUndefined()
    expect(swap('The harbour talks ended in the Swedish capital on Friday.')).toEqual({
      claim: ['Swedish'],
      evidence: ['Oslo'],
    })
  })

  it('Should find a place of the same event wherever the sentence puts it', () => {
    expect(
      slotSwap({
        tokenizer,
        claim: 'The harbour board held its first talks in Oslo.',
        evidence: 'After the talks in Rome, the harbour board held its first vote.',
      })
    ).toEqual({ claim: ['Oslo'], evidence: ['Rome'] })
  })

  it('Should find a person swapped as the subject', () => {
    expect(
      slotSwap({
        tokenizer,
        claim: 'Ana Novak was seen leaving through a side door.',
        evidence: 'Port director Karl Lind was seen leaving through a side door.',
      })?.claim
    ).toEqual(['Novak'])
  })

  it('Should set the speakers’ place against the event’s when both sentences tell one event', () => {
    const options = {
      tokenizer,
      claim: 'Harbour officials said a storm had damaged the quay in Vardby.',
      evidence: 'Harbour officials in Lindholm said a storm had damaged the quay.',
      attribution: 'Harbour officials in Lindholm',
    }
    expect(slotSwap({ ...options, sameEvent: true })).toEqual({
      claim: ['Vardby'],
      evidence: ['Lindholm'],
    })
    expect(slotSwap(options)).toBeUndefined()
  })

  it('Should not take a capitalised stop word opening the sentence for a first name', () => {
    expect(
      slotSwap({
        tokenizer,
        claim: 'Most Lindholmers back the new timetable.',
        evidence: 'A poll by the Vardby Institute found wide backing for the new timetable.',
      })
    ).toBeUndefined()
  })

  it('Should not call a lone name elsewhere a swap, nor the speaker’s name', () => {
    expect(
      slotSwap({
        tokenizer,
        claim: 'The board would reopen the port if Lindholm paid its debts.',
        evidence: 'The board would reopen the port only if Norland paid its debts.',
      })
    ).toBeUndefined()
    expect(
      slotSwap({
        tokenizer,
        claim: 'The port will reopen in May.',
        evidence: 'The port will reopen in May, Karl Lind said.',
        attribution: 'Karl Lind',
      })
    ).toBeUndefined()
  })
})

describe('dateDisagreement', () => {
  const date = { earliest: '2026-02-09', latest: '2026-02-09' }

  it('Should read a weekday the summary gives a day the dossier dates otherwise', () => {
    const date = { earliest: '2026-03-11', latest: '2026-03-11' }
    const evidence = 'The harbour board met on Wednesday, 11 March 2026.'
    expect(
      dateDisagreement({ claim: 'The harbour board met on Tuesday, 11 March.', evidence, date })
    ).toBe('The dossier dates it Wednesday, 11 March 2026; the summary says Tuesday.')
    expect(
      dateDisagreement({ claim: 'The harbour board met on Wednesday, 11 March.', evidence, date })
    ).toBeUndefined()
  })

  it('Should compare a weekday with the day the dossier’s date resolves to', () => {
    expect(
      dateDisagreement({ claim: 'They met on a Sunday.', evidence: 'They met on Saturday.', date })
    ).toContain('Saturday')
    expect(
      dateDisagreement({ claim: 'They met on Saturday.', evidence: 'They met on Saturday.', date })
    ).toBeUndefined()
  })

  it('Should resolve the dossier’s relative dates against its document', () => {
    // "On Monday" in an article of Monday 9 February 2026 is 9 February.
    expect(
      dateDisagreement({
        claim: 'They spoke on 8 February.',
        evidence: 'On Monday they spoke.',
        date,
      })
    ).toBeDefined()
    expect(
      dateDisagreement({
        claim: 'They spoke on 9 February.',
        evidence: 'On Monday they spoke.',
        date,
      })
    ).toBeUndefined()
  })

  it('Should set a month against a range of days', () => {
    expect(
      dateDisagreement({
        claim: 'The poll was carried out in late January.',
        evidence: 'The poll was conducted between Feb. 2 and Feb. 6.',
        date,
      })
    ).toBeDefined()
  })

  it('Should say nothing when either side gives no date', () => {
    expect(
      dateDisagreement({ claim: 'They met.', evidence: 'They met on Saturday.', date })
    ).toBeUndefined()
  })
})

describe('disagreements', () => {
  it('Should set a figure against the one counting the same thing', () => {
    const found = disagreements({
      tokenizer,
      claim: 'The storm cut power to 40,000 homes.',
      evidence: 'The storm cut power to 400,000 homes.',
    })
    expect(found[0]?.kind).toBe('figure')
  })

  it('Should not set a sum against another sum unless the sentences align', () => {
    const options = {
      tokenizer,
      claim: 'A donor pledged $10 million to the harbour fund.',
      evidence: 'A fund of up to $200 million has been discussed.',
    }
    expect(disagreements({ ...options, aligned: false })).toEqual([])
    expect(disagreements(options)[0]?.kind).toBe('figure')
  })

  it('Should read “nearly all” as a part, “all” as the whole', () => {
    expect(isSweeping('All of the region is flooded.')).toBe(true)
    expect(isSweeping('Nearly all of the region is flooded.')).toBe(false)
  })
})

describe('meaningsOf', () => {
  it('Should give words of one paraphrase group one meaning, and others their own', () => {
    const meanings = meaningsOf(tokenizer)
    const [home] = tokenizer.tokens('homes')
    const [household] = tokenizer.tokens('households')
    const [harbour] = tokenizer.tokens('harbour')
    expect(meaning(meanings, household ?? '')).toBe(meaning(meanings, home ?? ''))
    expect(meaning(meanings, harbour ?? '')).toBe(harbour)
  })

  it('Should give an irregular past its verb’s meaning, so that a negation of one holds for both', () => {
    const meanings = meaningsOf(tokenizer)
    const [struck] = tokenizer.tokens('struck')
    const [strike] = tokenizer.tokens('strike')
    expect(meaning(meanings, struck ?? '')).toBe(meaning(meanings, strike ?? ''))
  })
})
