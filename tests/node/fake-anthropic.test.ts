/**
 * The stand-in Messages API speaks the documented wire format, not a convenient one: these read
 * its raw responses, as the SDK's stream parser would, and check the shapes and rules the model
 * tests rely on (see tests/support/fake-anthropic.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FakeAnthropic, startFakeAnthropic } from '../support/fake-anthropic.ts'

let fake: FakeAnthropic

beforeAll(async () => {
  fake = await startFakeAnthropic()
})
afterAll(() => fake.close())

const RESULT = {
  type: 'search_result',
  source: 'doc.p01',
  title: 'A fictional report — sourced: the mayor',
  content: [
    { type: 'text', text: 'The board met in Lindholm on Friday. ' },
    { type: 'text', text: '‘We are close,’ he said.' },
  ],
  citations: { enabled: true },
}

function body(question: string, overrides: Record<string, unknown> = {}) {
  return {
    model: 'claude-sonnet-5-5',
    max_tokens: 1024,
    stream: true,
    system: [{ type: 'text', text: 'Answer from the results.' }],
    messages: [
      {
        role: 'user',
        content: [RESULT, { ...RESULT, source: 'doc.p02' }, { type: 'text', text: question }],
      },
    ],
    ...overrides,
  }
}

async function post(payload: unknown) {
  return fetch(`${fake.url}/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  })
}

/** The stream's events: name and parsed data. */
async function events(payload: unknown) {
  const res = await post(payload)
  expect(res.status).toBe(200)
  expect(res.headers.get('request-id')).toMatch(/^req_/)
  return (await res.text())
    .split('\n\n')
    .filter(Boolean)
    .map((chunk) => {
      const [event, data] = chunk.split('\n')
      return {
        event: event?.replace('event: ', ''),
        data: JSON.parse(data?.replace('data: ', '') ?? '{}'),
      }
    })
}

describe('the stand-in Messages API', () => {
  it('Should stream cited blocks opening with an empty citations list, and uncited ones without the key', async () => {
    const stream = await events(body('Who met? [scenario:good]'))
    expect(stream[0]?.event).toBe('message_start')
    expect(stream[1]?.event).toBe('ping')
    const starts = stream.filter((e) => e.event === 'content_block_start')
    expect(starts.length).toBeGreaterThan(2)
    const deltas = stream.filter((e) => e.event === 'content_block_delta')
    for (const start of starts) {
      const cited = deltas.some(
        (d) => d.data.index === start.data.index && d.data.delta.type === 'citations_delta'
      )
      if (cited) expect(start.data.content_block).toEqual({ type: 'text', text: '', citations: [] })
      else expect(start.data.content_block).toEqual({ type: 'text', text: '' })
    }
    const end = stream.at(-2)
    expect(end?.event).toBe('message_delta')
    expect(end?.data.delta.stop_reason).toBe('end_turn')
    expect(end?.data.usage.output_tokens).toBeGreaterThan(1)
    expect(stream.at(-1)?.event).toBe('message_stop')
  })

  it('Should join a multi-block citation’s text with no separator', async () => {
    const stream = await events(body('Who met? [scenario:multi-block]'))
    const citation = stream.find((e) => e.data.delta?.type === 'citations_delta')?.data.delta
      .citation
    expect(citation.cited_text).toBe(RESULT.content.map((c) => c.text).join(''))
    expect(citation).toMatchObject({ start_block_index: 0, end_block_index: 2 })
  })

  it('Should send an error event after its 200 when the scenario fails mid-stream', async () => {
    const stream = await events(body('Who met? [scenario:midstream-overloaded]'))
    expect(stream.at(-1)).toEqual({
      event: 'error',
      data: { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } },
    })
  })

  it('Should stop at max_tokens when its output would pass them', async () => {
    const stream = await events(body('Who met? [scenario:good]', { max_tokens: 5 }))
    const text = stream
      .filter((e) => e.data.delta?.type === 'text_delta')
      .map((e) => e.data.delta.text)
      .join('')
    expect(text.length).toBeLessThanOrEqual(20)
    expect(stream.at(-2)?.data.delta.stop_reason).toBe('max_tokens')
  })

  it.each([
    [
      'an empty text block',
      { messages: [{ role: 'user', content: [{ type: 'text', text: '' }] }] },
    ],
    [
      'citations on only some search results',
      {
        messages: [
          {
            role: 'user',
            content: [
              RESULT,
              { ...RESULT, citations: { enabled: false } },
              { type: 'text', text: 'Q' },
            ],
          },
        ],
      },
    ],
    [
      'five cache breakpoints',
      {
        system: Array.from({ length: 5 }, () => ({
          type: 'text',
          text: 'Rules.',
          cache_control: { type: 'ephemeral' },
        })),
      },
    ],
  ])('Should reject %s with 400, as the API does', async (_what, overrides) => {
    const res = await post(body('Who met?', overrides))
    expect(res.status).toBe(400)
    const error = (await res.json()) as { type: string; error: { type: string } }
    expect(error).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } })
  })

  it('Should cache a marked prefix long enough for the model, and read it back', async () => {
    const long = { type: 'text', text: 'Rules. '.repeat(400), cache_control: { type: 'ephemeral' } }
    const payload = body('Who met?', { system: [long] })
    await (await post(payload)).text()
    await (await post(payload)).text()
    const [first, second] = fake.requests.slice(-2).map((r) => r.usage)
    expect(first?.cache_creation_input_tokens).toBeGreaterThan(512)
    expect(second?.cache_read_input_tokens).toBe(first?.cache_creation_input_tokens)
    const short = body('Who met?', { system: [{ ...long, text: 'Rules.' }] })
    await (await post(short)).text()
    expect(fake.requests.at(-1)?.usage?.cache_creation_input_tokens).toBe(0)
  })
})
