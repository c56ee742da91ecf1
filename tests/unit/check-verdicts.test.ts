/**
 * The extractive checker's verdicts over a small dossier of invented articles: a denial
 * reversed, a quote given to another speaker, a weekday read against the article's date, an
 * allegation stated as fact, two figures for one count, and a caption that is never evidence
 * for a contradiction.
 */
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import aliasesYaml from '../../corpus/aliases.yaml?raw'
import { disagreements } from '../../src/check/compare.ts'
import { checkExtractive } from '../../src/check/extractive.ts'
import { dateDisagreement } from '../../src/check/when.ts'
import { parseDocument } from '../../src/corpus/parse.ts'
import { AliasTableSchema } from '../../src/index/aliases.ts'
import { buildDossier } from '../../src/index/build-dossier.ts'
import { loadDossier } from '../../src/index/load.ts'

const aliases = AliasTableSchema.parse(parseYaml(aliasesYaml, { schema: 'core' }))

const WIRE = `---
id: harbour-wire
title: Harbour talks end with a ferry deal
publisher: Test Wire
date: { earliest: 2026-03-06, latest: 2026-03-06, stated: true }
language: en
---
Harbour talks end with a ferry deal

The harbour board and the ferry union agreed on Tuesday to restore the night crossing, the board said.

The port authority denied that it had sold the old terminal to a private buyer.

"The timetable is where this deal lives or dies," union leader Ana Novak told reporters.

Storm damage cut power to 4,200 homes in Lindholm on Wednesday, the grid operator said.

A crane lifts a ferry hull onto the quay in Vardby.

(Photo: J. Doe/Test Wire)`

const BLOG = `---
id: harbour-blog
title: Live - the harbour after the storm
publisher: Test Blog
date: { earliest: 2026-03-07, latest: 2026-03-07, stated: true }
language: en
---
Live - the harbour after the storm

Unverified posts purportedly show a fire at the fuel depot in Lindholm.

The union says 612 crew members will return to the night crossing.

Port managers expect 580 crew members to return to the night crossing.

The ferry union blamed the storm for the cancelled crossings.`

const dossier = loadDossier(
  buildDossier({
    documents: [parseDocument(WIRE, 'harbour-wire.txt'), parseDocument(BLOG, 'harbour-blog.txt')],
    aliases,
  })
)
const verdict = (sentence: string) => checkExtractive(dossier, sentence, 'chk_test').sentences[0]

/**
 * A checker over one invented document, dated and headed as given, its paragraphs after the
 * headline: each summary sentence's checked sentence.
 */
function checkerOf(id: string, date: string, headline: string, ...paragraphs: string[]) {
  const text = `---
id: ${id}
title: ${headline}
publisher: Test Wire
date: { earliest: ${date}, latest: ${date}, stated: true }
language: en
---
${[headline, ...paragraphs].join('\n\n')}`
  const d = loadDossier(buildDossier({ documents: [parseDocument(text, `${id}.txt`)], aliases }))
  return (sentence: string) => checkExtractive(d, sentence, 'chk_test').sentences[0]
}

