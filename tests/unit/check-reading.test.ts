/**
 * The check's light reading of one sentence (`src/check/reading.ts`): who it says speaks, whether
 * it reports a denial, what it negates, how a transcript answers, and what is an allegation.
 * Sentences are invented.
 */

import { describe, expect, it } from 'vitest'
import { stancesOf, takesStances } from '../../src/check/claims.ts'
import {
  answerOf,
  isAllegation,
  isDenial,
  isQuestion,
  namedSpeakersIn,
  negatedAgainst,
  negatedWords,
  predicateNegated,
  reportKind,
  speakerOf,
  speaks,
} from '../../src/check/reading.ts'
import { describedAs } from '../../src/check/story.ts'
import { countriesIn } from '../../src/language/countries.ts'

describe('speakerOf', () => {
  it.each([
    ['Novak said the ferry would run again in May.', 'Novak', true],
    ['The ferry will run again in May, the port authority said.', 'the port authority', false],
    ['The ferry will run again in May, said Ana Novak.', 'Ana Novak', true],
    ['According to Ana Novak, the ferry will run again in May.', 'Ana Novak', true],
    ['The Harbour Board confirmed that the ferry would run again.', 'The Harbour Board', true],
    ['Novak called the timetable “a fantasy”.', 'Novak', true],
  ])('Should read the speaker of “%s”', (text, speaker, named) => {
    expect(speakerOf(text)).toEqual({ text: speaker, named })
  })

  it('Should not take an adjective for a speaker’s verb', () => {
    expect(speakerOf('Repairs will cost an estimated $4 million over two years.')).toBeUndefined()
  })

  it('Should find no speaker in a plain statement', () => {
    expect(speakerOf('The ferry runs twice a day.')).toBeUndefined()
  })
})

describe('isDenial', () => {
  it.each([
    ['The ministry denied that the ferry had been sold.', true],
    ['The ministry rejected reports that the ferry had been sold.', true],
    ['No, there is no such sale, and reports of one are simply untrue.', true],
    ['The ministry confirmed that the ferry had been sold.', false],
    ['What the ministry has not denied is that a buyer visited.', false],
    ['Most residents would reject a sale of the ferry.', false],
    ['The harbour master said there was no truth in those reports.', true],
    ['A spokesman described the claims that the ferry was sold as nonsense.', true],
    ['A spokesman described the ferry as the oldest on the coast.', false],
  ])('Should read “%s” as a denial: %s', (text, denial) => {
    expect(isDenial(text)).toBe(denial)
  })
})

describe('negatedWords', () => {
  it('Should give the word a negation governs, past auxiliaries', () => {
    expect(negatedWords('The city would not send more buses.')).toEqual(['send'])
    expect(negatedWords('There are no such plans.')).toEqual(['plans'])
  })

  it('Should read a verb of refusal as a negation of what follows', () => {
    expect(negatedWords('The mayor ruled out sending more buses.')).toEqual(['sending'])
  })

  it('Should give nothing for a sentence that negates nothing', () => {
    expect(negatedWords('The city will send more buses.')).toEqual([])
  })

  it('Should read a negative subject as negating its predicate to the end of the clause', () => {
    expect(predicateNegated('No ferries will sail to Vardby this week, the board said.')).toEqual([
      'sail',
      'to',
      'vardby',
      'this',
      'week',
    ])
    expect(predicateNegated('No date has been set, but the ministers will meet in March.')).toEqual(
      ['been', 'set']
    )
  })

  it('Should read a bound as no negation, and “no” before a noun as one', () => {
    expect(negatedWords('Repairs will take no less than three weeks.')).toEqual([])
    expect(negatedWords('Repairs will take no time at all.')).toEqual(['time'])
  })
})

describe('answerOf and isQuestion', () => {
  it('Should read a plain yes or no after a speaker’s label', () => {
    expect(answerOf('NOVAK: Yes, I can confirm that they met.')).toBe('yes')
    expect(answerOf('NOVAK: There are no such plans at the moment.')).toBe('no')
    expect(answerOf('NOVAK: We will see what the week brings.')).toBeUndefined()
  })

  it('Should tell a question from a statement', () => {
    expect(isQuestion('Q: Is a second ferry planned?')).toBe(true)
    expect(isQuestion('A second ferry is planned.')).toBe(false)
  })
})

