/**
 * Conflicts between sentences, rule by rule, on invented reports: each rule finds the clash it
 * owns and leaves alone the near miss that merely shares words, figures or dates.
 */
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/corpus/parse.ts'
import { buildDossier } from '../../src/index/build-dossier.ts'
import type { LabelledPassage } from '../../src/provenance/schema.ts'

const doc = (id: string, date: string, ...paragraphs: string[]) =>
  parseDocument(
    `---
id: ${id}
title: ${id}
publisher: null
date: { earliest: ${date}, latest: ${date}, stated: true }
language: en
---
${id}

${paragraphs.join('\n\n')}`,
    `${id}.txt`
  )

function dossier(...documents: ReturnType<typeof doc>[]) {
  return spelled({}, ...documents)
}

/** A dossier whose alias table spells names several ways. */
function spelled(names: Record<string, string[]>, ...documents: ReturnType<typeof doc>[]) {
  const passages = buildDossier({
    documents,
    aliases: { names, synonyms: {}, contrasts: {} },
  }).passages
  const at = (phrase: string): LabelledPassage => {
    const p = passages.find((x) => x.text.includes(phrase))
    if (!p) throw new Error(`no passage holds “${phrase}”`)
    return p
  }
  const sentence = (phrase: string) => {
    const p = at(phrase)
    const s = p.sentences.find((x) => p.text.slice(x.start, x.end).includes(phrase))
    if (!s) throw new Error(`no sentence holds “${phrase}”`)
    return s
  }
  const pairs = new Set(
    passages.flatMap((p) => (p.conflictsWith ?? []).map((o) => [p.id, o].sort().join(' | ')))
  )
  const pair = (a: string, b: string) => pairs.has([at(a).id, at(b).id].sort().join(' | '))
  return { at, sentence, pair, pairs }
}

describe('figures of one measure', () => {
  const d = dossier(
    doc(
      'wire',
      '2031-05-07',
      'The two guilds will exchange 212 detainees on Thursday, the Norvik port authority said.',
      'The rebels launched 48 drones at Norvik overnight into Tuesday, the navy said.'
    ),
    doc(
      'live',
      '2031-05-08',
      'The exchange, agreed in Norvik on Wednesday, covers 205 detainees, the Norvik port authority said.',
      'The rebels launched 61 drones at Norvik overnight, the navy said.'
    ),
    doc(
      'weekly',
      '2031-05-09',
      'The rebels launched more than 400 drones at Norvik in the first week of May, the navy said.'
    )
  )

  it('contests two counts of one exchange, both ways, with a reason quoting both', () => {
    expect(d.pair('212 detainees', '205 detainees')).toBe(true)
    const reason = d.sentence('212 detainees').reasons?.find((r) => r.startsWith('This says'))
    expect(reason).toBe('This says “212 detainees”, while another passage says “205 detainees”.')
    expect(d.sentence('205 detainees').status).toBe('contested')
  })

  it('leaves two nights, and a night against a week, alone', () => {
    expect(d.pair('48 drones', '61 drones')).toBe(false)
    expect(d.pair('61 drones', '400 drones')).toBe(false)
    expect(d.sentence('61 drones').status).not.toBe('contested')
  })
})

describe('dates of one event', () => {
  const d = dossier(
    doc(
      'monday',
      '2031-05-07',
      'Negotiators resumed talks in Lisvarna on Monday, the harbour office said.',
      'The envoys met in Brest on April 20, officials said.'
    ),
    doc(
      'saturday',
      '2031-05-10',
      'When the round opened in Lisvarna on May 6, nobody expected a deal.'
    ),
    doc('early', '2031-05-01', 'The mediators are due to reconvene in Lisvarna on Friday.'),
    doc('explainer', '2031-05-09', 'The next meeting is scheduled for May 14 in Lisvarna.'),
    doc(
      'update',
      '2031-05-10',
      'Negotiators are due to meet again in Lisvarna on May 15, an aide said.'
    ),
    doc(
      'swap',
      '2031-05-09',
      'The guilds exchanged prisoners on Thursday, the mediators said.',
      'Wednesday’s exchange was brokered by the harbour board.',
      'The board said the list had been settled on Tuesday.'
    )
  )

  it('contests an opening put on Monday in one report and on May 6 in another', () => {
    expect(d.pair('resumed talks in Lisvarna on Monday', 'opened in Lisvarna on May 6')).toBe(true)
    expect(d.pair('met in Brest on April 20', 'opened in Lisvarna on May 6')).toBe(false)
  })

  it('compares upcoming meetings only while both are still ahead', () => {
    expect(d.pair('scheduled for May 14', 'meet again in Lisvarna on May 15')).toBe(true)
    expect(d.pair('reconvene in Lisvarna on Friday', 'scheduled for May 14')).toBe(false)
  })

  it('contests one exchange given two weekdays in one report, not the date of another step', () => {
    expect(d.sentence('exchanged prisoners on Thursday').status).toBe('contested')
    expect(d.sentence('Wednesday’s exchange').status).toBe('contested')
    expect(d.sentence('settled on Tuesday').status).not.toBe('contested')
  })

  it('contests the start of the talks put on two days, named only as talks', () => {
    const talks = dossier(
      doc(
        'wire',
        '2031-05-08',
        'The harbour talks opened in Lisvarna on Tuesday, the mediators said.',
        'Since the round opened on Monday, the guilds have traded proposals daily.'
      ),
      doc(
        'later',
        '2031-05-20',
        'A second round of talks opened on May 19, a week after the first ended.'
      )
    )
    expect(talks.pair('opened in Lisvarna on Tuesday', 'opened on Monday')).toBe(true)
    expect(talks.pair('opened in Lisvarna on Tuesday', 'opened on May 19')).toBe(false)
  })
})

describe('claims and denials', () => {
  const d = dossier(
    doc(
      'blog',
      '2031-06-02',
      'The guild has agreed in principle to a 12-day ceasefire, a senior harbour official said.'
    ),
    doc(
      'briefing',
      '2031-06-03',
      'No, there is no such agreement, and reports that the guild has agreed to a 12-day ceasefire are simply untrue, Novak said.',
      'A proposed 12-day ceasefire has not taken effect.'
    ),
    doc(
      'fire',
      '2031-06-03',
      'The ministry blamed rebel shelling for the fire. The operator rejected the accusation and said a cable had failed.'
    )
  )

  it('contests a claim and the denial that names it', () => {
    expect(d.pair('has agreed in principle', 'are simply untrue')).toBe(true)
  })

  it('does not take a proposal for the agreement denied', () => {
    expect(d.pair('A proposed 12-day ceasefire', 'are simply untrue')).toBe(false)
    expect(d.sentence('A proposed 12-day ceasefire').status).not.toBe('contested')
  })

  it('contests an accusation and its rejection in one passage without a passage naming itself', () => {
    const p = d.at('rejected the accusation')
    expect(p.sentences.map((s) => s.status)).toEqual(['contested', 'contested'])
    expect(p.conflictsWith ?? []).not.toContain(p.id)
    expect(p.sentences[1]?.reasons).toContain(
      'This says “rejected the accusation”, while another sentence here says “The ministry blamed rebel shelling for the fire”.'
    )
  })
})

describe('a denial that points back with a pronoun', () => {
  const d = dossier(
    doc(
      'explainer',
      '2031-06-04',
      'Ostlandic state media reported during the talks that Velmora had agreed to discuss the harbour district it still holds. Velmora denies it. The talks resume on Monday.'
    )
  )

  it('contests the report “it” stands for, and nothing after it', () => {
    expect(d.sentence('Ostlandic state media reported').status).toBe('contested')
    expect(d.sentence('Velmora denies it.').status).toBe('contested')
    expect(d.sentence('The talks resume on Monday.').status).not.toBe('contested')
  })
})

describe('an answer that denies what was put to it', () => {
  const d = dossier(
    doc(
      'blog',
      '2031-06-02',
      'We are hearing that the Varna guild has agreed to sell the harbour cranes to a rival port.'
    ),
    doc(
      'transcript',
      '2031-06-03',
      'Q: Is it true that the Varna guild has agreed to sell the harbour cranes?',
      'DORN: There is no truth in those reports.',
      'Q: Dockers accuse the guild of cutting night shifts. Do you deny it?',
      'DORN: We dismiss that as a fabrication.',
      'Q: Will the guild sell the old ferries?',
      'DORN: No, not this year.'
    )
  )

  it('denies the claim the question put, wherever the dossier makes it', () => {
    expect(d.pair('There is no truth in those reports', 'We are hearing that')).toBe(true)
  })

  it('denies an accusation put to it, past a question that names nothing', () => {
    expect(d.pair('We dismiss that as a fabrication', 'Q: Dockers accuse')).toBe(true)
  })

  it('does not reach back past a question that names something else', () => {
    expect(d.sentence('No, not this year').status).not.toBe('contested')
  })
})

describe('a date after an event noun dates that event', () => {
  const d = dossier(
    doc(
      'wire',
      '2031-05-08',
      'Envoys held a long day of talks in Varna on Wednesday, the port authority said.'
    ),
    doc('brief', '2031-05-09', 'LIND: Let me begin with the talks in Varna on 6 May.'),
    doc(
      'note',
      '2031-05-09',
      'Envoys held another round of talks in Varna on Tuesday, the port authority said.'
    )
  )

  it('contests one round of talks given two days, whatever verb stands before it', () => {
    expect(d.pair('long day of talks in Varna on Wednesday', 'begin with the talks')).toBe(true)
  })

  it('leaves a round counted as another alone', () => {
    expect(d.pair('another round of talks', 'long day of talks')).toBe(false)
  })
})

