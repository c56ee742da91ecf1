import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import prompts from '../../.build/prompts.json' with { type: 'json' }
import type { Answer, Segment } from '../../src/answer/schema.ts'
import type { RecordedRequest } from '../support/fake-anthropic.ts'
import { FAKE_TEXT } from '../support/fake-anthropic.ts'
import { promiseViolations, quotedStatus } from '../support/promise.ts'
import { passageWith } from '../support/seed.ts'
import { parseSse, type SseEvent } from '../support/sse.ts'
import { postJson } from '../support/worker.ts'

// The worker runs with ANTHROPIC_BASE_URL pointing at the stand-in Messages API (setup.ts). A
// marker in the question picks the stand-in's scripted behaviour; the question is otherwise one
// the dossier answers well, so the model is always asked.
const QUESTION = 'Who hosted the trilateral talks with Witkoff and Umerov in January?'
const config = env as unknown as Record<string, string>

type Via = 'plain' | 'streamed'

async function answer(scenario: string, via: Via, mode = 'auto', asked = QUESTION) {
  const question = `${asked} [scenario:${scenario}]`
  const res = await postJson('/v1/answers', { question, mode, stream: via === 'streamed' })
  expect(res.status).toBe(200)
  if (via === 'plain') return { answer: (await res.json()) as Answer, events: [] as SseEvent[] }
  const events = parseSse(await res.text())
  expect(events.at(-1)?.event).toBe('done')
  return { answer: events.at(-1)?.data as Answer, events }
}

async function recorded(scenario: string): Promise<RecordedRequest[]> {
  const res = await fetch(`${config.ANTHROPIC_BASE_URL}/__requests?scenario=${scenario}`)
  return (await res.json()) as RecordedRequest[]
}

const cited = (a: Answer) => a.segments.filter((s) => s.citations.length > 0)
const allText = (a: Answer) => JSON.stringify(a.segments)

describe.each(['plain', 'streamed'] as const)('model mode, %s', (via) => {
  it('Should answer with the model’s verified, cited sentences', async () => {
    const { answer: a } = await answer('good', via)
    expect(a.mode).toBe('model')
    expect(a.degraded).toBeUndefined()
    expect(promiseViolations(a)).toEqual([])
    expect(cited(a).length).toBe(2)
    for (const s of cited(a)) {
      expect(s.kind).toBe('text')
      // Labelled by the sentences it cites, as the passage in the response labels them.
      const c = s.citations[0]
      const passage = a.passages.find((p) => p.id === c?.passageId)
      expect(s.labels).toEqual([passage && c && quotedStatus(passage, c.start, c.end)])
      expect(s.warnings).toBeUndefined()
    }
    // The whitespace block between the two cited ones states nothing and is dropped.
    expect(a.segments.every((s) => s.text.trim() !== '')).toBe(true)
  })

  it('Should cut a citation of several sentences from our own passage text', async () => {
    // Its best passage has two sentences: Witkoff's optimism, then his words.
    const { answer: a } = await answer(
      'multi-block',
      via,
      'auto',
      'What did the U.S. envoy Witkoff say about the talks in Abu Dhabi?'
    )
    expect(promiseViolations(a)).toEqual([])
    const citation = cited(a)[0]?.citations[0]
    if (!citation) throw new Error('no citation')
    const passage = a.passages.find((p) => p.id === citation.passageId)
    expect(citation.quote).toBe(passage?.text.slice(citation.start, citation.end))
    // Two sentences: the quote runs across a sentence boundary of the passage.
    expect(citation.quote).toMatch(/[.!?’”]\s+\S/)
  })

  it('Should attach citations that arrive before their text', async () => {
    const { answer: a } = await answer('citations-first', via)
    expect(a.mode).toBe('model')
    expect(cited(a).length).toBe(2)
    expect(promiseViolations(a)).toEqual([])
  })

  it('Should label a sentence without a citation uncited', async () => {
    const { answer: a } = await answer('uncited', via)
    const claim = a.segments.find((s) => s.text.includes(FAKE_TEXT.uncitedClaim))
    expect(claim).toMatchObject({ kind: 'text', citations: [], labels: ['uncited'] })
    expect(promiseViolations(a)).toEqual([])
  })

  it.each([
    ['forged', FAKE_TEXT.forgedQuote],
    ['out-of-range', undefined],
  ])('Should never let a %s citation reach the reader', async (scenario, forged) => {
    const { answer: a } = await answer(scenario, via)
    // Nothing the model said survived verification: the extractive answer stands in.
    expect(a).toMatchObject({ mode: 'extractive', degraded: { reason: 'unverifiable' } })
    expect(promiseViolations(a)).toEqual([])
    if (forged) expect(allText(a)).not.toContain(forged)
  })

  it('Should warn about a number, date or name its quotes lack, and withhold “sourced”', async () => {
    const { answer: a } = await answer('specifics', via)
    const [segment] = cited(a)
    expect(segment?.warnings?.join(' ')).toMatch(/“14”.*“March”.*“72”.*“Norwegian”/)
    expect(segment?.labels).not.toContain('sourced')
    expect(promiseViolations(a)).toEqual([])
  })

  it.each([
    ['refusal', 'refusal'],
    ['rate-limited', 'rate_limited'],
    ['overloaded', 'overloaded'],
    ['server-error', 'server_error'],
    ['slow', 'timeout'],
    ['invalid-json', 'malformed'],
    ['cut', 'connection'],
  ])(
    'Should serve the extractive answer, degraded, when the model %s',
    async (scenario, reason) => {
      const { answer: a, events } = await answer(scenario, via)
      expect(a).toMatchObject({ mode: 'extractive', coverage: 'answered', degraded: { reason } })
      expect(a.segments.some((s) => s.kind === 'quote')).toBe(true)
      expect(promiseViolations(a)).toEqual([])
      if (via === 'streamed') expect(events.map((e) => e.event)).toContain('degraded')
    }
  )
})