describe('extractive checker verdicts', () => {
  it('Should contradict a denial reported as a confirmation, and support it restated', () => {
    expect(
      verdict('The port authority confirmed that it had sold the old terminal to a private buyer.')
        ?.verdict
    ).toBe('contradicted')
    expect(
      verdict('The port authority denied that it had sold the old terminal to a private buyer.')
        ?.verdict
    ).toBe('supported')
  })

  it('Should contradict a quote given to another speaker, and support it with its own', () => {
    const swapped = verdict('Karl Lind said the timetable is where this deal lives or dies.')
    expect(swapped?.verdict).toBe('contradicted')
    expect(swapped?.explanation).toMatch(/Novak/)
    expect(verdict('Ana Novak said the timetable is where this deal lives or dies.')?.verdict).toBe(
      'supported'
    )
  })

  it('Should read the article’s weekday against its date', () => {
    // "on Tuesday" in an article of Friday 6 March 2026 is 3 March.
    expect(
      verdict(
        'The harbour board and the ferry union agreed on 3 March to restore the night crossing.'
      )?.verdict
    ).toBe('supported')
    expect(
      verdict(
        'The harbour board and the ferry union agreed on 4 March to restore the night crossing.'
      )?.verdict
    ).toBe('contradicted')
  })

  it('Should contradict a wrong figure for the same count', () => {
    const s = verdict('Storm damage cut power to 42,000 homes in Lindholm on Wednesday.')
    expect(s?.verdict).toBe('contradicted')
    expect(s?.explanation).toMatch(/4,200/)
  })

  it('Should call an allegation stated as fact contested, never supported', () => {
    expect(verdict('A fire broke out at the fuel depot in Lindholm.')?.verdict).toBe('contested')
    // Blame is an accusation, though it shares few of the summary's words.
    expect(verdict('Storm damage caused the cancelled crossings at the port.')?.verdict).toBe(
      'contested'
    )
  })

  it('Should call a count the dossier gives two figures for contested', () => {
    // In other words than either sentence: one says 612, the other 580. (A summary sentence the
    // dossier prints word for word stands: the other figure may be another occasion's.)
    expect(
      verdict('Some 612 crew members are going back to work on the night crossing.')?.verdict
    ).toBe('contested')
  })

  it('Should never support a sentence negating what the dossier states', () => {
    for (const s of [
      'The harbour board and the ferry union did not agree to restore the night crossing.',
      'The harbour board and the ferry union refused to restore the night crossing.',
    ]) {
      expect(verdict(s)?.verdict, s).not.toBe('supported')
    }
  })

  it('Should never support a denial of what the dossier only reports said', () => {
    expect(
      verdict(
        'The board denied that the harbour board and the ferry union had agreed to restore the night crossing.'
      )?.verdict
    ).not.toBe('supported')
  })

  it('Should never support a month the dossier does not give', () => {
    expect(
      verdict('Storm damage cut power to 4,200 homes in Lindholm on the night before 4 July.')
        ?.verdict
    ).not.toBe('supported')
  })

  it('Should never support another name in a name’s place', () => {
    expect(
      verdict(
        'The harbour board and the Vardby union agreed on Tuesday to restore the night crossing.'
      )?.verdict
    ).not.toBe('supported')
  })

  it('Should never support another name between the same words', () => {
    expect(
      verdict('Storm damage cut power to 4,200 homes around Vardby on Wednesday.')?.verdict
    ).not.toBe('supported')
  })

  it('Should never contradict with a caption', () => {
    const s = verdict('A crane lifts a ferry hull onto the quay in Oslo.')
    expect(s?.verdict).not.toBe('contradicted')
    expect(s?.verdict).not.toBe('supported')
  })
})

describe('checker verdicts on shares, conditions, parts of a day and whose', () => {
  const checked = checkerOf(
    'ferry-poll',
    '2026-03-10',
    'Ferry poll and the toll',
    'A survey by the Lindholm Institute found that 58% of residents support a night crossing.',
    "Vardby's negotiator Ivo Rask insisted the crossing must not carry freight.",
    'The board has made any easing of the toll conditional on a signed ferry deal, a board official said.',
    'Board chair Eva Holm said on Monday the crossing would reopen in May.'
  )
  const check = (s: string) => checked(s)?.verdict

  it('Should not contradict a share in words that rounds the dossier’s', () => {
    expect(
      check(
        'Nearly three in five residents support a night crossing, a Lindholm Institute survey found.'
      )
    ).not.toBe('contradicted')
  })

  it('Should not read “no … until” as the opposite of “conditional on”', () => {
    expect(
      check(
        'A board official said the board would ease no toll until a ferry deal had been signed.'
      )
    ).not.toBe('contradicted')
  })

  it('Should not date a claim by a part of a day it does not place', () => {
    expect(
      check('In an evening address, board chair Eva Holm said the crossing would reopen in May.')
    ).not.toBe('contradicted')
  })

  it('Should never support a speaker given another party’s possessive', () => {
    expect(
      check("Lindholm's negotiator Ivo Rask insisted the crossing must not carry freight.")
    ).not.toBe('supported')
  })
})