describe('an event anchored by what it happens to', () => {
  const d = dossier(
    doc(
      'wire',
      '2031-05-11',
      'The two guilds exchanged 40 detainees each on Saturday, the harbour office said.',
      'Customs crews exchanged cargo pallets on Thursday.'
    ),
    doc(
      'blog',
      '2031-05-13',
      'Back to last Friday’s detainee swap: relatives gathered at the quay today.'
    )
  )

  it('contests one swap of detainees given two days, with no name in common', () => {
    expect(d.pair('exchanged 40 detainees', 'last Friday’s detainee swap')).toBe(true)
  })

  it('leaves a swap of something else alone', () => {
    expect(d.pair('exchanged cargo pallets', 'last Friday’s detainee swap')).toBe(false)
  })
})

describe('those who meet, due in a place, is a meeting', () => {
  const d = dossier(
    doc(
      'analysis',
      '2031-05-12',
      'Ministers are now expected in Varna on Thursday, May 15, a week later than first planned.',
      'If Wednesday’s summit in Varna fails, the truce will lapse.'
    ),
    doc(
      'cargo',
      '2031-05-12',
      'Grain barges are expected in Varna on Thursday, May 15.',
      'Wednesday’s inspection in Varna went smoothly.'
    )
  )

  it('contests one summit given two weekdays in one report', () => {
    expect(d.pair('Ministers are now expected', 'Wednesday’s summit')).toBe(true)
  })

  it('leaves things that are due in a place alone', () => {
    expect(d.sentence('Grain barges are expected').status).not.toBe('contested')
  })
})

describe('shares that answer one question in other words', () => {
  const d = dossier(
    doc(
      'poll',
      '2031-07-04',
      'A survey by the Varna Polling Centre found that 41% of sailors support a longer season.',
      'Only 12% of respondents said they believed the guild would agree.'
    ),
    doc(
      'feature',
      '2031-07-06',
      'A survey by the Varna Polling Centre found that 47% of sailors back a longer season.',
      'The Varna Polling Centre found that 30% of sailors oppose a longer season.'
    )
  )

  it('contests one share given two figures, whether they "support" or "back" it', () => {
    expect(d.pair('41% of sailors support', '47% of sailors back')).toBe(true)
  })

  it('leaves the share against it, and another question, alone', () => {
    expect(d.sentence('30% of sailors oppose').status).not.toBe('contested')
    expect(d.sentence('Only 12% of respondents').status).not.toBe('contested')
  })
})

describe('counts with no name in common', () => {
  const d = dossier(
    doc(
      'wire',
      '2031-05-07',
      'The two guilds agreed to swap 300 detainees each before the end of the month, the hosts said.'
    ),
    doc(
      'live',
      '2031-05-06',
      'A first draft on detainee swaps is on the table. “We are talking about 250 people on each side,” a delegate told our correspondent.',
      'The guilds are planning for delegations of up to 40 people each.',
      'The hard part is the dive mission. Engineers drafting its mandate say it will number about 25 divers, drawn from three ports.',
      'Two officials said the talks would resume.'
    ),
    doc(
      'photo',
      '2031-05-09',
      'The wreck will be surveyed by a dive mission of 40 divers, the port office said on Sunday.',
      'Five officials told reporters the talks would resume.'
    )
  )

  it('contests a count of something named by the paragraph it stands in', () => {
    expect(d.pair('number about 25 divers', 'mission of 40 divers')).toBe(true)
  })

  it('contests a count per side against the swap the other report counts', () => {
    expect(d.pair('swap 300 detainees each', '250 people on each side')).toBe(true)
  })

  it('leaves another count per side, and counts of sources, alone', () => {
    expect(d.pair('up to 40 people each', '250 people on each side')).toBe(false)
    expect(d.pair('Two officials said', 'Five officials told')).toBe(false)
  })
})

describe('corrections', () => {
  const d = dossier(
    doc(
      'explainer',
      '2031-07-04',
      'The Norvik water plant was shut for 9 hours on Monday, the city said, the latest of several closures.',
      'Talks on the ferry line lasted 9 hours.'
    ),
    doc(
      'update',
      '2031-07-05',
      'Correction: An earlier version of this story incorrectly said the closure lasted 9 hours; it lasted six hours.'
    )
  )

  it('contests the correction note against the figure it withdraws', () => {
    expect(d.pair('shut for 9 hours', 'incorrectly said')).toBe(true)
  })

  it('leaves the same figure for something else alone', () => {
    expect(d.pair('Talks on the ferry line', 'incorrectly said')).toBe(false)
  })
})

describe('a correction note with no marker word', () => {
  const d = dossier(
    doc(
      'poll',
      '2031-07-04',
      'A survey by the Varna Polling Centre found that 41% of sailors back a longer season.',
      'Correction: An earlier version of this article said 47% of sailors back a longer season; the correct figure is 41%.'
    ),
    doc(
      'feature',
      '2031-07-06',
      'A survey by the Varna Polling Centre found that 47% of sailors back a longer season, and many harbour workers agree.'
    )
  )

  it('reads what the earlier version said as the figure withdrawn', () => {
    expect(d.pair('said 47% of sailors', 'many harbour workers agree')).toBe(true)
  })

  it('does not set the withdrawn figure against the corrected one it stands beside', () => {
    expect(d.pair('found that 41% of sailors', 'said 47% of sailors')).toBe(false)
  })
})

describe('a correction note that says what an earlier version “also said”', () => {
  const d = dossier(
    doc(
      'swap',
      '2031-07-07',
      'Ostland and Velmora exchanged 120 sailors each at the Norvik crossing.',
      'An earlier version also said the sailor exchange took place on Saturday, July 5; it took place on Sunday, July 6.'
    ),
    doc(
      'analysis',
      '2031-07-09',
      'The most tangible result so far was last Saturday’s sailor swap at the Norvik crossing.'
    ),
    doc(
      'draft',
      '2031-07-09',
      'An earlier version of the draft said the crossing would open on Saturday, July 5.'
    )
  )

  it('reads the day it withdraws, and a draft’s earlier version as no note', () => {
    expect(d.pair('last Saturday’s sailor swap', 'An earlier version also said')).toBe(true)
    expect(d.pair('An earlier version of the draft', 'An earlier version also said')).toBe(false)
  })
})

describe('an event that happens once, named as the one by two reports', () => {
  const d = dossier(
    doc(
      'live',
      '2031-07-05',
      'Ostland and Velmora are carrying out the exchange agreed at the Lindmark talks today, Saturday 5 July, at the Norvik crossing.'
    ),
    doc(
      'analysis',
      '2031-07-09',
      'The exchange of July 6 was a rare piece of good news from a long winter.',
      'The second exchange, on July 7, went more smoothly.'
    )
  )

  it('sets the two days against each other, and not an exchange counted as another', () => {
    expect(d.pair('carrying out the exchange', 'The exchange of July 6')).toBe(true)
    expect(d.pair('carrying out the exchange', 'The second exchange')).toBe(false)
  })
})

describe('a title a correction note withdraws', () => {
  const d = dossier(
    doc('wire', '2031-08-01', 'Norway sent Deputy Foreign Minister Ana Vell to the talks.'),
    doc(
      'live',
      '2031-08-02',
      '10:10 — Norwegian Foreign Minister Ana Vell told reporters in the lobby that the talks would run late.'
    ),
    doc(
      'wrap',
      '2031-08-03',
      'Ana Vell, the deputy foreign minister, signed for Norway.',
      'Correction: An earlier version of our live coverage wrongly described Ana Vell as Norway’s foreign minister; she is a deputy foreign minister.'
    )
  )

  it('pairs the odd title with the note that withdraws it, and contests both', () => {
    expect(d.pair('Norwegian Foreign Minister Ana Vell', 'wrongly described Ana Vell')).toBe(true)
    expect(d.sentence('wrongly described Ana Vell').status).toBe('contested')
    expect(d.sentence('Norway sent Deputy Foreign Minister').status).not.toBe('contested')
  })
})

describe('titles', () => {
  const d = dossier(
    doc('first', '2031-08-01', 'Jan Novak, head of the presidential office, joined the talks.'),
    doc('second', '2031-08-02', 'The president’s chief of staff, Jan Novak, was in Lisvarna.'),
    doc('third', '2031-08-03', 'Jan Novak, the country’s customs chief, joined the delegation.'),
    doc(
      'photo',
      '2031-08-04',
      'Jan Novak, the customs chief, arrives in Lisvarna. (Photo: A. Berg/Norvik Daily)'
    )
  )

  it('contests only the odd title out, paired with the usual one nearest in what it tells', () => {
    expect(d.pair('customs chief, joined', 'head of the presidential office')).toBe(true)
    expect(d.sentence('chief of staff, Jan Novak').status).not.toBe('contested')
    expect(d.sentence('head of the presidential office').status).not.toBe('contested')
  })

  it('takes no caption as evidence', () => {
    expect(d.at('arrives in Lisvarna').conflictsWith).toBeUndefined()
  })
})

describe('a rank qualifier makes another office', () => {
  const d = dossier(
    doc('wire', '2031-08-01', 'Deputy Harbour Minister Ana Lind opened the port talks in Varna.'),
    doc('blog', '2031-08-02', 'The delegation is led by Deputy Harbour Minister Ana Lind.'),
    doc(
      'chat',
      '2031-08-05',
      'Harbour Minister Ana Lind told me in Varna that the port talks would go on.'
    ),
    doc(
      'memo',
      '2031-08-06',
      'Harbour Minister Piet Dorn met Ana Lind, the deputy minister, on Friday.'
    )
  )

  it('contests the title without the qualifier the rest give, beside the nearest report', () => {
    expect(d.sentence('told me in Varna').status).toBe('contested')
    expect(d.pair('told me in Varna', 'opened the port talks')).toBe(true)
    expect(d.pair('told me in Varna', 'The delegation is led')).toBe(false)
    expect(d.sentence('The delegation is led').status).not.toBe('contested')
  })

  it('leaves the same rank in other words, and another holder of the office, alone', () => {
    expect(d.sentence('the deputy minister, on Friday').status).not.toBe('contested')
  })
})

