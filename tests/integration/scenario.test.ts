import { describe, expect, it } from 'vitest'
import type { Answer } from '../../src/answer/schema.ts'
import { promiseViolations } from '../support/promise.ts'
import { dossier } from '../support/seed.ts'
import { ask } from '../support/worker.ts'

/** Each quote segment of a scenario answer sits in exactly one group; notices in none. */
function groupingViolations(answer: Answer): string[] {
  const out: string[] = []
  const grouped = (answer.scenario?.groups ?? []).flatMap((g) => g.segments)
  answer.segments.forEach((s, i) => {
    const n = grouped.filter((x) => x === i).length
    if (s.kind === 'quote' && n !== 1) out.push(`segment ${i} is in ${n} groups`)
    if (s.kind !== 'quote' && n !== 0) out.push(`notice ${i} is in a group`)
  })
  return out
}

const kindsOf = (answer: Answer, phrase: string) =>
  (answer.scenario?.groups ?? [])
    .filter((g) => g.segments.some((i) => answer.segments[i]?.text.includes(phrase)))
    .map((g) => g.kind)

describe('scenario questions', () => {
  it('Should gather what the dossier says would follow, grouped by party and kind', async () => {
    const answer = await ask('What happens if Ukraine gives up Donbas?')
    expect(promiseViolations(answer)).toEqual([])
    expect(groupingViolations(answer)).toEqual([])
    expect(answer.segments[0]).toMatchObject({ kind: 'notice' })
    expect(answer.segments[0]?.text).toMatch(/does not predict/)
    expect(kindsOf(answer, 'Over 54% of respondents oppose')).toEqual(['poll'])
    expect(kindsOf(answer, 'Military analysts echo these concerns')).toEqual(['analysis'])
    expect(kindsOf(answer, 'could be perceived as a betrayal')).toEqual(['speculation'])
    // Groups run party by party, and a group's quotes carry their passage's label.
    const parties = answer.scenario?.groups.map((g) => g.party) ?? []
    const order = dossier.overview.parties.map((p) => p.id)
    const rank = (p: string | null) => (p === null ? order.length : order.indexOf(p))
    expect(parties.map(rank)).toEqual([...parties.map(rank)].sort((a, b) => a - b))
  })

  it('Should show the corpus’s speculation as speculation, with its label', async () => {
    const answer = await ask('What does Russia gain if Ukraine withdraws?')
    expect(promiseViolations(answer)).toEqual([])
    expect(groupingViolations(answer)).toEqual([])
    const speculation = (answer.scenario?.groups ?? [])
      .filter((g) => g.kind === 'speculation')
      .flatMap((g) => g.segments.map((i) => answer.segments[i]))
    expect(speculation.length).toBeGreaterThan(0)
    for (const s of speculation) expect(s?.labels).not.toContain('sourced')
  })

  it('Should not invent a scenario for a subject the dossier does not cover', async () => {
    const answer = await ask('What happens to Crimea under the proposed peace deal?')
    expect(answer.coverage).toBe('not_in_corpus')
    expect(answer.scenario).toBeUndefined()
  })

  it('Should answer other questions without groups', async () => {
    const answer = await ask('Who hosted the trilateral talks?')
    expect(answer.scenario).toBeUndefined()
  })
})

describe('follow-up questions', () => {
  const QUESTIONS = [
    'Who hosted the trilateral talks?',
    'What does Putin demand before ending the war?',
    'What happens if Ukraine gives up Donbas?',
    'What is Hungary’s position?',
    'How many drones did Russia launch?',
  ]

  it('Should suggest one to three on every answer, at most one about something else', async () => {
    for (const question of QUESTIONS) {
      const answer = await ask(question)
      expect(answer.followUps?.length, question).toBeGreaterThanOrEqual(1)
      expect(answer.followUps?.length, question).toBeLessThanOrEqual(3)
      expect(answer.followUps).not.toContain(question)
      // Related: it shares a passage with the answer, or a name with the question.
      const cited = new Set(answer.passages.map((p) => p.id))
      const names = new Set(dossier.tokenizer.tokens(question))
      const unrelated = (answer.followUps ?? []).filter((q) => {
        const f = dossier.followUps.find((x) => x.question === q)
        return !f?.passageIds.some((id) => cited.has(id)) && !f?.names.some((n) => names.has(n))
      })
      expect(unrelated.length, question).toBeLessThanOrEqual(1)
    }
  })

  it('Should only suggest questions the dossier answers, with quotes', async () => {
    const suggested = new Set<string>()
    for (const question of QUESTIONS)
      for (const f of (await ask(question)).followUps ?? []) suggested.add(f)
    for (const f of dossier.followUps) suggested.add(f.question)
    expect(suggested.size).toBeGreaterThanOrEqual(8)
    for (const question of suggested) {
      const answer = await ask(question)
      expect(answer.coverage, question).toBe('answered')
      expect(
        answer.segments.some((s) => s.kind === 'quote'),
        question
      ).toBe(true)
      expect(promiseViolations(answer)).toEqual([])
    }
  })

  it('Should relate the suggestions to the answer', async () => {
    const answer = await ask('Who hosted the trilateral talks?')
    expect(answer.followUps?.[0]).toBe('What happened on January 23?')
  })
})