describe('checker verdicts in a live blog', () => {
  const check = checkerOf(
    'ferry-live',
    '2026-03-10',
    'Live - ferry talks',
    '14:05 GMT — A monitoring mission will check the crossings, according to the statement.',
    '09:20 GMT — Storms sank 18 fishing boats off Vardby overnight, the coastguard said.'
  )

  it('Should read an entry dated only by its timestamp as the night before its day', () => {
    expect(
      check('Storms sank 18 fishing boats off Vardby overnight into 10 March, the coastguard said.')
        ?.verdict
    ).toBe('supported')
    expect(
      check('Storms sank 18 fishing boats off Vardby overnight into 6 March, the coastguard said.')
        ?.verdict
    ).not.toBe('supported')
  })

  it('Should not date an event by the timestamp of the entry that reports it', () => {
    expect(check('The monitoring mission will check the crossings from June.')?.verdict).not.toBe(
      'contradicted'
    )
  })

  it('Should name the document, never a passage id, in its explanation', () => {
    // One document: its title would repeat itself down the page.
    const one = check('A monitoring mission will check the crossings, according to the statement.')
    expect(one?.explanation).toMatch(/^The dossier states it\b/)
    expect(one?.explanation).not.toMatch(/\.p\d\d/)
    // Two: which one says it.
    const two = verdict(
      'The port authority denied that it had sold the old terminal to a private buyer.'
    )
    expect(two?.explanation).toContain('(in “Harbour talks end with a ferry deal”)')
    expect(two?.explanation).not.toMatch(/\.p\d\d/)
  })
})

describe('checker verdicts on countries, stances and privation', () => {
  // Fiction: an invented ferry escort between real capitals, written for this test.
  const checked = checkerOf(
    'escort-wire',
    '2026-03-12',
    'Ferry escort plan takes shape',
    'Ivo Rask said Vardby was "open to a technical discussion" on the ferry timetable.',
    'Norway and Sweden are open to leading a ferry escort of up to 12 ships, officials in both capitals say.',
    'The ferry union said it would oppose any crossing without inspectors.',
    'Storm damage left about 4,000 households in Vardby without power, the grid operator said.',
    'Crews pulled the damaged ferry back to the quay on Tuesday.',
    'Harbour master Lena Berg said the escort would start in April. “Every single ship will be counted twice,” she added.',
    'Vardby wants escort ships of its own in the harbour; the board has ruled out escort ships from outside.',
    "Vardby's delegation is led by Ivo Rask, while Lindholm sent its deputy mayor, Eva Holm.",
    'The timetable’s night crossings are “not up for negotiation”, Ivo Rask told reporters.',
    "A general ferry strike is not on this week's agenda, the ferry union said."
  )
  const check = (s: string) => checked(s)?.verdict

  it('Should support a country named by its capital, and never another capital', () => {
    expect(
      check(
        'Oslo and Stockholm are willing to lead a ferry escort of up to 12 ships, officials say.'
      )
    ).toBe('supported')
    expect(
      check(
        'Oslo and Helsinki are willing to lead a ferry escort of up to 12 ships, officials say.'
      )
    ).not.toBe('supported')
  })

  it('Should read “reject” as “oppose”, and never support welcoming', () => {
    expect(check('The ferry union said it would reject any crossing without inspectors.')).toBe(
      'supported'
    )
    expect(
      check('The ferry union said it would welcome any crossing without inspectors.')
    ).not.toBe('supported')
  })

  it('Should read “lost power” as “without power”, and never support having it', () => {
    expect(
      check(
        'About 4,000 homes in Vardby lost electricity after storm damage, the grid operator said.'
      )
    ).toBe('supported')
    expect(
      check(
        'About 4,000 homes in Vardby had electricity after storm damage, the grid operator said.'
      )
    ).not.toBe('supported')
  })

  it('Should give a pronoun’s quote to whom it stands for, and a quotation to its speaker', () => {
    expect(check('Lena Berg said every single ship will be counted twice.')).toBe('supported')
    expect(check('Ivo Rask said every single ship will be counted twice.')).toBe('contradicted')
    expect(
      check('Ivo Rask described the escort as “every single ship will be counted twice”.')
    ).toBe('contradicted')
  })

  it('Should read whose a thing is in the clause that says it', () => {
    expect(check('At the talks, Vardby’s delegation was led by Ivo Rask.')).toBe('supported')
    expect(check('At the talks, Lindholm’s delegation was led by Ivo Rask.')).not.toBe('supported')
  })

  it('Should let the closest sentence, negated, undo a looser one that states it', () => {
    expect(
      check("Ivo Rask said Vardby was open to negotiation on the timetable's night crossings.")
    ).toBe('unsupported')
  })

  it('Should read a negation on a preposition as negating its predicate', () => {
    expect(check("The ferry union said a general ferry strike is on this week's agenda.")).not.toBe(
      'supported'
    )
    expect(check("The ferry union said a general ferry strike is not on this week's agenda.")).toBe(
      'supported'
    )
  })

  it('Should read a negation in its own clause only', () => {
    expect(check('Vardby wants escort ships of its own in the harbour.')).toBe('supported')
  })
})