describe('a weekday and a day of the month that disagree', () => {
  const d = dossier(
    doc(
      'calendar',
      '2031-03-10',
      'The board met on Wednesday, March 4, the clerk said.',
      'The board met again on Thursday, March 6, the clerk said.'
    )
  )

  it('contests the sentence on its own, naming the day the calendar gives', () => {
    const s = d.sentence('Wednesday, March 4')
    expect(s.status).toBe('contested')
    expect(s.reasons).toContain('This says “on Wednesday, March 4”, but 4 March 2031 is a Tuesday.')
    expect(s.conflictsWith).toBeUndefined()
    expect(d.sentence('Thursday, March 6').status).not.toBe('contested')
  })
})

describe('a wrong weekday beside a report that gives the day its own', () => {
  const d = dossier(
    doc(
      'live',
      '2031-03-02',
      'The next round is pencilled in for Wednesday, March 5, a diplomat said.',
      'Delegates are already preparing for the Thursday 5 March meeting.'
    )
  )

  it('sets the wrong weekday against the right one', () => {
    expect(d.pair('Thursday 5 March', 'Wednesday, March 5')).toBe(true)
    expect(d.sentence('Wednesday, March 5').status).toBe('contested')
  })
})

describe('an event a report calls “the same”', () => {
  const d = dossier(
    doc(
      'hearing',
      '2031-05-10',
      'Ana Vell told the harbour committee on Monday that the ferry deal would be signed in June.',
      'During the same committee hearing on Friday, Vell said the tolls would be cut.',
      'At the same time, the board met on Wednesday to discuss fares.'
    )
  )

  it('sets its day against the day the earlier sentence gives it, and nothing else', () => {
    expect(d.pair('the same committee hearing on Friday', 'harbour committee on Monday')).toBe(true)
    expect(d.sentence('At the same time').status).not.toBe('contested')
  })
})

describe('signed and not signed', () => {
  const d = dossier(
    doc(
      'signed',
      '2031-09-05',
      'The two ports signed the ferry accord in Lisvarna on Friday, the harbour office said.'
    ),
    doc(
      'unsigned',
      '2031-09-06',
      'The ferry accord has not been signed, a Lisvarna official said.'
    ),
    doc('plan', '2031-09-07', 'The ports will sign the ferry accord in Lisvarna next month.'),
    doc(
      'pact',
      '2031-09-08',
      'The ports signed the fishing pact in Lisvarna, the harbour office said.'
    )
  )

  it('contests the accord signed against the accord not signed', () => {
    expect(d.pair('signed the ferry accord', 'has not been signed')).toBe(true)
  })

  it('reads a plan to sign as neither, and another document as another slot', () => {
    expect(d.pair('will sign the ferry accord', 'has not been signed')).toBe(false)
    expect(d.pair('signed the fishing pact', 'has not been signed')).toBe(false)
  })
})

describe('more ways to name an event, a denial, a correction and a sum', () => {
  const d = dossier(
    doc('vote', '2031-09-10', 'The referendum was held in Dorvik on Sunday, officials said.'),
    doc('vote-later', '2031-09-11', 'The Dorvik referendum took place on Saturday.'),
    doc(
      'claim',
      '2031-09-12',
      'The harbour guild agreed to a 12-day truce in Lisvarna, a union official said.',
      'The Lisvarna mayor resigned on Monday, the paper reported.'
    ),
    doc(
      'denial',
      '2031-09-13',
      'The guild denied agreeing to a 12-day truce in Lisvarna.',
      'There is no truth to reports that the Lisvarna mayor resigned, his office said.'
    ),
    doc('talks', '2031-10-08', 'The ferry talks opened in Lisvarna on Monday, the port said.'),
    doc(
      'note',
      '2031-10-09',
      'Correction: An earlier version of this story incorrectly said the ferry talks opened on Monday; they opened on Tuesday.'
    ),
    doc(
      'pledge',
      '2031-10-10',
      'The donors pledged $12 billion to the Lisvarna rebuilding fund, the bank said.'
    ),
    doc(
      'pledge-later',
      '2031-10-11',
      'The donors pledged $15 billion to the Lisvarna rebuilding fund, officials said.',
      'Frozen assets worth $15 billion sit in Lisvarna banks.'
    )
  )

  it('dates an event by the subject of "was held" and "took place"', () => {
    expect(d.pair('was held in Dorvik on Sunday', 'took place on Saturday')).toBe(true)
  })

  it('reads "denied agreeing" and "no truth to reports that" as denials of the claim', () => {
    expect(d.pair('agreed to a 12-day truce', 'denied agreeing')).toBe(true)
    expect(d.pair('mayor resigned on Monday', 'no truth to reports')).toBe(true)
  })

  it('contests an event still dated to the day a correction withdraws', () => {
    expect(d.pair('opened in Lisvarna on Monday', 'incorrectly said')).toBe(true)
  })

  it('compares sums of one fund, not a sum of something else', () => {
    expect(d.pair('$12 billion', 'pledged $15 billion')).toBe(true)
    expect(d.pair('$12 billion', 'Frozen assets')).toBe(false)
  })
})

describe('dates named by their noun, counts of its own, offices held before', () => {
  const d = dossier(
    doc(
      'first',
      '2031-03-05',
      'Envoys met in Oslo on Feb. 20 for talks that lasted five hours.',
      'Tuesday’s meeting in Bergen focused on detainees.',
      'The rebels freed 90 Tarnow sailors on Sunday, the mediators said.',
      'Anna Berg, the former harbour minister, joined the talks.'
    ),
    doc(
      'second',
      '2031-03-06',
      'The Feb. 21 meeting in Oslo was the first since autumn.',
      'The meeting on Wednesday in Bergen focused on detainees, a diplomat said.',
      'Tarnow said 95 of its sailors were freed on Sunday.',
      'Harbour Minister Anna Berg arrived in Bergen.',
      'The border accord remains unsigned, officials said.'
    ),
    doc(
      'third',
      '2031-03-08',
      'Harbour Minister Anna Berg spoke to reporters.',
      'Ex-mayor Lars Holm, now a consul, attended.',
      'Consul Lars Holm said little.',
      'The two sides signed the border accord in Geneva last week, the mediators said.'
    ),
    doc(
      'fourth',
      '2031-03-20',
      'The two sides signed the harbour accord on March 19, the mediators said.'
    ),
    doc('fifth', '2031-03-12', 'The harbour accord has not been signed, officials said.')
  )

  it('dates a meeting by "the Feb. 21 meeting" and "the meeting on Wednesday"', () => {
    expect(d.pair('met in Oslo on Feb. 20', 'The Feb. 21 meeting')).toBe(true)
    expect(d.pair('Tuesday’s meeting in Bergen', 'meeting on Wednesday')).toBe(true)
  })

  it('counts "95 of its sailors" as sailors', () => {
    expect(d.pair('freed 90 Tarnow sailors', '95 of its sailors')).toBe(true)
  })

  it('contests "former minister" against the minister the rest have, not a later office', () => {
    expect(d.pair('former harbour minister', 'Harbour Minister Anna Berg arrived')).toBe(true)
    expect(d.sentence('Harbour Minister Anna Berg spoke').status).not.toBe('contested')
    expect(d.sentence('Ex-mayor Lars Holm').status).not.toBe('contested')
  })

  it('contests "remains unsigned" against an accord signed before that report', () => {
    expect(d.pair('remains unsigned', 'signed the border accord')).toBe(true)
    expect(d.pair('signed the harbour accord', 'has not been signed')).toBe(false)
  })
})

describe('an event a story tells once, given two weekdays in it', () => {
  const d = dossier(
    doc(
      'story',
      '2031-04-11',
      'The Dorvik ferry talks opened on Monday, the port said.',
      'When the Dorvik talks opened on Tuesday, the mood was tense.'
    ),
    doc(
      'rounds',
      '2031-04-11',
      'The first round opened in Brekka on Monday.',
      'A second round opened in Brekka on Thursday.'
    )
  )

  it('contests both mentions', () => {
    expect(d.pair('opened on Monday, the port said', 'opened on Tuesday')).toBe(true)
  })

  it('leaves events the story counts as two alone', () => {
    expect(d.pair('The first round opened', 'A second round opened')).toBe(false)
  })
})

describe('two meetings of one person, not one meeting misdated', () => {
  const d = dossier(
    doc('oslo', '2031-05-14', 'The mediator met Lindqvist in Oslo on May 12, aides said.'),
    doc('bergen', '2031-05-15', 'The mediator met Lindqvist in Bergen on May 13, aides said.'),
    doc('plain', '2031-05-16', 'The mediator met Lindqvist on May 11, aides said.')
  )

  it('keeps meetings in two places, or with no place named, apart', () => {
    expect(d.pair('in Oslo on May 12', 'in Bergen on May 13')).toBe(false)
    expect(d.pair('in Oslo on May 12', 'met Lindqvist on May 11')).toBe(false)
  })
})

