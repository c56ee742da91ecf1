import { describe, expect, it } from 'vitest'
import { NOTICES } from '../../src/answer/notices.ts'
import type { Answer } from '../../src/answer/schema.ts'
import { promiseViolations } from '../support/promise.ts'
import { postJson } from '../support/worker.ts'

async function answer(question: string, history?: unknown): Promise<Answer> {
  const res = await postJson('/v1/answers', history ? { question, history } : { question })
  expect(res.status).toBe(200)
  return (await res.json()) as Answer
}

const cites = (a: Answer) => a.passages.map((p) => p.text).join('\n')

describe('a conversation', () => {
  it('Should read a follow-up as continuing the question before it, and say so', async () => {
    const earlier = 'What happened at the talks in Abu Dhabi?'
    const alone = await answer('and what did Russia say about that?')
    const followed = await answer('and what did Russia say about that?', [{ question: earlier }])
    // The answering sentence first, then how the question was read.
    expect(followed.segments[0]?.kind).toBe('quote')
    expect(followed.segments[1]).toEqual({
      kind: 'notice',
      text: NOTICES.followUp(earlier),
      citations: [],
      labels: [],
    })
    expect(promiseViolations(followed)).toEqual([])
    // About the earlier topic: Abu Dhabi, which the question alone never reaches.
    expect(cites(followed)).toMatch(/Abu Dhabi/)
    expect(cites(alone)).not.toMatch(/Abu Dhabi/)
    expect(followed.passages.map((p) => p.id)).not.toEqual(alone.passages.map((p) => p.id))
  })

  it('Should follow a chain of follow-ups back to the topic', async () => {
    const history = [
      { question: 'What happened at the talks in Abu Dhabi?' },
      { question: 'and Russia?' },
    ]
    const a = await answer('why?', history)
    expect(a.segments[0]?.kind).toBe('quote')
    expect(a.segments[1]?.text).toBe(NOTICES.followUp('and Russia?'))
    expect(cites(a)).toMatch(/Abu Dhabi|Russia/)
  })

  it('Should say when a follow-up comes without the question it follows', async () => {
    const a = await answer('and what did Russia say about that?')
    expect(a.segments[0]?.kind).toBe('quote')
    expect(a.segments[1]?.text).toBe(NOTICES.noEarlierQuestion)
  })

  it.each([
    'How many drones did Russia launch at Ukraine?',
    'When is the next round of talks?',
    'Where were the trilateral talks held?',
    'Why does Ukraine refuse to give up Donbas?',
  ])('Should answer “%s”, which stands alone, as it would without the conversation', async (q) => {
    const history = [{ question: 'What happened at the talks in Abu Dhabi?' }]
    const alone = await answer(q)
    const inThread = await answer(q, history)
    expect(inThread.segments).toEqual(alone.segments)
    expect(alone.segments.map((s) => s.text)).not.toContain(NOTICES.noEarlierQuestion)
  })

  it.each(['so is there a deal or not', 'are there any talks planned?'])(
    'Should answer “%s”, which opens like speech but leans on nothing, on its own',
    async (q) => {
      const a = await answer(q)
      expect(a.segments.map((s) => s.text)).not.toContain(NOTICES.noEarlierQuestion)
    }
  )

  it('Should never suggest a follow-up the conversation has already asked', async () => {
    const first = await answer('How many drones did Russia launch at Ukraine?')
    const taken = first.followUps?.[0] ?? ''
    expect(taken).not.toBe('')
    const history = [{ question: first.question }, { question: taken.toUpperCase() }]
    const next = await answer('What does Putin demand before ending the war?', history)
    expect(next.followUps).not.toContain(taken)
    expect(next.followUps?.length).toBeGreaterThanOrEqual(2)
  })

  it.each([
    [Array.from({ length: 11 }, () => ({ question: 'Who hosted the talks?' })), 'body.history'],
    [[{ question: '' }], 'body.history.0.question'],
    [[{ question: 'Who hosted the talks?', answerId: 'nope' }], 'body.history.0.answerId'],
    [[{ question: 'Who hosted the talks?', said: 'x' }], 'said'],
    ['Who hosted the talks?', 'body.history'],
  ])('Should refuse history %j with a problem naming %s', async (history, field) => {
    const res = await postJson('/v1/answers', { question: 'why?', history })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain(field)
  })
})
