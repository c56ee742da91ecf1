/**
 * The language step's reading of who says a sentence, how firmly, and its newsroom layout, on
 * invented sentences: each form the labelling guide names, and the near misses that must not
 * be read as a source.
 */
import { describe, expect, it } from 'vitest'
import { analyseSentence, tokensOf } from '../../src/language/analyse.ts'
import { datesIn } from '../../src/language/dates.ts'
import { layoutOf, recurringLabels } from '../../src/language/layout.ts'

const who = (text: string, options = {}) => analyseSentence(text, options).attribution

describe('attribution: where the source stands', () => {
  it('reads “one of them”, a refusal to comment, and a claim to land', () => {
    expect(who('The ferry will run on Friday, one of the people said.').source).toBe(
      'one of the people'
    )
    expect(who('Harbour officials declined to say who attended the meeting.').source).toBe(
      'Harbour officials'
    )
    expect(who('Ostland refuses to withdraw from the port.').source).toBeUndefined()
    expect(who('Whether Ostland will drop its claim to the port.').hedges).toEqual([])
  })

  it('reads a name set off by commas, a count that is someone’s, and what is only written', () => {
    expect(who('Support rose to 47%, Harbour Research found, when crews were asked.').source).toBe(
      'Harbour Research'
    )
    expect(
      who('By its count, a quarter of the cranes are broken.', {
        previousSource: 'the port office',
      }).source
    ).toBe('the port office')
    expect(who('By the union’s count, 40 cranes are broken.').source).toBe('the union')
    expect(
      who('Ana Vell is a former docker and writes a weekly column on ports.').source
    ).toBeUndefined()
  })

  it('reads a source at the end, after a quote, and after "according to"', () => {
    expect(who('The bridge reopened on Monday, the transport office said.').source).toBe(
      'the transport office'
    )
    expect(who('“We will keep talking,” insisted Mara Velt.').source).toBe('Mara Velt')
    expect(who('Grain prices fell, according to people close to the traders.').source).toBe(
      'people close to the traders'
    )
    expect(
      who('Rents rose by a third, according to two people who have seen the figures.').source
    ).toBe('two people who have seen the figures')
  })

  it('keeps a relative clause, a participle and an apposition with their source', () => {
    expect(who('A clerk who asked not to be named said the files were moved.').source).toBe(
      'A clerk who asked not to be named'
    )
    expect(
      who('A study by the Lorn Institute published this week found that rents rose.').source
    ).toBe('A study by the Lorn Institute published this week')
    expect(
      who('Data compiled by Harbor Count, a port monitor, show that traffic doubled.').source
    ).toBe('Data compiled by Harbor Count')
  })

  it('keeps a participle describing the source with it, and reads the verb that reports', () => {
    const a = who('Clerks briefed on the audit said the files were moved.')
    expect(a).toMatchObject({ source: 'Clerks briefed on the audit', cue: 'said' })
  })

  it('reads a source in a relative clause and stops a passive agent at its verb', () => {
    expect(who('The pier, which engineers say was built in 1900, will close.').source).toBe(
      'engineers'
    )
    expect(who('Counts released by the port office show a 12% drop.').source).toBe(
      'the port office'
    )
  })

  it('prefers the reporting clause that closes the sentence over a verb inside it', () => {
    const a = who('Brenland floated a joint board, an idea Ostia rejects, port officials say.')
    expect(a.source).toBe('port officials')
  })

  it('gives a verb after "but" the subject that opens the sentence', () => {
    expect(who('Ostia refuses, but has said it could accept a pause.').source).toBe('Ostia')
  })

  it('reads a passive agent as the source, never the passive subject', () => {
    expect(who('The plan, a detail first reported by The Vale Gazette, was dropped.').source).toBe(
      'The Vale Gazette'
    )
    const accused = who('The mayor has been accused of hiding the report.')
    expect(accused.source).toBeUndefined()
    expect(accused.hedges).toContain('accused')
  })

  it('keeps the exact words of a pronoun and the source it stands for', () => {
    const a = who('The ferry will run twice a day, he said.', { previousSource: 'Ivo Marek' })
    expect(a).toMatchObject({ source: 'Ivo Marek', words: 'he' })
    expect(
      who('Boats were stopped, it said.', { previousSource: 'the port office' })
    ).toMatchObject({ source: 'the port office', words: 'it' })
  })

  it('keeps whom it was told to apart from who told it', () => {
    const a = who('Talks will resume, an aide told the Vale Gazette.')
    expect(a).toMatchObject({ source: 'an aide', listener: 'the Vale Gazette' })
  })
})