describe('a possibility is not the claim denied', () => {
  const d = dossier(
    doc(
      'hint',
      '2031-06-20',
      'The Varna guild could agree to a 9-day truce soon, a mediator said.',
      'If the Varna guild agreed to a 9-day truce, talks would resume.'
    ),
    doc('no', '2031-06-21', 'The Varna guild denied reports that it had agreed to a 9-day truce.')
  )

  it('leaves "could agree" and "if … agreed" alone', () => {
    expect(d.pair('could agree', 'denied reports')).toBe(false)
    expect(d.pair('If the Varna guild agreed', 'denied reports')).toBe(false)
  })
})

describe('a note that corrects a day without a marker word', () => {
  const d = dossier(
    doc(
      'first',
      '2031-11-07',
      'The ferry board meeting in Sundby took place on Wednesday, the port said.'
    ),
    doc(
      'amended',
      '2031-11-08',
      'This story has been amended to show that the ferry board meeting took place on Tuesday, not Wednesday.'
    )
  )

  it('contests the report that still gives the withdrawn day', () => {
    expect(d.pair('took place on Wednesday', 'has been amended')).toBe(true)
  })
})

describe('"former" where the rest of the dossier has the office held now', () => {
  const d = dossier(
    doc('c-former', '2031-01-05', 'The envoys met former President Ola Dahl in Bergen.'),
    doc('b-second', '2031-01-03', 'President Ola Dahl left for Bergen on Monday.'),
    doc('a-first', '2031-01-02', 'President Ola Dahl opened the session.')
  )

  it('contests only the former, paired with the report of the usual title nearest in what it tells', () => {
    expect(d.at('former President Ola Dahl').conflictsWith).toEqual([d.at('left for Bergen').id])
    expect(d.sentence('left for Bergen').status).not.toBe('contested')
  })
})

describe('a surname standing alone', () => {
  const d = dossier(
    doc('one', '2031-02-01', 'Mira Holt, head of the presidential office, joined the talks.'),
    doc('two', '2031-02-02', 'Holt, the president’s chief of staff, spoke first.'),
    doc('three', '2031-02-03', 'Holt, the country’s customs chief, left early.')
  )

  it('reads the title of a surname the dossier gives in full elsewhere', () => {
    expect(d.pair('customs chief', 'head of the presidential office')).toBe(true)
    expect(d.sentence('spoke first').status).not.toBe('contested')
  })
})

describe('a date reported, not the date of the report', () => {
  const d = dossier(
    doc('said', '2031-12-03', 'Officials said talks opened Monday in Vik.'),
    doc(
      'aides',
      '2031-12-04',
      'The talks opened in Vik on Tuesday, aides told reporters on Wednesday.'
    )
  )

  it('dates the opening in "said talks opened Monday", not the saying', () => {
    expect(d.pair('said talks opened Monday', 'opened in Vik on Tuesday')).toBe(true)
  })
})

describe('signed and not signed with only a place in common', () => {
  const d = dossier(
    doc('deal', '2031-12-10', 'The port has signed a fuel deal, Lisvarna officials said.'),
    doc('treaty', '2031-12-11', 'The ferry treaty was not signed, a Lisvarna mayor said.')
  )

  it('are two documents, not one', () => {
    expect(d.pair('has signed a fuel deal', 'was not signed')).toBe(false)
  })
})

describe('rough figures, durations, proposals', () => {
  const d = dossier(
    doc(
      'night',
      '2031-05-07',
      'The rebels launched 148 drones at Norvik overnight, the navy said.',
      'The guilds want both sides to commit to a 30-day pause on strikes against the docks, two aides said.',
      'The Norvik guild proposed an exchange of 500 sailors for 500 before the end of May.'
    ),
    doc(
      'photo',
      '2031-05-08',
      'The rebels fired nearly 170 drones at Norvik overnight into Wednesday, harbour officials said.',
      'The 45-day dock moratorium the guilds tabled on Monday is stuck, the harbour office said.',
      'On Monday, the Norvik guilds exchanged 175 sailors each, the harbour office said.',
      'About 290 sailors in Norvik were counted, more than 300 sailors short of the roll.'
    )
  )

  it('contests a count that falls outside what “nearly” allows', () => {
    expect(d.pair('148 drones', 'nearly 170 drones')).toBe(true)
  })

  it('contests two lengths of one pause, named in other words', () => {
    expect(d.pair('30-day pause', '45-day dock moratorium')).toBe(true)
  })

  it('does not set a proposed figure against the figure of what happened', () => {
    expect(d.pair('500 sailors for 500', '175 sailors each')).toBe(false)
  })
})

describe('events in other words', () => {
  const d = dossier(
    doc(
      'blog',
      '2031-05-07',
      'A video call between the two guild leaders is planned for Thursday, an aide said.',
      'The guild office said Friday’s call would focus on the docks.',
      'Talks will resume tomorrow morning at expert level, officials said.'
    ),
    doc(
      'wire',
      '2031-05-06',
      'The guild leaders are scheduled to meet in Lisvarna on May 10, the harbour office said.',
      'Talks opened in Lisvarna on Monday, the harbour office said.'
    ),
    doc(
      'later',
      '2031-05-13',
      'The leaders discussed the docks at Friday’s meeting in Lisvarna, an aide said.'
    ),
    doc('analysis', '2031-05-08', 'The next round is pencilled in for May 16, two aides said.'),
    doc('explainer', '2031-05-09', 'Another round is expected to begin on 18 May, diplomats say.')
  )

  it('contests one call given two weekdays in one report', () => {
    expect(d.sentence('planned for Thursday').status).toBe('contested')
    expect(d.sentence('Friday’s call').status).toBe('contested')
  })

  it('contests a planned meeting against the day a later report says it happened', () => {
    expect(d.pair('meet in Lisvarna on May 10', 'Friday’s meeting in Lisvarna')).toBe(true)
  })

  it('contests two dates of the next round, whether it is dated or its start', () => {
    expect(d.pair('pencilled in for May 16', 'begin on 18 May')).toBe(true)
  })

  it('leaves talks that resume alone against the day they opened', () => {
    expect(d.pair('resume tomorrow morning', 'opened in Lisvarna on Monday')).toBe(false)
  })
})

describe('a correction that moves a place', () => {
  const d = dossier(
    doc(
      'blog',
      '2031-05-07',
      '09:20 — The plenary is under way at the Palais des Guildes, our correspondent reports.',
      '11:05 — Correction: The plenary is being held at the Harbour Hotel, not at the Palais des Guildes as we reported at 09:20.',
      '12:00 — Envoys lunched at the Palais des Guildes garden, an aide said.'
    )
  )

  it('contests the sentence that still puts the event where the note says it is not', () => {
    expect(d.pair('under way at the Palais des Guildes', 'Correction: The plenary')).toBe(true)
    expect(d.sentence('Envoys lunched').status).not.toBe('contested')
  })
})

describe('denials in other words', () => {
  const d = spelled(
    { norvik: ['Norvik', 'Norvic'] },
    doc(
      'blog',
      '2031-06-02',
      'Norvik has agreed in principle to hand control of the harbour cranes to a neutral operator, two sources said.',
      'An Ostland source said Norvik had privately agreed to close the ferry line.'
    ),
    doc(
      'analysis',
      '2031-06-04',
      'Guild spokesman Ivo Rask dismissed as “pure invention” reports that Norvic was ready to give up control of the harbour cranes.'
    ),
    doc(
      'interview',
      '2031-06-05',
      'Ledger: How did the week go?',
      'Dorn: It was long. We talked every day.',
      'Ledger: Ostland officials reported that Norvic had privately agreed to close the ferry line.',
      'Dorn: That is simply not true — nobody in our guild agreed to close anything.'
    ),
    doc('other', '2031-06-04', 'Norvik handed the ferry tickets to the auditors, Rask said.')
  )

  it('contests a claim against its denial in other words and another spelling', () => {
    expect(d.pair('agreed in principle to hand control', 'pure invention')).toBe(true)
    expect(d.sentence('handed the ferry tickets').status).not.toBe('contested')
  })

  it('contests the report a denial answers, and other copies of it', () => {
    expect(d.pair('Ostland officials reported', 'That is simply not true')).toBe(true)
    expect(d.pair('An Ostland source said', 'That is simply not true')).toBe(true)
  })
})

describe('signed against nothing signed', () => {
  const d = dossier(
    doc(
      'blog',
      '2031-06-03',
      'The delegations have signed a memorandum on humanitarian issues, a spokesperson for the guild told reporters.',
      'The guilds signed a ferry accord on Tuesday, an aide said.'
    ),
    doc(
      'briefing',
      '2031-06-04',
      'QUESTION: Can you confirm the humanitarian memorandum was signed yesterday?',
      'MS. DORN: The text is agreed in substance, but nothing has been signed yet.',
      'QUESTION: What about the harbour budget?',
      'MS. DORN: Nothing has been decided.'
    )
  )

  it('reads a negative subject as not signed, and what the question asked as what', () => {
    expect(d.pair('signed a memorandum on humanitarian issues', 'nothing has been signed')).toBe(
      true
    )
    expect(d.pair('signed a ferry accord', 'nothing has been signed')).toBe(false)
  })
})

