import { describe, expect, it } from 'vitest'
import type { Answer, ApiPassage, Segment } from '../../src/answer/schema.ts'
import { promiseViolations } from '../support/promise.ts'
import { parseSse } from '../support/sse.ts'
import { ask, call, postJson } from '../support/worker.ts'

const withoutId = ({ id: _id, ...rest }: Answer) => rest

describe('POST /v1/answers, streamed (extractive)', () => {
  it.each([
    [
      '"stream": true',
      () => postJson('/v1/answers', { question: 'Who hosted the trilateral talks?', stream: true }),
    ],
    [
      'Accept: text/event-stream',
      () =>
        postJson(
          '/v1/answers',
          { question: 'Who hosted the trilateral talks?' },
          {
            accept: 'text/event-stream',
          }
        ),
    ],
  ])(
    'Should stream passages, then segments, then a done equal to the JSON answer (%s)',
    async (_, send) => {
      const res = await send()
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/)
      const events = parseSse(await res.text())
      const names = events.map((e) => e.event)
      expect(names[0]).toBe('passages')
      expect(names.at(-1)).toBe('done')
      expect(names.filter((n) => n === 'done')).toHaveLength(1)

      const done = events.at(-1)?.data as Answer
      expect(promiseViolations(done)).toEqual([])
      const plain = await ask('Who hosted the trilateral talks?')
      expect(withoutId(done)).toEqual(withoutId(plain))

      // Every passage a segment cites was sent before that segment.
      const seen = new Set<string>()
      for (const e of events) {
        if (e.event === 'passages') for (const p of e.data as ApiPassage[]) seen.add(p.id)
        if (e.event === 'segment') {
          const { segment } = e.data as { segment: Segment }
          for (const c of segment.citations) expect(seen.has(c.passageId)).toBe(true)
        }
      }
      const segments = events
        .filter((e) => e.event === 'segment')
        .map((e) => (e.data as { segment: Segment }).segment)
      expect(segments).toEqual(done.segments)
    }
  )

  it('Should refuse bad input with a problem, not a stream', async () => {
    const res = await call('/v1/answers', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ question: ' ', stream: true }),
    })
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
  })
})

describe('the stream’s events, as the OpenAPI document describes them', () => {
  it('Should send only events the document’s AnswerEvent schema admits', async () => {
    const { AnswerEventSchema } = await import('../../src/response/schemas.ts')
    const res = await postJson('/v1/answers', {
      question: 'What does Putin demand before ending the war?',
      stream: true,
    })
    const events = parseSse(await res.text())
    expect(events.map((e) => e.event)).toContain('done')
    for (const e of events) {
      const parsed = AnswerEventSchema.safeParse({ event: e.event, data: e.data })
      expect(parsed.success, `${e.event}: ${parsed.error?.message ?? ''}`).toBe(true)
    }
    const document = (await (await call('/openapi.json')).json()) as {
      paths: Record<
        string,
        Record<
          string,
          { responses: Record<string, { content: Record<string, { schema: { $ref?: string } }> }> }
        >
      >
      components: { schemas: Record<string, { oneOf?: unknown[] }> }
    }
    const stream =
      document.paths['/v1/answers']?.post?.responses['200']?.content['text/event-stream']
    expect(stream?.schema.$ref).toBe('#/components/schemas/AnswerEvent')
    expect(document.components.schemas.AnswerEvent?.oneOf).toHaveLength(6)
  })
})