describe('checker verdicts on a speaker named beside the description', () => {
  // Fiction: an invented harbour ministry, written for this test.
  const checked = checkerOf(
    'harbour-note',
    '2026-03-14',
    'Harbour talks pause',
    'The next round is set for 26 March. “We have offered Vardby for as long as both guilds want it,” a ministry spokesperson, Eva Holm, told the Harbour Courier.'
  )
  const check = (s: string) => checked(s)?.verdict

  it('Should never support what the one who opens the claim did, named only beside it', () => {
    const beside = checkerOf(
      'harbour-relief',
      '2026-03-14',
      'Relief by instalments',
      'Harbour envoy Ola Berg has floated what officials describe as “fee relief by instalments”. “The board wants to hold the keys,” said Eva Holm, a former harbour master.'
    )
    expect(beside('Ola Berg has floated fee relief by instalments.')?.verdict).toBe('supported')
    expect(
      beside('Eva Holm, the harbour envoy, has floated fee relief by instalments.')?.verdict
    ).not.toBe('supported')
  })

  it('Should give the quote to the name beside “a ministry spokesperson”', () => {
    expect(
      check(
        'Ministry spokesperson Eva Holm said Vardby remains on offer for as long as both guilds want it.'
      )
    ).toBe('supported')
  })

  it('Should never give it to whom it was told', () => {
    expect(
      check('Courier said Vardby remains on offer for as long as both guilds want it.')
    ).not.toBe('supported')
  })
})

describe('checker verdicts on moments, periods, spelled numbers, negations and places', () => {
  // Fiction: an invented harbour dispute between Ostland and Velmora, written for this test.
  const checked = checkerOf(
    'harbour-round',
    '2031-05-09',
    'Harbour round ends in Norvik',
    'NORVIK, Lindmark, May 9 (Test Wire) — Ostlandic and Velmoran negotiators agreed on Friday to a 30-day halt to seizures of each other’s fishing boats, Lindmark’s foreign ministry said.',
    'Port officials in Norvik said seventy-three trawlers had already applied to use the corridor.',
    'Landings reached 2.3 million tonnes of cod in June, according to the fishers’ guild. Landings had reached 1.6 million tonnes in May, the guild said.',
    'A guild spokesperson said "no Ostlandic warships" would take part in the escort.'
  )
  const check = (s: string) => checked(s)?.verdict
  const halt = (place: string) =>
    `Ostlandic and Velmoran negotiators agreed in ${place} to halt seizures of each other’s fishing boats for a month.`

  it('Should not read a duration as a date', () => {
    expect(check(halt('Lindmark'))).toBe('supported')
  })

  it('Should never support a place the paragraph names only as a people’s adjective', () => {
    expect(check(halt('Ostland'))).not.toBe('supported')
  })

  it('Should not set the day an event ended against the day it opened', () => {
    const date = { earliest: '2031-05-09', latest: '2031-05-09' }
    const evidence = 'The round opened on Monday, the ministry said.'
    expect(dateDisagreement({ claim: 'The round wrapped up on Thursday.', evidence, date })).toBe(
      undefined
    )
    expect(dateDisagreement({ claim: 'The round opened on Tuesday.', evidence, date })).toMatch(
      /Monday/
    )
  })

  it('Should read a number spelled out in words, compounds included', () => {
    expect(
      check('Seventy-three trawlers have already applied to use the corridor, port officials said.')
    ).toBe('supported')
    expect(
      check('Sixty-three trawlers have already applied to use the corridor, port officials said.')
    ).toBe('contradicted')
  })

  it('Should not set a figure of one month against a figure of another', () => {
    const { tokenizer } = loadDossier(buildDossier({ documents: [], aliases }))
    const claim = 'Landings reached 1.6 million tonnes in May.'
    const evidence = 'Landings reached 2.3 million tonnes of cod in June.'
    expect(disagreements({ tokenizer, claim, evidence }).map((d) => d.kind)).not.toContain('figure')
    const june = 'Landings reached 1.6 million tonnes in June.'
    expect(disagreements({ tokenizer, claim: june, evidence }).map((d) => d.kind)).toContain(
      'figure'
    )
  })

  it('Should not call a negation said another way the opposite', () => {
    expect(check('The guild said Ostlandic warships would not be part of the escort.')).toBe(
      'supported'
    )
    expect(check('The guild said Ostlandic warships would be part of the escort.')).not.toBe(
      'supported'
    )
  })
})