describe('events read in more of the ways reports date them', () => {
  const d = dossier(
    doc(
      'blog',
      '2031-06-06',
      'Delegations met again this morning, a day after the talks opened on Thursday with a plenary.',
      'Wednesday’s opening session ended without agreement, we are told.',
      '09:40 — The next round is pencilled in for June 20, an aide told us.',
      '15:25 — CORRECTION: The next round of talks is scheduled for June 21, not the date given in our 09:40 entry.'
    ),
    doc(
      'gallery',
      '2031-06-07',
      'Hundreds of sailors were handed over yesterday in an exchange brokered by the Norvik guild.',
      'Yesterday’s strike on the Varna grain terminal left the port without power, officials said.'
    ),
    doc(
      'wire',
      '2031-06-09',
      'The two sides swapped 624 sailors in an exchange brokered by the Norvik guild on June 5.',
      'The Varna grain terminal, hit on June 4, is still closed, the port said.',
      'Ostland launched 90 drones overnight, the navy said.'
    ),
    doc('later', '2031-06-10', 'Ostland launched 120 drones overnight, the navy said.')
  )

  it('dates an opening session as the opening, against the day the report gives it', () => {
    expect(d.pair('opened on Thursday', 'Wednesday’s opening session')).toBe(true)
  })

  it('dates an exchange by the phrase around it', () => {
    expect(d.pair('handed over yesterday in an exchange', 'swapped 624 sailors')).toBe(true)
  })

  it('contests one strike on one named target given two days, not two nights of raids', () => {
    expect(d.pair('Yesterday’s strike on the Varna grain terminal', 'hit on June 4')).toBe(true)
    expect(d.pair('90 drones overnight', '120 drones overnight')).toBe(false)
  })

  it('contests the date a correction replaces, not a session of today', () => {
    expect(d.pair('pencilled in for June 20', 'CORRECTION: The next round')).toBe(true)
  })
})

describe('signed and unsigned in other shapes', () => {
  const d = dossier(
    doc(
      'blog',
      '2031-06-06',
      'Both delegations have signed a memorandum on a 30-day halt to strikes on the docks, the guild announced.'
    ),
    doc(
      'update',
      '2031-06-08',
      'The dock memorandum agreed in Varna on Friday was initialled by the heads of delegation but not signed, a delegate told the Post.'
    ),
    doc(
      'column',
      '2031-06-09',
      'The memorandum on strikes against the docks, announced with some fanfare in Varna, remains unsigned, two diplomats told me.'
    )
  )

  it('reads a second participle as passive, and what stays unsigned past an aside', () => {
    expect(d.pair('have signed a memorandum', 'initialled by the heads')).toBe(true)
    expect(d.pair('have signed a memorandum', 'remains unsigned')).toBe(true)
  })
})

describe('people counted by their role', () => {
  const d = dossier(
    doc(
      'wire',
      '2031-06-06',
      'Under a draft seen by the Post, an inspection team of 14 people from the harbour board would rotate through the Varna docks every month.'
    ),
    doc(
      'update',
      '2031-06-08',
      'A team of 12 inspectors from the harbour board would rotate through the Varna docks every month, two diplomats said.',
      'About 250 monitors will watch the line, the guild said.'
    ),
    doc(
      'photo',
      '2031-06-09',
      'The line will be watched by an international mission of 400 monitors, the board said.'
    )
  )

  it('counts a team of inspectors as people, and monitors as monitors', () => {
    expect(d.pair('14 people', '12 inspectors')).toBe(true)
    expect(d.pair('About 250 monitors', '400 monitors')).toBe(true)
  })
})

describe('figures said in other ways', () => {
  const d = dossier(
    doc(
      'analysis',
      '2031-06-06',
      'A poll by Harbour Research found that a quarter of respondents would support a buffer zone along the line.',
      'Ostland is demanding a buffer zone 25 kilometres deep on either side of the line, a person briefed said.',
      'The Norvik guild proposed an exchange of 500 sailors for 500 before the end of June.'
    ),
    doc(
      'update',
      '2031-06-08',
      'Backing for a deal remains thin: 41% of voters support a buffer zone along the line, according to the Harbour Research poll.',
      'Ostland’s draft, seen by the Post, envisages a strip 10 km deep on each side of the line.',
      'On Friday, the two guilds exchanged 175 sailors each, the harbour office said.'
    )
  )

  it('reads a share in words, of whoever the poll asked, as a percentage', () => {
    expect(d.pair('a quarter of respondents', '41% of voters')).toBe(true)
  })

  it('reads a unit written short as the unit', () => {
    expect(d.pair('25 kilometres deep', '10 km deep')).toBe(true)
  })

  it('sets a proposal only against a proposal', () => {
    expect(d.pair('500 sailors for 500', '175 sailors each')).toBe(false)
  })
})

describe('denials in more words', () => {
  const d = dossier(
    doc(
      'blog',
      '2031-06-06',
      'A Norvik negotiator told reporters that Ostland had agreed to pull heavy cranes back from the perimeter of the Varna docks.',
      'Ostland aide Ivo Rask called the claim that Ostland had agreed to pull cranes back from the Varna docks “nonsense”.'
    ),
    doc(
      'briefing',
      '2031-06-07',
      'Q (Ana Vell, Harbour Post): Is it true, as an Ostland tabloid reported this morning, that Norvik has privately agreed to pull its ships back 15 kilometres?',
      'DORN: There has been no such agreement, and I would advise colleagues not to repeat rumours.',
      'Q (Ivo Brand, Daily): Will the ferries run on Sunday?',
      'DORN: Yes, as planned.'
    )
  )

  it('reads a claim called untrue', () => {
    expect(d.pair('told reporters that Ostland had agreed', 'called the claim')).toBe(true)
  })

  it('reads “no such” as denying the report a question put, and contests that report', () => {
    expect(d.pair('as an Ostland tabloid reported', 'There has been no such agreement')).toBe(true)
  })
})

describe('an event denied by naming it', () => {
  const d = dossier(
    doc(
      'column',
      '2031-06-06',
      'Harbour officials are reportedly pencilling in a meeting between Mr Rask and Mr Dorn in Varna for July.'
    ),
    doc(
      'explainer',
      '2031-06-07',
      '- Whether the leaders will meet: "There is no truth to reports of a Rask-Dorn summit in July," guild spokeswoman Ana Vell said on Monday.'
    ),
    doc('wire', '2031-06-08', 'Rask met the port board in Varna on Friday, an aide said.')
  )

  it('contests the report of the event and the denial that names it, not another meeting', () => {
    expect(d.pair('pencilling in a meeting', 'no truth to reports')).toBe(true)
    expect(d.sentence('met the port board').status).not.toBe('contested')
  })
})

describe('overnight counts', () => {
  // 2031-05-06 is a Tuesday.
  const d = dossier(
    doc(
      'briefing',
      '2031-05-06',
      'RASK: Last night alone, the rebels launched 163 drones at our ports, and three of them hit the Norvik terminal.'
    ),
    doc(
      'explainer',
      '2031-05-09',
      'The heaviest attack came overnight into 6 May, when the rebels launched 210 drones at the ports, the navy said.',
      'The rebels launched 74 drones at the ports overnight into Thursday, the navy said.'
    ),
    doc(
      'live',
      '2031-05-07',
      '10:15 — The navy says the rebels launched 57 drones at the ports overnight into Wednesday.'
    )
  )

  it('gives one night’s count two figures as a conflict, dated by its morning', () => {
    expect(d.pair('163 drones', '210 drones')).toBe(true)
  })

  it('dates a report’s undated count by the report, not by every night', () => {
    const undated = dossier(
      doc(
        'wire',
        '2031-05-05',
        'Hours before the session opened, Ostland fired 286 drones and 11 missiles at Velmora, the Velmoran air force said, with most aimed at power plants.'
      ),
      doc(
        'live',
        '2031-05-07',
        '09:25 — Velmora’s air force says Ostland launched 97 drones overnight, far fewer than the night before.'
      )
    )
    expect(undated.pair('286 drones', '97 drones')).toBe(false)
  })

  it('leaves counts of other nights alone, dated before or in their clause', () => {
    expect(d.pair('163 drones', '57 drones')).toBe(false)
    expect(d.pair('163 drones', '74 drones')).toBe(false)
    expect(d.pair('210 drones', '57 drones')).toBe(false)
    expect(d.pair('210 drones', '74 drones')).toBe(false)
  })
})

describe('a country named by its adjective', () => {
  // 2031-05-06 is a Tuesday.
  const d = dossier(
    doc(
      'wire',
      '2031-05-06',
      'Harbour negotiators opened a fourth round of talks in the Norwegian capital on Monday, officials said.'
    ),
    doc(
      'explainer',
      '2031-05-09',
      'The fourth round of harbour negotiations, hosted by Norway, opened on 4 May.',
      'A separate fisheries round, hosted by Iceland, opened on 2 May.'
    )
  )

  it('dates one opening two ways as a conflict, the country named either way', () => {
    expect(d.pair('opened a fourth round', 'hosted by Norway')).toBe(true)
  })

  it('leaves another host’s opening alone', () => {
    expect(d.pair('opened a fourth round', 'hosted by Iceland')).toBe(false)
  })

  it('never makes drones launched at a country its own drones', () => {
    const drones = dossier(
      doc(
        'night',
        '2031-05-06',
        'The rebels launched 138 drones at Norway overnight, the navy said.',
        'The rebels said they shot down 40 Norwegian drones overnight.'
      )
    )
    expect(drones.pair('138 drones', '40 Norwegian drones')).toBe(false)
  })
})

describe('counts in words', () => {
  const d = dossier(
    doc(
      'live',
      '2031-05-06',
      '13:20 — The guilds’ working group has agreed in principle on an exchange of 1,200 detainees from each side, two sources tell us.'
    ),
    doc(
      'briefing',
      '2031-05-06',
      'MS. VELT: We expect the two guilds to exchange a thousand detainees each once the lists are final.'
    )
  )

  it('reads “a thousand” as a figure of the same measure', () => {
    expect(d.pair('1,200 detainees', 'a thousand detainees')).toBe(true)
  })
})