describe('attribution: compound sources and accounts', () => {
  it('keeps a hyphenated compound in an “according to” source', () => {
    expect(who('The port is closed, according to open-source analysts.').source).toBe(
      'open-source analysts'
    )
  })

  it('reads an account described as a report of its describers', () => {
    expect(who('Former hostages have described long nights in the hold.').source).toBe(
      'Former hostages'
    )
  })
})

describe('attribution: a source put last, a source that declines', () => {
  it('reads a reporting verb the tagger took for a noun when the source closes the sentence', () => {
    expect(
      who(
        'Buses were seen leaving the depot this morning, our correspondent Eva Holm reports from Vardby.'
      ).source
    ).toBe('correspondent Eva Holm')
    expect(who('Intelligence reports from the front suggest a build-up.').source).not.toBe(
      'intelligence'
    )
  })

  it('reads who urges, calls for or welcomes something as its source', () => {
    expect(who('The harbour board urged calm.').source).toBe('The harbour board')
    expect(who('Eva Holm has called for an inquiry into the sinking.').source).toBe('Eva Holm')
    expect(who('Vardby welcomed the findings.').source).toBe('Vardby')
  })

  it('reads who declined to discuss something as the source, not who refused talks', () => {
    expect(who('She declined to discuss numbers.').source).toBe('She')
    expect(who('The guild refused to discuss the plan with Norvik.').source).toBe(undefined)
  })
})

describe('attribution: what is not a source', () => {
  it('reads no source in a negated report or an absent comment', () => {
    expect(who('The next round is due in May, though no date has been announced.').source).toBe(
      undefined
    )
    expect(who('The mayor’s office did not respond to a request for comment.').source).toBe(
      undefined
    )
  })

  it('reads no source in a stance, a prepositional object or a clause talked about', () => {
    expect(who('Ostia rejects any foreign boats in its harbour.').source).toBeUndefined()
    expect(who('Without rules written first, the deal is a trap.').source).toBeUndefined()
    expect(who('Here is what officials have told reporters so far.').source).toBeUndefined()
    expect(who('The ferry is expected to resume in May.').source).toBeUndefined()
  })

  it('reads a denial of a statement as a sourced denial', () => {
    const a = who('The council rejected claims that the ferry would be sold.')
    expect(a).toMatchObject({ source: 'The council', denial: true, hedges: [] })
  })

  it('asks without asserting: a question has no source but its labelled asker', () => {
    expect(who('Is the ferry running?').source).toBeUndefined()
    expect(who('Q: Did the mayor confirm the sale?').source).toBeUndefined()
    expect(who('LENA ORT (Vale Radio): When will the ferry run?').source).toBe(
      'LENA ORT (Vale Radio)'
    )
  })

  it('reads no source in a report that may happen', () => {
    expect(who('The ferry will stop if inspectors confirm a leak.').source).toBeUndefined()
    expect(who('The fares stay unless the council says otherwise.').source).toBeUndefined()
    expect(who('Inspectors confirmed a leak.').source).toBe('Inspectors')
  })

  it('reads no source in the text naming itself', () => {
    expect(
      who('Correction: An earlier version of this article said the ferry was sold.').source
    ).toBeUndefined()
    expect(who('An earlier statement by the council said the ferry was sold.').source).toMatch(
      /the council$/
    )
  })

  it('reads no source in a reporting credit', () => {
    expect(who('(Reporting by Ana Lind; Editing by Per Holm)').source).toBeUndefined()
  })
})