describe('checker verdicts on figures written as compounds, times and clocks', () => {
  // Fiction: an invented ferry dispute, written for this test.
  const checked = checkerOf(
    'ferry-figures',
    '2031-06-05',
    'Ferry truce drafted',
    'The draft provides for a 60-day truce on attacks on ferry terminals, according to a copy seen by the Wire.',
    'Figures from the harbour ministry show raiders struck ferry terminals 42 times in May.',
    '14:50 — A survey by the Lind Institute found that 54% of islanders oppose closing the route.'
  )
  const check = (s: string) => checked(s)?.verdict

  it('Should compare “a 90-day pause” with “a 60-day truce”', () => {
    expect(check('The draft provides for a 90-day pause in attacks on ferry terminals.')).toBe(
      'contradicted'
    )
  })

  it('Should count what a figure of times counts', () => {
    expect(check('The harbour ministry counted 24 strikes on ferry terminals in May.')).toBe(
      'contradicted'
    )
  })

  it('Should never take a clock’s time for a share', () => {
    expect(
      check('Around 45% of islanders oppose closing the route, the Lind Institute found.')
    ).toBe('contradicted')
  })
})

describe('checker verdicts on a place the summary swaps for one the dossier never names', () => {
  // Fiction: an invented ferry dispute, written for this test.
  const checked = checkerOf(
    'ferry-places',
    '2031-06-05',
    'Ferry talks put off after strike',
    'The fourth round of ferry talks was due to open here on Wednesday, but the Finnish side stayed away. The round had been due to open in Vardby on Wednesday.',
    'A pumping station near Tromsø was hit overnight, leaving 4,000 homes without water, the regional governor said.'
  )
  const check = (s: string) => checked(s)?.verdict

  it('Should contradict a rare place in the same slot, however much the place weighs', () => {
    expect(check('The round had been due to open in Lindholm on Wednesday.')).toBe('contradicted')
    expect(check('The round had been due to open in Vardby on Wednesday.')).toBe('supported')
  })

  it('Should never contradict a place the dossier gives another occasion of the same kind', () => {
    const rounds = checkerOf(
      'ferry-rounds',
      '2031-06-05',
      'Ferry rounds',
      'The second round of ferry talks opened in Vardby on Monday with a session on fares.',
      'Negotiators said the third round of ferry talks would open with a session on timetables.',
      'The talks moved to Tromsø for the third round, the harbour board said.'
    )
    expect(
      rounds('The third round of ferry talks opened in Tromsø with a session on timetables.')
        ?.verdict
    ).not.toBe('contradicted')
  })

  it('Should read “near” as a place’s preposition, wherever the place stands', () => {
    expect(check('The pumping station hit overnight was near Lindholm.')).toBe('contradicted')
    expect(check('A pumping station near Tromsø was hit overnight.')).toBe('supported')
  })
})