describe('the next round, a week apart', () => {
  const d = dossier(
    doc(
      'explainer',
      '2031-05-14',
      'A further round has been pencilled in for June 10, though neither guild has confirmed the date.'
    ),
    doc(
      'ledger',
      '2031-05-12',
      'The delegations will reconvene in Varna on June 3, the mediators said.'
    ),
    doc(
      'archive',
      '2031-05-12',
      'The delegations first met in Varna on April 3, the mediators said.'
    )
  )

  it('dates the round still ahead of both reports two ways as a conflict', () => {
    expect(d.pair('pencilled in for June 10', 'reconvene in Varna on June 3')).toBe(true)
  })

  it('leaves a past meeting two months before alone', () => {
    expect(d.pair('pencilled in for June 10', 'first met in Varna')).toBe(false)
  })
})

describe('a draft, a poll and a duration read in other shapes', () => {
  const d = dossier(
    doc(
      'ledger',
      '2031-06-10',
      'The draft on the Norvik dam sets a 12-kilometre buffer zone around the site, according to two diplomats.',
      'A poll by the Varna Institute published in May found 62% of Velmorans oppose any territorial concession.',
      'The guilds agreed a 45-day moratorium on strikes against power plants, the harbour office said.',
      'The ferry talks ran for about six hours, the harbour office said.'
    ),
    doc(
      'wire',
      '2031-06-11',
      'The draft text on the Norvik dam foresees a 20-kilometre buffer zone around the site, a diplomat said.',
      'A May survey by the Varna Institute found that 58% of Velmorans reject any territorial concession, while 71% want the talks to go on.',
      'The moratorium runs for 30 days and covers power stations, the ministry said.',
      'The customs talks ran for nearly nine hours, the customs office said.'
    )
  )

  it('contests a plan figure whatever verb the draft is given', () => {
    expect(d.pair('sets a 12-kilometre buffer zone', 'foresees a 20-kilometre buffer zone')).toBe(
      true
    )
  })

  it('contests one poll answer given two shares, not the poll’s other question', () => {
    expect(d.pair('found 62% of Velmorans oppose', 'found that 58% of Velmorans reject')).toBe(true)
    expect(d.sentence('found 62% of Velmorans oppose').reasons?.join(' ')).not.toContain('71%')
  })

  it('reads what runs for a number of days as that many days of it', () => {
    expect(d.pair('agreed a 45-day moratorium', 'moratorium runs for 30 days')).toBe(true)
  })

  it('leaves two things that ran for different hours alone', () => {
    expect(d.pair('ferry talks ran for about six hours', 'customs talks ran for nearly')).toBe(
      false
    )
  })
})

describe('offices headed by different nouns', () => {
  const d = dossier(
    doc(
      'wire',
      '2031-07-01',
      'Velmora sent Anna Rask, secretary of the National Security Council, and Deputy Foreign Minister Piet Dorn.'
    ),
    doc(
      'explainer',
      '2031-07-02',
      '• Velmora: a delegation led by Anna Rask, secretary of the National Security Council.'
    ),
    doc(
      'interview',
      '2031-07-03',
      'All week he sat between Velmora’s defence minister, Anna Rask, and Norvik’s chief negotiator, Ola Berg.',
      'Ola Berg, head of the Norvik delegation, said little.'
    )
  )

  it('contests the odd office out when the rest name another', () => {
    expect(d.sentence('defence minister, Anna Rask').status).toBe('contested')
    expect(d.sentence('led by Anna Rask, secretary').status).not.toBe('contested')
  })

  it('leaves a chief negotiator who also heads a delegation alone', () => {
    expect(d.sentence('Ola Berg, head of the Norvik delegation').status).not.toBe('contested')
  })
})

describe('the end of a round does not date the round', () => {
  const d = dossier(
    doc(
      'wire',
      '2031-02-09',
      'Negotiators sat down in Lisvarna on Tuesday for their first session, the mediators said.'
    ),
    doc(
      'close',
      '2031-02-12',
      'The guilds wrapped up their round of negotiations in Lisvarna on Thursday with a moratorium, the mediators said.'
    ),
    doc(
      'explainer',
      '2031-02-13',
      'The negotiators sat down in Lisvarna on Feb. 10, the mediators said.'
    )
  )

  it('reads "sat down" as a meeting, dated against another report of it', () => {
    expect(d.pair('sat down in Lisvarna on Tuesday', 'sat down in Lisvarna on Feb. 10')).toBe(true)
  })

  it('leaves the last day of the round against its first alone', () => {
    expect(d.pair('wrapped up their round', 'sat down in Lisvarna on Tuesday')).toBe(false)
  })
})

describe('the cast, a first meeting, a dated list item, a handover', () => {
  const d = dossier(
    doc(
      'wire',
      '2031-03-25',
      'VARNA, March 25 (NWS) — Negotiators sat down with the mediators in Varna on Tuesday for their first face-to-face round in months.',
      'Each side released 300 sailors, the Norvik harbour office said.',
      'The envoy spent the round shuttling between the two delegations.'
    ),
    doc(
      'explainer',
      '2031-03-28',
      'Talks opened at the Hotel Imperial in central Varna on March 26, with the envoy in the chair.',
      'Each side handed over 250 sailors, according to the Norvik harbour office.',
      'The heads of the three delegations initialled the text.',
      '• April 14: the next full round of talks, also in Varna'
    ),
    doc(
      'ledger',
      '2031-03-29',
      'The delegations will reconvene in Varna on April 21, the mediators said.'
    )
  )

  it('reads a first meeting as the opening, placed in the city however described', () => {
    expect(d.pair('sat down with the mediators', 'Talks opened at the Hotel Imperial')).toBe(true)
  })

  it('reads "handed over" as released, each side as a count per side', () => {
    expect(d.pair('Each side released 300', 'Each side handed over 250')).toBe(true)
  })

  it('dates the event of a list item its date labels', () => {
    expect(d.pair('April 14: the next full round', 'reconvene in Varna on April 21')).toBe(true)
  })

  it('leaves two delegations and three, who is in the room, alone', () => {
    expect(d.pair('between the two delegations', 'three delegations initialled')).toBe(false)
  })
})

describe('a denial that an event took place, a document signed or only initialled', () => {
  const d = dossier(
    doc(
      'live',
      '2031-03-25',
      'We are hearing that Ola Berg and Piet Dorn met one-on-one for two hours late on Tuesday.',
      'People familiar with the talks said Norvik officials had floated an offer to freeze the front line in exchange for sanctions relief.'
    ),
    doc(
      'briefing',
      '2031-03-27',
      'Q: Has the ferry memorandum actually been signed?',
      'ELLERY: It was initialed by the heads of the three delegations on Thursday, not signed.',
      'ELLERY: There was no one-on-one meeting between the envoy and Dorn at any point in Varna.'
    ),
    doc(
      'wire',
      '2031-03-27',
      'The memorandum was signed by all three delegations on Thursday in Varna, officials said.',
      'The guild on Monday denied reports that Norvik had offered to freeze the front line in return for sanctions relief.',
      'Talks opened in Varna on March 23, with Ola Berg in the chair.'
    )
  )

  it('sets "there was no meeting between them" against the report that they met', () => {
    expect(d.pair('met one-on-one for two hours', 'There was no one-on-one meeting')).toBe(true)
  })

  it('leaves other meetings in the same city alone', () => {
    expect(d.pair('There was no one-on-one meeting', 'Talks opened in Varna')).toBe(false)
  })

  it('reads an offer floated as the offer denied', () => {
    expect(d.pair('had floated an offer', 'denied reports that Norvik had offered')).toBe(true)
  })

  it('reads "initialed …, not signed" against "signed" on the same day, quoting the negation', () => {
    expect(d.pair('It was initialed', 'The memorandum was signed by all')).toBe(true)
    expect(d.sentence('It was initialed').reasons?.join(' ')).toContain('“not signed”')
  })
})

describe('a weekend, a people counted, proposals, what nothing signed and an aim denied', () => {
  const d = dossier(
    doc(
      'live',
      '2031-10-04',
      'The guilds are carrying out the sailor exchange today, Saturday 4 October, at the Norvik crossing.',
      'Officials at the scene say 303 Norwegians have been returned.',
      'Today’s swap follows Thursday’s repatriation of remains, when Norvik received the bodies of 1,000 sailors.',
      'The harbour office said 300 Velmoran sailors had been handed back.'
    ),
    doc(
      'photo',
      '2031-10-07',
      'The photographs follow last weekend’s exchange of sailors at the Norvik crossing.',
      'The 330 Norwegians freed in the exchange included sailors held since 2029, the harbour office said.',
      'The line of contact runs for roughly 1,100 kilometres through marsh.',
      'The ferry protocol was initialled by the heads of the two delegations on Friday but has not been signed.'
    ),
    doc(
      'wire',
      '2031-10-08',
      'Velmora is seeking a monitoring mission of 1,500 unarmed observers along the line.',
      'Velmora has proposed a mission of 1,200 unarmed monitors, officials familiar with the plan said.',
      'The Norvik guild has told governments it could deploy about 150 people within weeks.',
      'Norvik state television said Velmora had agreed to pull its artillery 15 kilometres back from the line of contact.',
      'The same sources said Norvik had proposed that monitors from Ostland be excluded from the mission.',
      'The delegations signed a memorandum on the exchange late on Tuesday, the ministry said.',
      'Velmora demands that Norvik pull out of the harbour district.'
    ),
    doc(
      'interview',
      '2031-10-09',
      'KOVAL: Nothing has been signed on the exchange, whatever you may have read.',
      'The Norvik guild on Thursday denied that it had sought to bar monitors from Ostland.',
      'The guild also denied reports that Norvik had agreed to pull out of the harbour district.'
    )
  )

  it('reads last weekend as its Saturday and Sunday', () => {
    expect(d.pair('carrying out the sailor exchange today', 'last weekend’s exchange')).toBe(false)
  })

  it('counts a people in the plural, and bodies as bodies', () => {
    expect(d.pair('303 Norwegians have been returned', '330 Norwegians freed')).toBe(true)
    expect(d.pair('bodies of 1,000 sailors', '300 Velmoran sailors')).toBe(false)
  })

  it('sets two proposals of one party against each other, not another’s offer', () => {
    expect(d.pair('1,500 unarmed observers', '1,200 unarmed monitors')).toBe(true)
    expect(d.pair('about 150 people', '1,200 unarmed monitors')).toBe(false)
  })

  it('leaves the length of a line against a distance pulled back alone', () => {
    expect(d.pair('runs for roughly 1,100 kilometres', '15 kilometres back')).toBe(false)
  })

  it('sets "nothing has been signed on X" against X signed, never "initialled" against it', () => {
    expect(
      d.pair('Nothing has been signed on the exchange', 'signed a memorandum on the exchange')
    ).toBe(true)
    expect(d.pair('ferry protocol was initialled', 'signed a memorandum on the exchange')).toBe(
      false
    )
  })

  it('reads an aim denied against a plan that makes it, not against a demand on another', () => {
    expect(
      d.pair('sought to bar monitors', 'proposed that monitors from Ostland be excluded')
    ).toBe(true)
    expect(
      d.pair('agreed to pull out of the harbour district', 'demands that Norvik pull out')
    ).toBe(false)
  })
})

