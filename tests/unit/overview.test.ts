import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import aliasesYaml from '../../corpus/aliases.yaml?raw'
import seedText from '../../corpus/documents/security-guarantees-donbas.txt?raw'
import editorialYaml from '../../corpus/editorial.yaml?raw'
import overviewYaml from '../../corpus/overview.yaml?raw'
import { parseDocument } from '../../src/corpus/parse.ts'
import { AliasTableSchema } from '../../src/index/aliases.ts'
import { parseArtifact, serializeArtifact } from '../../src/index/artifact.ts'
import { buildDossier } from '../../src/index/build-dossier.ts'
import { loadDossier } from '../../src/index/load.ts'
import { sentencesOf } from '../../src/overview/quote.ts'
import { compileRoster, RosterSchema } from '../../src/overview/roster.ts'
import { eventsIn } from '../../src/overview/timeline.ts'
import { EditorialSchema } from '../../src/provenance/schema.ts'
import { createApp } from '../../src/response/app.ts'
import type { DossierResponse } from '../../src/response/routes/dossier.ts'
import { dossierViolations } from '../support/dossier-promise.ts'

const yaml = (text: string) => parseYaml(text, { schema: 'core' })
const aliases = AliasTableSchema.parse(yaml(aliasesYaml))
const roster = RosterSchema.parse(yaml(overviewYaml))
const editorial = EditorialSchema.parse(yaml(editorialYaml))
const seed = parseDocument(seedText, 'security-guarantees-donbas.txt')

/** A small second document of our own: dated, with a new plan, a new date and a new position. */
const SECOND = `---
id: istanbul-round
title: Envoys weigh an Istanbul round
publisher: Test Wire
date: { earliest: 2026-02-03, latest: 2026-02-03, stated: true }
language: en
---
Envoys weigh an Istanbul round

According to Reuters, Turkey has offered to host a further round of talks in Istanbul on February 10.

Kyiv would accept the ‘Istanbul framework’ only if Russian troops withdraw from the Zaporizhzhia region.

Moscow rejected the ‘Istanbul framework’ on Monday, a Kremlin official said.`

/** The dossier response of the app over `documents`, as the route serves it. */
async function overviewOf(documents: ReturnType<typeof parseDocument>[]) {
  const dossier = loadDossier(buildDossier({ documents, aliases, editorial, roster }))
  const res = await createApp({ dossier }).request(
    '/v1/dossier',
    {},
    { RATE_LIMIT_ENABLED: 'false' }
  )
  return (await res.json()) as DossierResponse
}

describe('the overview, when a document is added', () => {
  it('Should change with no code change: a new plan, new dated events and a new position', async () => {
    const before = await overviewOf([seed])
    const after = await overviewOf([seed, parseDocument(SECOND, 'istanbul.txt')])
    expect(dossierViolations(after)).toEqual([])
    expect(after.documents.map((d) => d.id)).toEqual([
      'security-guarantees-donbas',
      'istanbul-round',
    ])

    const framework = after.proposals.find((p) => p.id === 'istanbul-framework')
    expect(before.proposals.some((p) => p.id === 'istanbul-framework')).toBe(false)
    expect(framework).toMatchObject({ name: '‘Istanbul framework’', objectors: ['russia'] })
    // "Kyiv would accept … only if …": Ukraine backs it, on a condition.
    const accepts = framework?.quotes.find((q) => q.citation.quote.startsWith('Kyiv would accept'))
    expect(accepts).toMatchObject({ role: 'backs', parties: ['ukraine'], conditional: ['ukraine'] })
    const rejects = framework?.quotes.find((q) => q.role === 'objects')
    expect(rejects?.conditional).toBeUndefined()

    const event = (e: DossierResponse['timeline'][number]) => `${e.date.start} ${e.when}`
    const added = after.timeline.filter((e) => e.documentId === 'istanbul-round').map(event)
    // February 10 is after the new document's date, so it is upcoming; Monday is 2 February.
    expect(added).toEqual(['2026-02-02 past', '2026-02-10 upcoming'])
    expect(after.timeline.filter((e) => e.documentId !== 'istanbul-round')).toEqual(before.timeline)

    const ukraine = after.parties.find((p) => p.id === 'ukraine')?.positions ?? []
    expect(ukraine.find((p) => p.citation.quote.startsWith('Kyiv would accept'))?.kind).toBe(
      'condition'
    )
    // A country the roster lacks joins the parties when the text gives it an offer and a role.
    expect(before.parties.some((p) => p.id === 'turkey')).toBe(false)
    const turkey = after.parties.find((p) => p.id === 'turkey')
    expect(turkey).toMatchObject({ name: 'Turkey', role: 'host' })
    expect(turkey?.positions.map((p) => [p.kind, p.citation.quote])).toEqual([
      [
        'offer',
        'According to Reuters, Turkey has offered to host a further round of talks in Istanbul on February 10.',
      ],
    ])
  })

  it('Should add a country that offers to host, with its role, its offer and its minister', async () => {
    const doc = `---
id: lakeside-round
title: A venue is offered
publisher: Test Wire
date: { earliest: 2026-03-02, latest: 2026-03-02, stated: true }
language: en
---
A venue is offered

Brazil has offered to host the next round of talks in Brasília later this month.

Brazilian Foreign Minister Ana Pereira Lobo said the invitation stood. Lobo would not take sides, she added.

A fisherman mends his nets by the lake. (Photo: R. Tamm/Test Wire)`
    const after = await overviewOf([seed, parseDocument(doc, 'lakeside.txt')])
    expect(dossierViolations(after)).toEqual([])
    const brazil = after.parties.find((p) => p.id === 'brazil')
    expect(brazil).toMatchObject({ name: 'Brazil', role: 'host' })
    expect(brazil?.aliases).toEqual(expect.arrayContaining(['Brazil', 'Ana Pereira Lobo', 'Lobo']))
    expect(brazil?.positions.map((p) => p.kind)).toEqual(['offer', 'refusal'])
    // A question asks; it states no position of the party it names.
    const asked = `${doc}\n\nQ: Would Brazil accept observers?`
    const withQuestion = await overviewOf([seed, parseDocument(asked, 'lakeside.txt')])
    expect(withQuestion.parties.find((p) => p.id === 'brazil')?.positions).toHaveLength(2)
    // The caption's photographer and lake are no party, and its words date nothing.
    expect(after.timeline.some((e) => e.citation.quote.includes('fisherman'))).toBe(false)
  })
})