describe('checker verdicts on whose people say it', () => {
  // Fiction: an invented ferry dispute between Norway and Finland, written for this test.
  const checked = checkerOf(
    'ferry-dinner',
    '2031-06-02',
    'Ferry talks open in Tromsø',
    'Norway and Finland opened talks on the ferry route on Monday. On Monday evening the Norwegian envoy hosted Finland’s delegation at a dinner that a Norwegian official described as a “pre-brief” rather than a negotiation.',
    'Finnish officials said the route would reopen in August.'
  )
  const check = (s: string) => checked(s)?.verdict

  it('Should contradict words given to another party’s people, and support them with their own', () => {
    expect(check('A Norwegian official described the Monday dinner as a pre-brief.')).toBe(
      'supported'
    )
    expect(check('Finnish officials described the Monday dinner as a pre-brief.')).toBe(
      'contradicted'
    )
  })

  it('Should contradict words the dossier gives an unnamed source, said to be a named one', () => {
    const unnamed = checkerOf(
      'ferry-fees',
      '2031-06-02',
      'Ferry fees tied to the timetable',
      'Oslo has made any cut in harbour fees conditional on a fixed winter timetable, according to the official.',
      'The ferries will sail again in August, the spokesman said.'
    )
    const said = (s: string) => unnamed(s)?.verdict
    expect(
      said(
        'Lena Holm said Oslo had made a cut in harbour fees conditional on a fixed winter timetable.'
      )
    ).toBe('contradicted')
    expect(
      said('Oslo has made any cut in harbour fees conditional on a fixed winter timetable.')
    ).toBe('supported')
    // “The spokesman” may be the summary's person: no swap, though nothing names him.
    expect(said('Lena Holm said the ferries will sail again in August.')).not.toBe('contradicted')
  })

  it('Should read “he said” as the person just named, not a survey named since', () => {
    const pointed = checkerOf(
      'ferry-pronoun',
      '2031-06-02',
      'Ferry envoy sets out terms',
      'A survey by the Lind Institute found wide support for the route. Harbour envoy Ola Berg is greeting arrivals at the quay. “Norway will judge every bid berth by berth,” he told reporters.'
    )
    const said = (s: string) => pointed(s)?.verdict
    expect(said('Ola Berg said Norway would judge every bid berth by berth.')).toBe('supported')
    expect(said('Lena Holm said Norway would judge every bid berth by berth.')).toBe('contradicted')
  })

  it('Should never support a person in the slot the dossier gives another', () => {
    const delegation = checkerOf(
      'ferry-delegation',
      '2031-06-02',
      'Who is at the ferry talks',
      'Finland’s delegation is led by Lena Holm, the deputy transport minister, and includes Ola Berg, the harbour commissioner.'
    )
    expect(delegation('Finland’s delegation is led by Lena Holm.')?.verdict).toBe('supported')
    expect(delegation('Finland’s delegation is led by Ola Berg.')?.verdict).not.toBe('supported')
  })

  it('Should contradict a delegation given to another leader, active or passive', () => {
    const post = checkerOf(
      'ferry-post',
      '2031-06-02',
      'Ferry talks resume in Tromsø',
      'Finland’s delegation is led by transport aide Lena Holm, who has represented Helsinki at every round.',
      'Harbour commissioner Ola Berg told reporters the route would reopen in August.',
      'Norway’s team, headed by Deputy Minister Karin Dahl, arrived on Sunday.'
    )
    expect(post('Finland’s delegation is led by Lena Holm.')?.verdict).toBe('supported')
    const swapped = post('Harbour commissioner Ola Berg led Finland’s delegation in Tromsø.')
    expect(swapped?.verdict).toBe('contradicted')
    expect(swapped?.explanation).toMatch(/Lena Holm/)
    expect(post('Finland’s delegation is headed by Karin Dahl.')?.verdict).toBe('contradicted')
    // Who leads Norway's team says nothing of a person no sentence gives a post.
    expect(post('Ola Berg told reporters the route would reopen in August.')?.verdict).toBe(
      'supported'
    )
  })

  it('Should read “Finland’s delegation head, Lena Holm” as the post it gives', () => {
    const post = checkerOf(
      'ferry-head',
      '2031-06-04',
      'Ferry talks in Tromsø',
      'In Helsinki, ministry spokesman Ola Berg said Finland would send its delegation if the talks went ahead. Finland’s delegation head, Deputy Minister Lena Holm, is expected on Monday.'
    )
    const swapped = post('Ola Berg heads Finland’s delegation to the Tromsø talks.')
    expect(swapped?.verdict).toBe('contradicted')
    expect(swapped?.explanation).toMatch(/Lena Holm/)
  })

  it('Should never support a role the document never gives the person', () => {
    const note = checkerOf(
      'ferry-note',
      '2031-06-03',
      'Analysts weigh the ferry deal',
      '“Setting a date is the easy part,” Ola Berg, a sanctions analyst at the Lind Institute, wrote in a note to clients.'
    )
    expect(
      note('Ola Berg, a sanctions analyst, wrote that setting a date was the easy part.')?.verdict
    ).toBe('supported')
    expect(
      note(
        'Ola Berg, a trade envoy, wrote in a note to clients that setting a date is the easy part.'
      )?.verdict
    ).not.toBe('supported')
  })
})