describe('attribution: hedges and unnamed voices', () => {
  it('contests accusations, failed verification and unnamed supporters or reports', () => {
    expect(
      who('The talks collapsed, with each side accusing the other of delay.').hedges
    ).toContain('accusing')
    expect(who('We have not been able to verify the video.').hedges.length).toBeGreaterThan(0)
    expect(who('The sale has not been confirmed by either side.').hedges.length).toBeGreaterThan(0)
    expect(who('The mayor said so, though the council has not confirmed it.').hedges).toEqual([])
    expect(who('Supporters of the plan counter that it is the only way.').hedges).toContain(
      'Supporters of the plan'
    )
    // Hearsay is quoted with its verb: what the reader sees is "Reports in the capital say".
    expect(who('Reports in the capital say the mayor will resign.').hedges).toContain(
      'Reports in the capital say'
    )
    expect(who('The port office blamed the storm for the delay.').hedges).toContain('blamed')
  })

  it('contests reports named as hearsay, not a correspondent who reports', () => {
    expect(who('Can you confirm reports that the envoy met the mayor alone?').hedges).toContain(
      'reports'
    )
    expect(who('Our correspondent reports that the delegation arrived first.').hedges).toEqual([])
    expect(who('There are also murmurs about the harbour.').hedges).toContain('murmurs')
    expect(
      who('A report that describes a crime without naming a suspect will be read as a verdict.')
        .hedges
    ).toEqual([])
  })

  it('reads no source in what is yet to be said, a topic written about or a refusal', () => {
    expect(who('The harbour board should say plainly that it will reopen the quay.').source).toBe(
      undefined
    )
    expect(who('Eva Holm writes about shipping for the Courier.').source).toBe(undefined)
    expect(who('Lindmark said no to tolls on its ferries.').source).toBe(undefined)
    expect(who('Organisers said about 40 people took part.').source).toBe('Organisers')
  })

  it('reads anonymous and impersonal sourcing', () => {
    expect(who('People close to him say he will not run again.').source).toBe('People close to him')
    expect(who('The mayor will resign, it is understood.').source).toBe('it is understood')
  })
})

describe('transcripts', () => {
  it('gives a labelled turn, and its first person, to the speaker', () => {
    const speakers = new Set(['Velt'])
    expect(who('Velt: It was a long night.', { speakers }).source).toBe('Velt')
    expect(who('VELT: Yes, I can confirm the sale.').source).toBe('VELT')
    const next = who('We will not sell the ferry.', { speaker: 'Velt' })
    expect(next).toMatchObject({ source: 'Velt', words: 'We' })
  })

  it('reads a one-word label before a quotation as its speaker', () => {
    expect(who('Velt: “We are not there yet.”').source).toBe('Velt')
    expect(who('Correction: The ferry runs on Sundays.').source).toBeUndefined()
  })

  it('gives the interviewer no voice of its own', () => {
    expect(who('Q: The mayor was in the port this week.').source).toBeUndefined()
    expect(who('The ferry is late.', { speaker: 'Q' }).source).toBeUndefined()
    expect(who('QUESTION (Vale Radio): The mayor was in the port.').source).toBeUndefined()
    const speakers = new Set(['Review', 'Velt'])
    const interviewers = new Set(['Review'])
    expect(who('Review: Has the mayor said yes?', { speakers, interviewers }).source).toBe(
      undefined
    )
    expect(
      who('Review: Critics say the port is too small.', { speakers, interviewers }).source
    ).not.toBe('Review')
    expect(who('Velt: Not yet.', { speakers, interviewers }).source).toBe('Velt')
  })

  it('gives a briefing’s question to the reporter its label names, and a plain “Q” to no one', () => {
    expect(who('Q (Ola Berg, Radio Norvik): Will the ferries run on Sunday?').source).toBe(
      'Ola Berg, Radio Norvik'
    )
    expect(who('QUESTION (Vale Radio): Has the mayor answered?').source).toBe('Vale Radio')
    expect(who('Q: Will the ferries run on Sunday?').source).toBeUndefined()
  })

  it('counts a one-word label as a speaker only when it recurs', () => {
    const labels = recurringLabels(['Q: Why?', 'Velt: Because.', 'Q: When?', 'Velt: Soon.'])
    expect([...labels]).toEqual(['Velt'])
    expect(recurringLabels(['Correction: An earlier version misstated the date.']).size).toBe(0)
    // A hyphened name is one word.
    expect([...recurringLabels(['Al-Velt: Yes.', 'Q: And?', 'Al-Velt: No.'])]).toEqual(['Al-Velt'])
  })
})