describe('the parties of people, speakers and pronouns', () => {
  it('Should give a position to the party a person’s title, role or speaker label names', async () => {
    const doc = `---
id: lakeside-briefing
title: Envoys gather by the lake
publisher: Test Wire
date: { earliest: 2026-03-02, latest: 2026-03-02, stated: true }
language: en
---
Envoys gather by the lake

Uzbek President Temur Rashidov has promised a venue and security for the next round.

Brazil's special envoy, Caio Duarte, arrived on Monday as an observer.

Duarte told reporters the talks had been useful. He said a truce would be possible only after the shelling stops.

Deputy Minister Lucia Ferrer, who leads Chile's delegation, arrived too. Ferrer has asked the mediators to add the ports to the list.

The following are remarks by Chilean foreign ministry spokesman Tomas Ibarra on Monday.

IBARRA: We remain ready for a truce along the river.`
    const after = await overviewOf([seed, parseDocument(doc, 'lakeside.txt')])
    expect(dossierViolations(after)).toEqual([])
    const kinds = (id: string) =>
      after.parties.find((p) => p.id === id)?.positions.map((p) => p.kind) ?? []
    expect(kinds('uzbekistan')).toEqual(['offer'])
    expect(kinds('brazil')).toEqual(['condition'])
    expect(kinds('chile')).toEqual(['demand', 'offer'])
  })
})

describe('a spokesperson named with the party served', () => {
  it('Should give the party of “X, spokesperson for Peru’s ministry” to X’s turns', async () => {
    const doc = `---
id: peru-briefing
title: Weekly briefing
publisher: Test Wire
date: { earliest: 2026-03-03, latest: 2026-03-03, stated: true }
language: en
---
Weekly briefing

LIMA, 3 March 2026 — What follows is a transcript of the weekly briefing by Marta Sol, spokesperson for Peru's Ministry of Foreign Affairs.

Q (Ana Ruiz, Radio Sur): What about the zone?

SOL: We will not accept a zone carved out of our own land.

Q (Ana Ruiz, Radio Sur): And the ports?

SOL: That is for the next round.`
    const after = await overviewOf([seed, parseDocument(doc, 'peru.txt')])
    expect(dossierViolations(after)).toEqual([])
    const peru = after.parties.find((p) => p.id === 'peru')
    expect(peru?.positions.map((p) => p.kind)).toEqual(['refusal'])
  })
})

describe('a title the headline gives a party', () => {
  it('Should make the body’s person of that title the party’s, in that document only', async () => {
    const doc = `---
id: ports-interview
title: Chile's Foreign Minister on the Ports
publisher: Test Review
date: { earliest: 2026-03-02, latest: 2026-03-02, stated: true }
language: en
---
Chile's Foreign Minister on the Ports

Foreign Minister Lucia Ferrer spoke to the Review on Monday, the first interview she has given since the talks moved to Chile.

Q: Will the ports reopen?

Ferrer: We remain ready for a truce along the river.

Q: And the fleet?

Ferrer: That is for later.`
    const after = await overviewOf([seed, parseDocument(doc, 'ports.txt')])
    expect(dossierViolations(after)).toEqual([])
    const chile = after.parties.find((p) => p.id === 'chile')
    expect(chile?.aliases).toEqual(expect.arrayContaining(['Lucia Ferrer', 'Ferrer']))
    expect(chile?.positions.map((p) => p.kind)).toEqual(['offer'])
  })
})