describe('model mode, the request and the stream', () => {
  it('Should send search results with citations on, the prompt file, and the key only as a bearer token', async () => {
    await answer('good', 'plain')
    const [request] = (await recorded('good')).slice(-1)
    const body = request?.body as {
      system: string
      messages: {
        content: {
          type: string
          source?: string
          citations?: unknown
          content?: { text: string }[]
        }[]
      }[]
    }
    expect(body.system).toBe(prompts.answer)
    const results = body.messages[0]?.content.filter((b) => b.type === 'search_result') ?? []
    expect(results.length).toBeGreaterThan(0)
    for (const r of results) {
      expect(r.citations).toEqual({ enabled: true })
      const passage = passageWith(r.content?.[0]?.text ?? '')
      expect(r.source).toBe(passage.id)
      expect(r.content?.map((b) => b.text)).toEqual(
        passage.sentences.map((s) => passage.text.slice(s.start, s.end))
      )
    }
    const key = config.ANTHROPIC_API_KEY ?? ''
    expect(request?.headers.authorization).toBe(`Bearer ${key}`)
    const elsewhere = { ...request?.headers, authorization: '' }
    expect(JSON.stringify(elsewhere)).not.toContain(key)
    expect(JSON.stringify(request?.body)).not.toContain(key)
  })

  it('Should retry a 429 once, then give up', async () => {
    const before = (await recorded('rate-limited')).length
    await answer('rate-limited', 'plain')
    expect((await recorded('rate-limited')).length - before).toBe(2)
  })

  it('Should stream passages first, text as it arrives, then segments, and a done equal to the JSON', async () => {
    const { answer: plain } = await answer('good', 'plain')
    const { answer: done, events } = await answer('good', 'streamed')
    const { id: _a, ...a } = plain
    const { id: _b, ...b } = done
    expect(b).toEqual(a)
    const names = events.map((e) => e.event)
    expect(names[0]).toBe('passages')
    expect(names.indexOf('text')).toBeGreaterThan(0)
    expect(names.lastIndexOf('text')).toBeLessThan(names.indexOf('segment'))
    const segments = events
      .filter((e) => e.event === 'segment')
      .map((e) => (e.data as { segment: Segment }).segment)
    expect(segments).toEqual(done.segments)
  })

  it('Should not ask the model in extractive mode, or for a question the dossier does not cover', async () => {
    const before = (await recorded('good')).length
    const extractive = await postJson('/v1/answers', {
      question: `${QUESTION} [scenario:good]`,
      mode: 'extractive',
    })
    expect(((await extractive.json()) as Answer).mode).toBe('extractive')
    const uncovered = await postJson('/v1/answers', {
      question: 'What is Belarus doing? [scenario:good]',
    })
    expect(((await uncovered.json()) as Answer).coverage).toBe('not_in_corpus')
    expect((await recorded('good')).length).toBe(before)
  })

  it('Should answer a scenario question with the dossier’s own grouped quotes, not the model', async () => {
    const before = (await recorded('good')).length
    const { answer: a } = await answer(
      'good',
      'plain',
      'auto',
      'What happens if Ukraine gives up Donbas?'
    )
    expect(a.mode).toBe('extractive')
    expect(a.scenario?.groups.length).toBeGreaterThan(0)
    expect(promiseViolations(a)).toEqual([])
    expect((await recorded('good')).length).toBe(before)
  })

  it('Should suggest follow-ups on a model answer too', async () => {
    const { answer: a } = await answer('good', 'streamed')
    expect(a.mode).toBe('model')
    expect(a.followUps?.length).toBeGreaterThanOrEqual(2)
  })
})