describe('checker verdicts that must not call a true sentence false', () => {
  const check = checkerOf(
    'ferry-poll',
    '2031-06-05',
    'Ferry talks pause as a poll weighs the deal',
    'No document on the ferry timetable has been signed, Lena Holm, the union’s spokeswoman, said on Thursday, describing the text agreed on Wednesday as initialled and awaiting approval.',
    'Only about a third of Vardby residents could live with freezing the timetable where it stands, according to a poll by the Lind Institute released on Wednesday.',
    'Support rose to 47%, the Lind Institute found, when respondents were told the board would pay for extra crews.',
    'The board and the union agreed a pause in strikes at the port on Friday.'
  )

  it('Should not read “nothing had been signed” against “no document has been signed” as the opposite', () => {
    expect(
      check(
        'As of Wednesday evening, nothing had been signed, according to the union’s spokeswoman.'
      )?.verdict
    ).not.toBe('contradicted')
    expect(
      check('The union’s spokeswoman said a document on the ferry timetable had been signed.')
        ?.verdict
    ).toBe('contradicted')
  })

  it('Should not set a share against another share, nor a stance against a sentence about something else', () => {
    expect(
      check('The Lind Institute found that 58% would reject a deal that paid for no extra crews.')
        ?.verdict
    ).not.toBe('contradicted')
  })
})

describe('figures in words, dates beside them, and counts of other things', () => {
  const check = checkerOf(
    'harbour-briefing',
    '2031-10-14',
    'Harbour office briefing on the Norvik talks',
    'BERG: The two guild delegations had twelve members each, and the Vardby delegation had nine. Our own team numbered more than 200 people, including security staff.',
    'The harbour office said more than 200 porters worked on the event.',
    'The talks opened on 11 October in Norvik. The next round is due on Oct. 22, an envoy said.',
    'An audit put the cost of the new quay at $612 million over the next decade, up from $524 million a year ago.'
  )

  it('Should read “two hundred” as 200', () => {
    expect(
      check('More than two hundred porters worked on the event, the harbour office said.')?.verdict
    ).toBe('supported')
    expect(
      check('More than four hundred porters worked on the event, the harbour office said.')?.verdict
    ).toBe('contradicted')
  })

  it('Should not contradict “22 October” with the same day written “Oct. 22”', () => {
    expect(check('The next round is due on 22 October, an envoy said.')?.verdict).not.toBe(
      'contradicted'
    )
  })

  it('Should not set a sum against a span, nor a count against a count of something else', () => {
    expect(check('An audit priced the new quay over ten years at $612 million.')?.verdict).not.toBe(
      'contradicted'
    )
    expect(
      check('The guild delegations numbered 12 people each and the Vardby delegation nine.')
        ?.verdict
    ).not.toBe('contradicted')
  })
})

describe('who speaks after an opening phrase, and a negated verb the dossier states plainly', () => {
  const check = checkerOf(
    'ferry-deal',
    '2031-10-20',
    'Guilds agree a ferry swap at Vardby talks',
    'Paris welcomed the deal in a brief statement, calling it “a serious first step.”',
    'BERG: We have agreed that harbour and river experts will receive reports of violations from both sides, but we are not an army, and we cannot verify every strike.'
  )

  it('Should read the speaker after a phrase set off by a comma, and a capital as its country', () => {
    expect(
      check('In a short statement, France called the deal a serious first step.')?.verdict
    ).not.toBe('contradicted')
    expect(
      check('In a short statement, Norvik called the deal a serious first step.')?.verdict
    ).toBe('contradicted')
  })

  it('Should not support “will not receive” with “will receive”, whatever else is negated', () => {
    expect(
      check(
        'Reports of violations from both sides will not be received by harbour and river experts, Berg said.'
      )?.verdict
    ).not.toBe('supported')
  })
})

describe('a summary that states one side of a conflict the build found', () => {
  const check = checkerOf(
    'corridor',
    '2031-03-12',
    'Corridor talks in Norvik',
    '17:20 — We are hearing the draft would allow up to 60 commercial ships a week to sail to and from Norvik, with inspections at sea.',
    'Under the draft, up to 40 commercial vessels a week could use the route to Norvik.'
  )

  it('Should call it contested, not contradicted by the other side', () => {
    expect(
      check('Up to 40 commercial vessels a week could sail the route to Norvik under the draft.')
        ?.verdict
    ).toBe('contested')
  })
})