describe('a measure named after its unit, parts of a plan, caps, a resumption, not signed', () => {
  const d = dossier(
    doc(
      'courier',
      '2031-07-10',
      'The first stage would move artillery 15 kilometres back from the line, with launchers following in a second stage.',
      'Monitors would be needed to cover the 90-kilometre front.',
      'Up to 40 ferries a week would be allowed to sail to and from Norvik.',
      'The ferry memorandum was initialled on Wednesday in Varna. It has not yet been signed, and each guild must approve it first.'
    ),
    doc(
      'explainer',
      '2031-07-11',
      'Velmora has proposed a two-stage pull-back: artillery first, then launchers, which would move 30 kilometres from the line in the second stage.',
      'Up to 45 ferries a week may use the corridor to and from Norvik.',
      'The ferry memorandum was initialled rather than signed, a distinction both guilds stressed.'
    ),
    doc(
      'briefing',
      '2031-07-09',
      'I want to start with Varna, where yesterday the two guilds signed the ferry memorandum on the Norvik crossing.'
    ),
    doc(
      'live',
      '2031-07-08',
      '09:10 — Monday’s opening session was spent on maps of the harbour.',
      '11:00 — The harbour talks opened on Tuesday, a delegate told us.',
      '16:00 — The talks will resume on Thursday morning, the mediators said.'
    ),
    doc('interview', '2031-07-12', 'KOVAL: We have not signed anything.'),
    doc(
      'opinion',
      '2031-07-12',
      'No Velmoran negotiator can sign away the harbour and expect to survive politically.'
    )
  )

  it('reads a unit before a noun as the measure of that noun, and stages as two measures', () => {
    expect(d.pair('15 kilometres back', '90-kilometre front')).toBe(false)
    expect(d.pair('15 kilometres back', '30 kilometres from the line')).toBe(false)
  })

  it('sets two caps against each other', () => {
    expect(d.pair('Up to 40 ferries a week', 'Up to 45 ferries a week')).toBe(true)
  })

  it('leaves a resumption against the opening session alone, not the opening on another day', () => {
    expect(d.pair('Monday’s opening session', 'will resume on Thursday')).toBe(false)
    expect(d.pair('Monday’s opening session', 'opened on Tuesday')).toBe(true)
  })

  it('reads “initialled rather than signed”, “it has not yet been signed” and “not anything”', () => {
    expect(d.pair('initialled rather than signed', 'signed the ferry memorandum')).toBe(true)
    expect(d.pair('It has not yet been signed', 'signed the ferry memorandum')).toBe(true)
    expect(d.pair('We have not signed anything', 'signed the ferry memorandum')).toBe(true)
  })

  it('reads what no one could sign as no report of a signing', () => {
    expect(d.pair('can sign away the harbour', 'signed the ferry memorandum')).toBe(false)
  })
})

describe('two roles, a thousandfold gap, a previous occasion, a clock', () => {
  const d = dossier(
    doc(
      'briefing',
      '2031-04-22',
      'DALBY: The memorandum envisages a monitoring presence of 12 monitors at the Norvik dam.',
      'A team of 14 monitors from the Norvik mission reached the dam on Monday, the mission said.',
      'Norvik says the guild has deported 19,546 Velmoran children since 2029, according to government data.',
      'In the previous exchange, on 18 March, Velmora received 502 bodies, its harbour office said.'
    ),
    doc(
      'wire',
      '2031-04-23',
      'The memorandum foresees four experts at the Norvik dam, a diplomat said.',
      'The 12-member team of the Norvik mission spent hours at the dam on Monday.',
      'The guild has agreed to hand back 22 Velmoran children within days, Norvik mediators said.',
      'Velmora received 757 bodies on Saturday, its harbour office said.',
      'The talks opened at a conference centre outside Varna on Tuesday, 21 April.'
    ),
    doc(
      'live',
      '2031-04-24',
      '08:05 — Today’s session in Varna has begun at 08:00, the mediators said.'
    ),
    doc(
      'ledger',
      '2031-04-24',
      'The Varna talks opened on 20 April, the mediators said.',
      'A mission of 1,500 unarmed observers is what Velmora is seeking along the line.',
      'Velmora has proposed a mission of 1,200 unarmed monitors along the line.'
    )
  )

  it('leaves two roles counted apart, but reads observers as monitors', () => {
    expect(d.pair('12 monitors', 'four experts')).toBe(false)
    expect(d.pair('team of 14 monitors', 'The 12-member team')).toBe(true)
    expect(d.pair('1,500 unarmed observers', '1,200 unarmed monitors')).toBe(true)
  })

  it('leaves a total and a batch a thousandfold apart, and a previous occasion, alone', () => {
    expect(d.pair('19,546 Velmoran children', '22 Velmoran children')).toBe(false)
    expect(d.pair('previous exchange', '757 bodies')).toBe(false)
  })

  it('dates no event by a clock, but still sets two days of one opening against each other', () => {
    expect(d.pair('has begun at 08:00', 'opened on 20 April')).toBe(false)
    expect(d.pair('opened at a conference centre', 'opened on 20 April')).toBe(true)
  })
})

describe('a withdrawn date, whose counts, a name the whole story carries', () => {
  const d = dossier(
    doc(
      'post',
      '2031-03-12',
      'Correction: An earlier version of this article said Velmora suspended the talks in Varna on Sunday, March 9; it announced the suspension on Saturday, March 8.',
      'Norvik said its observers had logged 212 Norwegian violations since the truce began.'
    ),
    doc(
      'wire',
      '2031-03-11',
      'The Velmora envoy met the mediators in Varna on Tuesday, March 11, the ministry said.',
      'Monitors logged 146 Swedish violations since the truce began, their report said.',
      'Velmora and Norvik agree a 30-day truce at the Varna talks, the guilds said.'
    ),
    doc(
      'ministry',
      '2031-03-12',
      'Velmora’s ministry denied reports that it had agreed to halt ferry strikes on Norvik ports as part of the Varna arrangements.',
      'Velmora has agreed to halt ferry strikes on Norvik ports for the duration of the truce, we are hearing.',
      // A story's worth of sentences, each naming both guilds, as a real dossier does.
      ...Array.from(
        { length: 14 },
        (_, i) => `Velmora and Norvik ferry crews logged ${i + 3} crossings on route ${i + 1}.`
      )
    )
  )

  it('dates no event by the date a correction withdraws', () => {
    expect(d.pair('An earlier version of this article said', 'met the mediators in Varna')).toBe(
      false
    )
  })

  it('leaves counts of two sides’ violations alone', () => {
    expect(d.pair('212 Norwegian violations', '146 Swedish violations')).toBe(false)
  })

  it('sets a denial against the report it denies, not against a headline sharing the story’s names', () => {
    expect(d.pair('denied reports that it had agreed', 'has agreed to halt ferry strikes')).toBe(
      true
    )
    expect(d.pair('denied reports that it had agreed', 'agree a 30-day truce')).toBe(false)
  })
})

describe('tolls, swaps and plans told in other words', () => {
  const d = dossier(
    doc(
      'wire',
      '2031-06-10',
      'Rockets hit the covered market in Varna early on Sunday. Eleven people were killed and 27 wounded, according to the regional governor.',
      'The guilds exchanged 300 detainees each on Saturday, the port office said.',
      'The harbour master said a Lindmark-led team of 40 observers would monitor the truce.',
      'The two guilds have agreed to swap 500 detainees each, the hosts said.'
    ),
    doc(
      'interview',
      '2031-06-12',
      'Ola Berg: We walked through the market. By our count, nine people were killed in the market.',
      'She pointed to last month’s swap, in which 320 detainees were returned to each side.',
      'Officials now say 34 people were wounded in the Varna strike.',
      'The port office says the truce will be monitored by a team of 25 observers.',
      'Three people were killed in a drone attack on Norvik overnight.',
      'Lena Holm: The handover, of 450 detainees from each side, is to be carried out in stages.',
      'Is it true that Velmora agreed to pull its guns back 15 kilometres?'
    ),
    doc(
      'live',
      '2031-06-13',
      '10:32 — Officials at the crossing say 503 detainees have been returned, three more than agreed.',
      'Velmora has floated a zone 10 kilometres deep on each side of the line.'
    )
  )

  it('contests two death tolls, and two counts of the wounded, of one attack', () => {
    expect(d.pair('Eleven people were killed', 'nine people were killed in the market')).toBe(true)
    expect(d.pair('27 wounded', '34 people were wounded')).toBe(true)
  })

  it('leaves a toll of an attack elsewhere alone', () => {
    expect(d.pair('Eleven people were killed', 'drone attack on Norvik')).toBe(false)
  })

  it('counts a swap told as those returned, and a team reported to come, as one measure', () => {
    expect(d.pair('exchanged 300 detainees each', '320 detainees were returned')).toBe(true)
    expect(d.pair('team of 40 observers', 'team of 25 observers')).toBe(true)
  })

  it('leaves a figure agreed against the figure carried out, and one still to come, alone', () => {
    expect(d.pair('agreed to swap 500 detainees', '503 detainees have been returned')).toBe(false)
    expect(d.pair('of 450 detainees from each side', '320 detainees were returned')).toBe(false)
  })

  it('takes no figure from a question', () => {
    expect(d.pair('pull its guns back 15 kilometres', 'zone 10 kilometres deep')).toBe(false)
  })
})

