import { describe, expect, it } from 'vitest'
import type { TimelineEvent } from '../../src/overview/schema.ts'
import { type DossierResponse, DossierResponseSchema } from '../../src/response/routes/dossier.ts'
import { dossierViolations, quoteItems } from '../support/dossier-promise.ts'
import { passageWith } from '../support/seed.ts'
import { call } from '../support/worker.ts'

async function getDossier(): Promise<DossierResponse> {
  const res = await call('/v1/dossier')
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toMatch(/application\/json/)
  return DossierResponseSchema.parse(await res.json())
}

const quotes = (items: { citation: { quote: string } }[]) => items.map((i) => i.citation.quote)

describe('GET /v1/dossier', () => {
  it('Should keep the promise on every item, and carry exactly the passages it cites', async () => {
    const body = await getDossier()
    expect(dossierViolations(body)).toEqual([])
    const cited = new Set(quoteItems(body).map(([, q]) => q.citation.passageId))
    expect(new Set(body.passages.map((p) => p.id))).toEqual(cited)
    expect(body.documents.map((d) => d.id)).toEqual(['security-guarantees-donbas'])
    expect(body.documents[0]?.passageCount).toBe(111)
  })

  it('Should list the United States, Ukraine and Russia with cited positions of each kind', async () => {
    const { parties } = await getDossier()
    const party = (id: string) => parties.find((p) => p.id === id)
    const positions = (id: string, kind: string) =>
      quotes(party(id)?.positions.filter((p) => p.kind === kind) ?? [])
    expect(parties.map((p) => p.id)).toEqual(
      expect.arrayContaining(['unitedstates', 'ukraine', 'russia', 'uae', 'europe'])
    )
    expect(party('uae')?.role).toBe('host')
    expect(party('ukraine')?.aliases).toEqual(expect.arrayContaining(['Kyiv', 'Zelenskyy']))
    expect(positions('russia', 'condition')).toContainEqual(
      expect.stringContaining('he will not end the war unless Ukraine unilaterally')
    )
    expect(positions('ukraine', 'refusal')).toContainEqual(
      expect.stringContaining('Zelensky has consistently refused to cede Donbas')
    )
    expect(positions('unitedstates', 'demand')).toContainEqual(
      expect.stringContaining('pushing for a ‘free economic zone’')
    )
    // Object, not actor: "ceding Donbas to Russia" in the poll is not a Russian position.
    expect(quotes(party('russia')?.positions ?? [])).not.toContainEqual(
      expect.stringContaining('Polling data')
    )
  })

  it('Should list the main proposals with who backs and who objects, each side quoted', async () => {
    const { proposals } = await getDossier()
    const proposal = (id: string) => {
      const p = proposals.find((x) => x.id === id)
      if (!p) throw new Error(`no proposal ${id}`)
      return p
    }
    expect(proposal('security-guarantees')).toMatchObject({
      backers: expect.arrayContaining(['unitedstates', 'ukraine']),
      objectors: expect.arrayContaining(['russia']),
    })
    expect(proposal('free-economic-zone')).toMatchObject({
      backers: ['unitedstates'],
      objectors: ['ukraine', 'europe'],
    })
    expect(proposal('referendum')).toMatchObject({ backers: ['ukraine'], objectors: ['russia'] })
    expect(proposal('anchorage-formula').backers).toEqual(['unitedstates', 'russia'])
    expect(proposal('territorial-withdrawal')).toMatchObject({
      backers: expect.arrayContaining(['unitedstates', 'russia']),
      objectors: ['ukraine'],
    })
    expect(proposals.find((p) => p.id === 'prosperity-plan')?.quotes.length).toBeGreaterThan(0)
    // Every backer and objector is named by at least one quote in that role.
    for (const p of proposals) {
      for (const [role, list] of [
        ['backs', p.backers],
        ['objects', p.objectors],
      ] as const) {
        for (const party of list) {
          expect(p.quotes.some((q) => q.role === role && q.parties.includes(party))).toBe(true)
        }
      }
    }
  })

  it('Should date the Alaska summit, Moscow, Abu Dhabi, Davos and the 1 February round', async () => {
    const { timeline } = await getDossier()
    const find = (phrase: string, start: string) =>
      timeline.find((e) => e.citation.quote.includes(phrase) && e.date.start === start)
    expect(find('summit in Alaska last August', '2025-08-01')).toMatchObject({
      dateText: 'last August',
      date: { end: '2025-08-31', precision: 'month', approximate: true },
      when: 'past',
    })
    expect(find('met with Trump’s envoys', '2026-01-22')).toMatchObject({
      date: { end: '2026-01-22', precision: 'day', approximate: false },
    })
    expect(find('hosted a pivotal trilateral meeting', '2026-01-23')?.date.approximate).toBe(false)
    const davos = timeline.find((e) => e.citation.quote.includes('not signed in Davos last week'))
    expect(davos).toMatchObject({ dateText: 'last week', date: { precision: 'week' } })
    // Davos (20–23 January) lies within "last week" read against either end of the date range.
    const week = davos?.date ?? { start: '', end: '' }
    expect(week.start <= '2026-01-22' && '2026-01-22' <= week.end).toBe(true)
    expect(find('scheduled for February 1', '2026-02-01')).toMatchObject({ when: 'upcoming' })
    const nextWeek = timeline.find((e) => e.dateText === 'next week')
    expect(nextWeek).toMatchObject({ when: 'upcoming', date: { approximate: true } })
  })

  it('Should order the timeline and never call a past event upcoming', async () => {
    const { timeline, documents } = await getDossier()
    const starts = timeline.map((e) => e.date.start)
    expect(starts).toEqual([...starts].sort())
    const latest = documents[0]?.date.latest ?? ''
    for (const e of timeline as TimelineEvent[]) {
      expect(e.date.start <= e.date.end).toBe(true)
      if (e.when === 'past') expect(e.date.start <= latest).toBe(true)
      else expect(e.date.start > latest).toBe(true)
      // The date's words are in its quote, as written.
      expect(e.citation.quote).toContain(e.dateText)
    }
    expect(timeline.some((e) => /^now$/i.test(e.dateText))).toBe(false)
  })

  it('Should keep the contested ledger with reasons and the other side quoted', async () => {
    const { contested } = await getDossier()
    const siphoning = contested.find((c) => c.citation.quote.includes('siphoning billions'))
    expect(siphoning?.reasons.join(' ')).toMatch(/Reports suggest/)
    const finalised = contested.find((c) => c.citation.quote.includes('had ‘finalised’'))
    expect(quotes(finalised?.conflictsWith ?? [])).toContainEqual(
      expect.stringContaining('was not signed in Davos')
    )
    const ids = contested.map((c) => c.citation.passageId)
    expect(ids).toContain(passageWith('Anchorage formula').id)
    expect(contested.every((c) => c.label === 'contested' && c.reasons.length > 0)).toBe(true)
  })

  it('Should state the figures with what they count and who reports them, and no years', async () => {
    const { figures } = await getDossier()
    const figure = (text: string) => figures.find((f) => f.text === text)
    expect(figure('Over 54%')).toMatchObject({ value: 54, unit: '%', counts: 'of respondents' })
    expect(figure('$800 billion')).toMatchObject({ value: 800e9, unit: '$' })
    expect(figure('40')).toMatchObject({
      counts: 'Ukrainian drones',
      attribution: 'Russia’s Defense Ministry',
      label: 'sourced',
    })
    expect(figure('50km')).toMatchObject({ value: 50, unit: 'km' })
    expect(figures.some((f) => /^(?:19|20)\d\d\b/.test(f.text))).toBe(false)
    for (const f of figures) expect(f.citation.quote).toContain(f.text)
  })

  it('Should refuse other methods with a problem, and ignore a query string', async () => {
    // A 405 whatever the body: not a 415 for a body the route would never read.
    for (const headers of [
      { 'content-type': 'application/json' },
      { 'content-type': 'text/plain' },
    ]) {
      const post = await call('/v1/dossier', { method: 'POST', headers, body: 'x'.repeat(20_000) })
      expect(post.status).toBe(405)
      expect(post.headers.get('content-type')).toMatch(/application\/problem\+json/)
      expect(post.headers.get('allow')).toContain('GET')
    }
    const odd = await call('/v1/dossier?limit=%00%ff&x=<script>')
    expect(odd.status).toBe(200)
    expect(dossierViolations(DossierResponseSchema.parse(await odd.json()))).toEqual([])
  })

  it('Should be described by the OpenAPI document', async () => {
    const spec = (await (await call('/openapi.json')).json()) as { paths: Record<string, unknown> }
    expect(spec.paths['/v1/dossier']).toHaveProperty('get')
  })
})