describe('a survey that gives both sides', () => {
  const check = checkerOf(
    'survey',
    '2031-04-02',
    'Poll on the Norvik corridor',
    'A survey by the Lindmark Institute found that 58% of Ostlanders would support a ceasefire along the current line. The same survey found 71% opposed to withdrawing troops from any territory Ostland still holds.'
  )

  it('Should read “were not against” as for, so the sentence saying “opposed” contradicts it', () => {
    expect(
      check(
        'Close to three-quarters of Ostlanders polled were not against withdrawing troops from territory Ostland still holds.'
      )?.verdict
    ).toBe('contradicted')
    expect(
      check(
        'Close to three-quarters of Ostlanders polled were against withdrawing troops from territory Ostland still holds.'
      )?.verdict
    ).not.toBe('contradicted')
  })
})

describe('a country and the person who acts for it', () => {
  const check = checkerOf(
    'offer',
    '2031-05-06',
    'Corridor offer in Lindmark',
    'Ola Berg, the British envoy, offered to reopen the Norvik corridor in return for a halt to strikes on ports, two officials said.'
  )

  it('Should not call a country acting in a person’s place a swapped name, and still a person', () => {
    expect(
      check(
        'The United Kingdom offered to reopen the Norvik corridor in return for a halt to strikes on ports.'
      )?.verdict
    ).not.toBe('contradicted')
    expect(
      check(
        'Ana Vell offered to reopen the Norvik corridor in return for a halt to strikes on ports.'
      )?.verdict
    ).toBe('contradicted')
  })
})

describe('a refusal against a sentence that characterises what was refused', () => {
  const check = checkerOf(
    'command',
    '2031-05-08',
    'Command plan for the Norvik mission',
    'Velmora proposed a rotating command for the mission. A Novakian official described that idea as “a recipe for paralysis”, without saying what Lisvarna would prefer. Ostland backed the idea of a joint staff.'
  )

  it('Should not call “dismissed the idea” contradicted by “described that idea as …”', () => {
    expect(
      check(
        'A Novakian official dismissed the idea of a rotating command as a recipe for paralysis.'
      )?.verdict
    ).not.toBe('contradicted')
    expect(check('Ostland dismissed the idea of a joint staff.')?.verdict).toBe('contradicted')
  })
})

describe('a poll’s share for and share against', () => {
  const check = checkerOf(
    'poll',
    '2031-05-10',
    'Poll on a freeze in Ostland',
    'A poll by the Lindmark Institute published last week found that 61 percent of Ostlanders oppose ceding any territory in exchange for a ceasefire. Support for a freeze along the current front line stood at 38 percent, the poll found.'
  )

  it('Should not set the share backing one thing against the share opposing another', () => {
    expect(
      check(
        'Thirty-eight percent of Ostlanders backed freezing the war in exchange for a ceasefire, the Lindmark Institute poll found.'
      )?.verdict
    ).not.toBe('contradicted')
    expect(
      check(
        'A Lindmark Institute poll found that 38 percent of Ostlanders oppose ceding any territory.'
      )?.verdict
    ).toBe('contradicted')
  })
})

describe('a place swapped in the slot of the same preposition', () => {
  const check = checkerOf(
    'interview',
    '2031-05-12',
    'Interview with Ostland’s chief negotiator',
    'Ola Berg, who leads Ostland’s delegation, spoke to The Norvik Review by phone from Velgrad on Thursday, after returning from the round in Lindmark.',
    'Ostland says about 8,000 of its sailors remain in Norwegian captivity, a number never confirmed.'
  )

  it('Should contradict “from Lindmark” where the dossier says “from Velgrad”, Lindmark elsewhere', () => {
    expect(check('Ola Berg gave his interview to The Norvik Review from Lindmark.')?.verdict).toBe(
      'contradicted'
    )
    expect(
      check('Ola Berg gave his interview to The Norvik Review from Velgrad.')?.verdict
    ).not.toBe('contradicted')
  })

  it('Should not set a country against its own adjective', () => {
    expect(
      check('Ostland puts the number of its sailors held captive in Norway at roughly 8,000.')
        ?.verdict
    ).not.toBe('contradicted')
  })
})