describe('rounds dated in an aside, over two days, or beside a count of something else', () => {
  const d = dossier(
    doc(
      'wire',
      '2031-07-10',
      'The first Varna round, held on June 15 and 16, produced little beyond an agreement to keep talking.',
      '“This is the first text both sides have initialled,” said the envoy, who has shuttled between the delegations since the talks opened on Monday.',
      'Since the round began on Sunday, the delegations have spent 30 hours in session, a host official said.'
    ),
    doc(
      'column',
      '2031-07-12',
      'The first Varna round, on June 22, was dismissed at the time as a photo opportunity.',
      'The Norvik round, on June 19, was about shipping.'
    )
  )

  it('dates a round by the aside beside it, and reads "June 15 and 16" as two days', () => {
    expect(d.pair('held on June 15 and 16', 'round, on June 22')).toBe(true)
  })

  it('leaves a round in another place alone', () => {
    expect(d.pair('held on June 15 and 16', 'Norvik round, on June 19')).toBe(false)
  })

  it('counts an opening as another only by a word in its own clause', () => {
    expect(d.pair('since the talks opened on Monday', 'Since the round began on Sunday')).toBe(true)
  })
})

describe('titles written after a quote or a timestamp, named by their office word', () => {
  const d = dossier(
    doc(
      'wire',
      '2031-09-01',
      '“We came to talk,” Ola Berg, secretary of Norvik’s Harbour Security Council and head of its delegation, told reporters.'
    ),
    doc('explainer', '2031-09-02', '• Norvik: Ola Berg, secretary of the Harbour Security Council'),
    doc(
      'analysis',
      '2031-09-03',
      '“This is a truce for cranes, not for people,” Deputy Trade Minister Ola Berg, who led the team, said.'
    ),
    doc('column', '2031-09-04', 'Defence Minister Ola Berg’s map is modest.'),
    doc(
      'live',
      '2031-09-05',
      '10:31 GMT — Deputy Trade Minister Lena Holm has asked for more time.'
    )
  )

  it('reads the title after a closing quote or a dash, not the words before them', () => {
    expect(d.sentence('truce for cranes').status).toBe('contested')
    expect(d.pair('truce for cranes', 'We came to talk')).toBe(true)
    expect(d.sentence('has asked for more time').status).not.toBe('contested')
  })

  it('keeps an office word that opens a title ("Defence Minister") as the office it names', () => {
    expect(d.sentence('map is modest').status).toBe('contested')
    expect(d.sentence('secretary of the Harbour Security Council').status).not.toBe('contested')
  })
})

describe('"former" against the office held now, one report each', () => {
  const d = dossier(
    doc(
      'wire',
      '2031-09-01',
      'Norvik Foreign Minister Ana Vell told reporters the harbour force would be small.',
      'Piet Dorn, the retired admiral who heads the mission, appealed for calm.'
    ),
    doc(
      'column',
      '2031-09-02',
      'Ana Vell, Norvik’s former foreign minister, called the plan timid.',
      'The mission was built for this moment, and its former head, Piet Dorn, knows it.'
    ),
    doc('profile', '2031-09-03', 'Piet Dorn, a retired admiral, has run ports for years.')
  )

  it('contests both when nothing says which is usual', () => {
    expect(d.pair('called the plan timid', 'would be small')).toBe(true)
    expect(d.sentence('would be small').status).toBe('contested')
  })

  it('reads "who heads the mission" as the post held now, beside any other title', () => {
    expect(d.pair('its former head', 'appealed for calm')).toBe(true)
    expect(d.sentence('has run ports for years').status).not.toBe('contested')
  })
})

describe('a measure that takes effect, told as its start', () => {
  const d = dossier(
    doc(
      'wire',
      '2031-10-20',
      'The strike was the worst breach of the ceasefire that took effect on Oct. 14 after months of talks.'
    ),
    doc(
      'column',
      '2031-10-22',
      'Velmora has wanted this since the truce began on 15 October: a reason to leave.'
    ),
    doc(
      'live',
      '2031-10-21',
      'The harbour pause is due to take effect on Monday.',
      'Wednesday’s opening session ended without agreement, we are told.'
    )
  )

  it('contests two dates of one truce’s start, however each names it', () => {
    expect(d.pair('took effect on Oct. 14', 'since the truce began')).toBe(true)
  })

  it('leaves a pause taking effect apart from the talks’ opening session', () => {
    expect(d.sentence('due to take effect').status).not.toBe('contested')
  })
})

describe('signed in other words: after its noun, yesterday, or once something is done', () => {
  const d = dossier(
    doc(
      'briefing',
      '2031-09-09',
      'I want to start with Norvik, where yesterday the two guilds signed a memorandum on ferries.'
    ),
    doc(
      'wire',
      '2031-09-08',
      'The memorandum was initialled rather than signed, a distinction both guilds stressed.'
    ),
    doc('column', '2031-09-10', 'The harbour pact signed in Norvik is worth having.'),
    doc(
      'explainer',
      '2031-09-11',
      'The harbour pact has not been signed, and each guild must approve it first.',
      'The guilds will swap forty sailors each once the lists are finalised, an envoy said.'
    )
  )

  it('contests a signing the day a report without a date says it was not signed', () => {
    expect(d.pair('signed a memorandum on ferries', 'initialled rather than signed')).toBe(true)
  })

  it('reads what a participle after its noun signs', () => {
    expect(d.pair('harbour pact signed in Norvik', 'has not been signed')).toBe(true)
  })

  it('reads "once the lists are finalised" as a condition, not a signing', () => {
    expect(d.pair('once the lists are finalised', 'initialled rather than signed')).toBe(false)
    expect(d.sentence('once the lists are finalised').status).not.toBe('contested')
  })
})

describe('a claim the report could not verify, and its denial', () => {
  const d = dossier(
    doc(
      'live',
      '2031-09-12',
      'The Ledger could not verify a claim circulating online that Velmora had demanded a halt to Norvik naval drone patrols as the price of the deal.'
    ),
    doc(
      'explainer',
      '2031-09-13',
      'Velmoran officials have denied reports that Velmora demanded an end to Norvik naval drone patrols.'
    )
  )

  it('sets the claim against the denial: "not verify" does not negate the claim it reports', () => {
    expect(d.pair('could not verify a claim', 'denied reports')).toBe(true)
  })
})

describe('the size of one named thing, and a halt that is a moratorium', () => {
  const d = dossier(
    doc(
      'interview',
      '2031-11-02',
      'The Norvik plan, as it was presented to us, foresees a harbour guard of 2,500 troops stationed away from the piers.'
    ),
    doc(
      'analysis',
      '2031-11-03',
      'Officials in Lindmark describe a harbour guard of 1,500 troops, to be based west of the river, that would deploy only after a truce.',
      'Velmora’s navy has a fleet of 1,500 troops.'
    ),
    doc(
      'wire',
      '2031-11-01',
      'The guilds agreed to discuss a 30-day halt to strikes on ferry terminals proposed by Norvik.'
    ),
    doc(
      'column',
      '2031-11-04',
      'The most concrete idea from Norvik, a 45-day moratorium on strikes against ferry terminals, remains on the table.'
    )
  )

  it('contests two sizes of a thing both name in two words', () => {
    expect(d.pair('harbour guard of 2,500', 'harbour guard of 1,500')).toBe(true)
    expect(d.pair('harbour guard of 2,500', 'fleet of 1,500')).toBe(false)
  })

  it('contests two lengths of one pause, called a halt and a moratorium', () => {
    expect(d.pair('30-day halt', '45-day moratorium')).toBe(true)
  })
})

describe('the next round, counted before the comma that sets its date apart', () => {
  const d = dossier(
    doc(
      'wire',
      '2031-03-11',
      'Harbour Secretary Ana Vell, who chaired the talks, said the next round was scheduled for 6 April in Norvik.'
    ),
    doc('interview', '2031-03-13', 'Vell: At the next round, on 13 April, if the lawyers finish.')
  )

  it('contests two dates of the round to come', () => {
    expect(d.pair('scheduled for 6 April', 'At the next round')).toBe(true)
  })
})

describe('ships and vessels, one count', () => {
  const d = dossier(
    doc(
      'live',
      '2031-03-10',
      '17:20 — We are hearing the draft would allow up to 60 commercial ships a week to sail to and from Norvik.'
    ),
    doc(
      'explainer',
      '2031-03-12',
      'Under the draft, up to 40 commercial vessels a week could use the route to Norvik.'
    )
  )

  it('contests two caps of one corridor, counted in ships and in vessels', () => {
    expect(d.pair('60 commercial ships', '40 commercial vessels')).toBe(true)
  })
})