describe('isAllegation', () => {
  it.each([
    ['The union blamed the storm for the delay.', true],
    ['The ferry was reportedly sold last week.', true],
    ['Reports in the capital say the ferry was sold.', true],
    ['The union rejected claims that the ferry was sold.', false],
    ['The ferry was sold last week, the union said.', false],
  ])('Should read “%s” as an allegation: %s', (text, allegation) => {
    expect(isAllegation(text)).toBe(allegation)
  })
})

describe('namedSpeakersIn, reportKind and speaks', () => {
  it('Should find a person named as speaking in mid-sentence', () => {
    expect(
      namedSpeakersIn('The plan, which harbour chief Ana Novak has called a trap, stalled.')
    ).toEqual(['Ana Novak'])
  })

  it('Should know the lexicon’s verbs in their inflected forms', () => {
    expect(reportKind('denied')).toBe('deny')
    expect(reportKind('told')).toBe('say')
    expect(reportKind('confirms')).toBe('say')
    expect(speaks('called')).toBe(true)
    expect(speaks('sailed')).toBe(false)
  })
})

describe('a described speaker', () => {
  const story =
    'Harbour chief Ana Novak met the envoys. A ministry official said the talks would go on.'
  it('speaks for the person the story calls so', () => {
    expect(describedAs(story, 'the chief', 'Novak')).toBe(true)
    expect(describedAs('Novak, the port spokeswoman, said so.', 'the spokeswoman', 'Novak')).toBe(
      true
    )
  })
  it('does not speak for a person the story never calls so', () => {
    expect(describedAs(story, 'the official', 'Novak')).toBe(false)
  })
})

describe('denials in other words', () => {
  it('reads “dismissed as … reports that” and “called the claim … nonsense” as denials', () => {
    expect(
      isDenial('Rask dismissed as “pure invention” reports that Velmora would cede the port.')
    ).toBe(true)
    expect(isDenial('Rask called the claim that Velmora would cede the port “nonsense”.')).toBe(
      true
    )
    expect(isDenial('Rask called the plan a good start.')).toBe(false)
  })
})

describe('stances, privation and countries', () => {
  it('reads one stance per cue, turned by a negation before it', () => {
    expect(stancesOf('Ostland did not accept the plan.').get('agree')?.sign).toBe(-1)
    expect(stancesOf('The plan is unacceptable to Ostland.').get('agree')?.sign).toBe(-1)
    expect(stancesOf('Velmora has offered to host the talks.').get('agree')?.sign).toBe(1)
    expect(stancesOf('The deal has not yet been signed.').get('signed')?.sign).toBe(-1)
    // A particle is no stance word, and "against" a thing is no stance unless someone is.
    expect(stancesOf('Crews pulled the ferry back.').size).toBe(0)
    expect(stancesOf('Strikes against the grid continued.').size).toBe(0)
    expect(stancesOf('Most residents are against the toll.').get('support')?.sign).toBe(-1)
  })

  it('takes “reject” when either of its families is taken the same way', () => {
    const ours = stancesOf('Residents would reject the toll.')
    expect(takesStances(ours, [stancesOf('Residents oppose the toll.')])).toBe(true)
    expect(takesStances(ours, [stancesOf('Residents back the toll.')])).toBe(false)
  })

  it('reads “without” as the loss a claim states, and as a negation otherwise', () => {
    expect(negatedAgainst('Homes lost power.', 'Homes were left without power.')).toEqual([])
    expect(negatedAgainst('Homes had power.', 'Homes were left without power.')).toEqual(['power'])
  })

  it('knows a country by its other names, its adjective and its capital', () => {
    expect([...countriesIn('Norwegian ships and the U.K.')].sort()).toEqual([
      'Norway',
      'United Kingdom',
    ])
    expect([...countriesIn('Britain and the Swedish-led escort')].sort()).toEqual([
      'Sweden',
      'United Kingdom',
    ])
    expect(countriesIn('Oslo said').size).toBe(0)
    expect([...countriesIn('Oslo said', { capitals: true })]).toEqual(['Norway'])
  })
})
