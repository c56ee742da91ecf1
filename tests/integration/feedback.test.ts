import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import type { Answer } from '../../src/answer/schema.ts'
import { parseSse } from '../support/sse.ts'
import { postJson } from '../support/worker.ts'

const DB = (env as unknown as { DB: D1Database }).DB

/** Asks a question, JSON or streamed, and returns the answer. */
async function answered(question: string, stream = false): Promise<Answer> {
  const res = await postJson('/v1/answers', { question, stream })
  expect(res.status).toBe(200)
  if (!stream) return (await res.json()) as Answer
  return parseSse(await res.text()).at(-1)?.data as Answer
}

/**
 * Posts feedback; the answer is recorded just after it is served, so a first 404 is retried
 * briefly (a reader clicks well after that).
 */
async function feedback(body: Record<string, unknown>): Promise<Response> {
  for (let i = 0; ; i++) {
    const res = await postJson('/v1/feedback', body)
    if (res.status !== 404 || i >= 20) return res
    await new Promise((r) => setTimeout(r, 25))
  }
}

describe('POST /v1/feedback', () => {
  it.each([false, true])(
    'Should store feedback with the answer’s question, mode and cited passages (streamed: %s)',
    async (stream) => {
      const answer = await answered('How many drones did Russia launch at Ukraine?', stream)
      const res = await feedback({
        answerId: answer.id,
        helpful: false,
        comment: 'The count is from one night only.',
      })
      expect(res.status).toBe(201)
      const { id } = (await res.json()) as { id: string }
      expect(id).toMatch(/^fb_/)
      const row = await DB.prepare('SELECT * FROM feedback WHERE id = ?').bind(id).first()
      expect(row).toMatchObject({
        answer_id: answer.id,
        helpful: 0,
        comment: 'The count is from one night only.',
        question: answer.question,
        mode: answer.mode,
        passage_ids: JSON.stringify(answer.passages.map((p) => p.id)),
      })
    }
  )

  it('Should take feedback without a comment', async () => {
    const answer = await answered('Who hosted the trilateral talks?')
    const res = await feedback({ answerId: answer.id, helpful: true })
    expect(res.status).toBe(201)
  })

  it.each([
    [{ helpful: true }, 'body.answerId'],
    [{ answerId: 'ans_x', helpful: true }, 'body.answerId'],
    [{ answerId: `ans_${crypto.randomUUID()}`, helpful: 'yes' }, 'body.helpful'],
    [
      { answerId: `ans_${crypto.randomUUID()}`, helpful: true, comment: 'é'.repeat(2001) },
      'body.comment',
    ],
    [{ answerId: `ans_${crypto.randomUUID()}`, helpful: true, rating: 5 }, 'rating'],
  ])('Should refuse %j with a problem naming %s', async (body, field) => {
    const res = await postJson('/v1/feedback', body)
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(await res.text()).toContain(field)
  })

  it('Should accept a 2,000-character comment counted in characters, not UTF-16 units', async () => {
    const answer = await answered('Who hosted the trilateral talks?')
    const res = await feedback({ answerId: answer.id, helpful: false, comment: '🙂'.repeat(2000) })
    expect(res.status).toBe(201)
  })

  it('Should say when the answer was never served', async () => {
    const res = await postJson('/v1/feedback', {
      answerId: `ans_${crypto.randomUUID()}`,
      helpful: true,
    })
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  })
})