describe('layout', () => {
  it('reads a timestamp alone on its line, a bullet, and a byline', () => {
    expect(layoutOf('09:40')).toMatchObject({ timestamp: '09:40', bodyStart: 5 })
    expect(layoutOf('- The council: five members')).toMatchObject({ bullet: '- ', bodyStart: 2 })
    expect(layoutOf('- The council: five members').speaker).toBeUndefined()
    expect(layoutOf('By Ana Lind | May 2, 2026').byline).toBeDefined()
    expect(layoutOf('By Friday, the council said, the ferry will run.').byline).toBeUndefined()
  })

  it('recognises photo credits in the styles newsrooms write them', () => {
    for (const credit of [
      'Vale Gazette/Ana Lind',
      '(Ana Lind / Vale Gazette)',
      'Vale Gazette photo by Ana Lind',
      'Photograph: Ana Lind for the Vale Gazette',
      'A ferry docks at dawn. (Photo: Ana Lind/VG)',
    ]) {
      expect(layoutOf(credit).credit, credit).toBeDefined()
    }
    expect(layoutOf('The ferry runs and/or the bus does.').credit).toBeUndefined()
    expect(
      layoutOf(
        '08:40 — First, the overnight picture: the harbour office says 64 ferries sailed overnight, far fewer than the night before.'
      ).credit
    ).toBeUndefined()
  })

  it('reads a dateline with its date in any order, the year too', () => {
    for (const [line, dateline] of [
      ['NORVIK, 15 March 2031 — The ferry left.', 'NORVIK, 15 March 2031 — '],
      ['NORVIK, March 15, 2031 (VW) - The ferry left.', 'NORVIK, March 15, 2031 (VW) - '],
      ['NORVIK, March 15 — The ferry left.', 'NORVIK, March 15 — '],
    ]) {
      expect(layoutOf(line as string).dateline, line).toBe(dateline)
    }
  })
})