describe('the timeline', () => {
  const doc = (earliest: string, latest: string, body: string) =>
    parseDocument(
      `---\nid: t\ntitle: T\npublisher: null\ndate: { earliest: ${earliest}, latest: ${latest}, stated: ${earliest === latest} }\nlanguage: en\n---\nT\n\n${body}`,
      't.txt'
    )
  const events = (d: ReturnType<typeof doc>) => {
    const built = buildDossier({ documents: [d], aliases })
    return eventsIn(
      sentencesOf(built.passages.filter((p) => p.kind !== 'headline')),
      built.documents[0] as never
    )
  }

  it('Should read relative dates against a stated date exactly', () => {
    const [friday, next] = events(
      doc('2026-01-28', '2026-01-28', 'He spoke on Friday. Talks resume next week.')
    )
    expect(friday).toMatchObject({
      dateText: 'on Friday',
      when: 'past',
      date: { start: '2026-01-23', end: '2026-01-23', approximate: false },
    })
    expect(next).toMatchObject({ when: 'upcoming', date: { precision: 'week', approximate: true } })
  })

  it('Should give a range, marked approximate, when the publication date is a range', () => {
    const [friday] = events(doc('2026-01-26', '2026-01-31', 'He spoke on Friday.'))
    expect(friday?.date).toEqual({
      start: '2026-01-23',
      end: '2026-01-30',
      precision: 'day',
      approximate: true,
    })
  })

  it('Should quote each date of a sentence with its own clause', () => {
    const [met, opened] = events(
      doc(
        '2026-03-05',
        '2026-03-05',
        'The envoys met again in Lisbon on Wednesday, in a round that opened on Tuesday.'
      )
    )
    expect([opened?.date.start, opened?.citation.quote]).toEqual([
      '2026-03-03',
      'in a round that opened on Tuesday.',
    ])
    // The test document's one-letter headline runs into its first paragraph here.
    expect(met?.date.start).toBe('2026-03-04')
    expect(met?.citation.quote).toMatch(/\bThe envoys met again in Lisbon on Wednesday$/)
  })

  it('Should count "a day after" from the date before it, and drop it with none', () => {
    const dated = events(
      doc(
        '2026-03-07',
        '2026-03-07',
        'The minister spoke on Saturday, a day after the call. She left two days before the vote.'
      )
    )
    expect(dated.map((e) => [e.dateText, e.date.start])).toEqual([
      ['on Saturday', '2026-03-07'],
      ['a day after', '2026-03-06'],
    ])
  })

  it('Should read a sentence that says what would happen on a weekday as ahead', () => {
    const [saturday] = events(
      doc('2026-03-05', '2026-03-05', 'He said Saturday’s session would focus on monitoring.')
    )
    expect(saturday).toMatchObject({ when: 'upcoming', date: { start: '2026-03-07' } })
  })

  it('Should put "last August" before the document and a bare year at year precision', () => {
    const [august, year] = events(
      doc('2026-01-31', '2026-01-31', 'They met last August. He took office in 2019.')
    )
    expect(august?.date).toMatchObject({
      start: '2025-08-01',
      end: '2025-08-31',
      precision: 'month',
    })
    expect(year?.date).toMatchObject({ start: '2019-01-01', end: '2019-12-31', precision: 'year' })
  })
})

describe('who acts in a sentence', () => {
  const compiled = compileRoster(roster, aliases)
  it('Should take the subject, not the object or the source', async () => {
    const { positionsIn } = await import('../../src/overview/positions.ts')
    const of = (text: string) =>
      positionsIn(text, compiled).map((p) => `${p.kind}:${p.parties.join('+')}`)
    expect(
      of('According to the Financial Times, the U.S. is pressing Kyiv to relinquish control.')
    ).toEqual(['demand:unitedstates'])
    expect(of('Voters oppose ceding Donbas to Russia in exchange for guarantees.')).toEqual([])
    expect(
      of('However, Ukraine’s position remains clear: it wants the U.S. to confirm commitments.')
    ).toEqual(['demand:ukraine'])
    expect(
      of('This stands in contrast to the U.S. and European demands for a settlement.')
    ).toEqual(['demand:unitedstates+europe'])
  })
})

describe('the overview in the stored artifact', () => {
  it('Should store each quote once, as a place in a passage, and read back the same overview', () => {
    const artifact = buildDossier({ documents: [seed], aliases, editorial, roster })
    const text = serializeArtifact(artifact)
    const stored = JSON.parse(text) as { overview: { figures: Array<Record<string, unknown>> } }
    const figure = stored.overview.figures[0] ?? {}
    expect(figure.citation).not.toHaveProperty('quote')
    expect(figure).not.toHaveProperty('label')
    expect(parseArtifact(text)).toEqual(JSON.parse(JSON.stringify(artifact)))
  })
})