describe('dates', () => {
  const on = (text: string) =>
    datesIn(text, { earliest: '2026-03-10', latest: '2026-03-10' }).map((d) => [
      d.text,
      d.start,
      d.end,
    ])

  // 2026-03-10 is a Tuesday.
  it('reads “before the weekend” and “later in the week” as what is left of this week', () => {
    expect(on('Findings are expected before the weekend.')).toEqual([
      ['weekend', '2026-03-10', '2026-03-13'],
    ])
    expect(on('They will publish findings later in the week.')).toEqual([
      ['in the week', '2026-03-10', '2026-03-15'],
    ])
  })

  it('reads a span of something as no date', () => {
    expect(on('The truce took hold on March 2 after eleven months of talks.')).toEqual([
      ['March 2', '2026-03-02', '2026-03-02'],
    ])
  })

  it('reads a weekday something is “to be” done on as the coming one, not one said of it', () => {
    expect(on('A package to be discussed by ministers in Lisbon on Thursday.')).toEqual([
      ['on Thursday', '2026-03-12', '2026-03-12'],
    ])
    expect(on('The deal was said to be signed on Thursday.')).toEqual([
      ['on Thursday', '2026-03-05', '2026-03-05'],
    ])
  })

  it('looks ahead only in the date’s own clause', () => {
    expect(on('The swap agreed on Thursday is real, and so is the relief it will bring.')).toEqual([
      ['on Thursday', '2026-03-05', '2026-03-05'],
    ])
    expect(on('The talks on Thursday will focus on ferries.')).toEqual([
      ['on Thursday', '2026-03-12', '2026-03-12'],
    ])
  })

  it('reads a lower-case weekday abbreviation as the word it is', () => {
    expect(on('The delegates sat down on Tuesday.')).toEqual([
      ['on Tuesday', '2026-03-10', '2026-03-10'],
    ])
    expect(on('The sun rose over the hall.')).toEqual([])
    expect(on('Talks resume on Wed. as planned.').length).toBe(1)
  })

  it('reads how long something lasts as no date', () => {
    expect(on('The moratorium will last 45 days from March 2.')).toEqual([
      ['March 2', '2026-03-02', '2026-03-02'],
    ])
    expect(on('Strikes fell over the last two weeks.')).toEqual([])
    expect(on('They met last week.')).toHaveLength(1)
  })

  it('reads two days of one month joined by “and” or a dash as one span', () => {
    expect(on('The round was held on March 2 and 3 in Varna.')).toEqual([
      ['March 2', '2026-03-02', '2026-03-03'],
    ])
    expect(on('Envoys met on 4 and 5 March.')).toEqual([['5 March', '2026-03-04', '2026-03-05']])
    expect(on('Envoys met on March 4, and 12 ministers joined them.')).toEqual([
      ['March 4', '2026-03-04', '2026-03-04'],
    ])
  })

  it('reads a weekend as its Saturday and Sunday', () => {
    // 2026-03-10 is a Tuesday: last weekend is 7 and 8 March.
    expect(on('The swap followed last weekend’s talks.')).toEqual([
      ['last weekend', '2026-03-07', '2026-03-08'],
    ])
  })

  it('reads the document’s own weekday as its day, at any hour', () => {
    expect(on('The spokeswoman spoke at the press centre on Tuesday evening.')).toEqual([
      ['on Tuesday evening', '2026-03-10', '2026-03-10'],
    ])
  })

  it('sets a weekday a plan or an expectation is set for in the coming week', () => {
    expect(on('The handover was planned for Sunday, a delegate said.')).toEqual([
      ['Sunday', '2026-03-15', '2026-03-15'],
    ])
    expect(on('We expect the other side to answer on the list by Thursday.')).toEqual([
      ['Thursday', '2026-03-12', '2026-03-12'],
    ])
    // A timetable in the present tense: "talks resume at 10:00 on Thursday".
    expect(on('Talks resume at 10:00 on Thursday, the ministry said.')).toEqual([
      ['at 10:00 on Thursday', '2026-03-12', '2026-03-12'],
    ])
    // A weekday nothing is set for is the last one.
    expect(on('The ferry sailed on Sunday, the port said.')).toEqual([
      ['on Sunday', '2026-03-08', '2026-03-08'],
    ])
  })

  it('reads a night by its two days, and midnight by the day it opens', () => {
    expect(on('The depot was shelled on the night of 7 to 8 March.')).toEqual([
      ['night of 7 to 8 March', '2026-03-07', '2026-03-08'],
    ])
    expect(on('The pause starts at midnight local time on 14 March.')).toEqual([
      ['on 14 March', '2026-03-14', '2026-03-14'],
    ])
  })

  it('dates a time of day by the day beside it, and alone by the document', () => {
    expect(on('The pause begins at 00:01 local time on Thursday, 12 March.')).toEqual([
      ['on Thursday, 12 March', '2026-03-12', '2026-03-12'],
    ])
    expect(on('09:12 GMT: The envoys have arrived.')).toEqual([
      ['09:12 GMT', '2026-03-10', '2026-03-10'],
    ])
  })

  it('reads a weekday that starts something as the coming one, a closed range as past', () => {
    expect(on('From Thursday, as agreed.')).toEqual([['Thursday', '2026-03-12', '2026-03-12']])
    expect(on('They met on Thursday.')).toEqual([['on Thursday', '2026-03-05', '2026-03-05']])
    expect(on('From Monday to Wednesday the envoys met.')[0]?.[1]).toBe('2026-03-09')
  })

  it('reads “the last week of April” as a week of April, not last week', () => {
    expect(on('Rooms are held for the last week of April.')).toEqual([
      ['last week of April', '2026-04-24', '2026-04-30'],
    ])
    expect(on('Talks are set for the second week of April.')).toEqual([
      ['second week of April', '2026-04-08', '2026-04-14'],
    ])
    expect(on('They met last week.')).toEqual([['last week', '2026-03-03', '2026-03-09']])
  })

  it('reads “the week to March 8” as the seven days up to it', () => {
    expect(on('Drones launched in the week to March 8 rose.')).toEqual([
      ['in the week to March 8', '2026-03-02', '2026-03-08'],
    ])
    expect(on('Drones launched in the week ending March 8 rose.')).toEqual([
      ['in the week ending March 8', '2026-03-02', '2026-03-08'],
    ])
  })
})

describe('negation and the clause it reaches', () => {
  const negated = (text: string, word: string) =>
    tokensOf(text).find((t) => t.lower === word)?.negated

  it('stops at a clause of its own, which a negation inside may open again', () => {
    const text =
      'The paper could not verify a claim that Velmora had demanded a halt to the ferries.'
    expect(negated(text, 'verify')).toBe(true)
    expect(negated(text, 'demanded')).toBe(false)
    expect(negated('Officials said that the accord was not signed.', 'signed')).toBe(true)
  })
})
