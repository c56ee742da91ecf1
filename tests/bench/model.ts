/**
 * Model mode's own overhead: streamed answers from a `wrangler dev` wired to the stand-in
 * Messages API (tests/support/fake-anthropic.ts) with a fixed delay before its first byte. Time
 * to the first body byte, the first model `text` event and the end of the `done` event, raw and
 * minus that delay: the rest is our overhead (worker, SDK, loopback), not the model's. The same
 * streamed questions in extractive mode, and `GET /healthz` (the floor on this server), are
 * interleaved with them.
 */
import { AnswerSchema } from '../../src/answer/schema.ts'
import { percentile, type ServerProcess } from '../support/processes.ts'
import { FAILURES_SHOWN } from './latency.ts'

const REQUEST_TIMEOUT_MS = 10_000

/** The stand-in's fixed delay before the first byte of every response. */
export const MODEL_DELAY_MS = 100
const MODEL_WARMUP = 10

/** Questions the dossier covers: a not-covered one would cost no model call. */
const MODEL_QUESTIONS = [
  'Who hosted the trilateral talks?',
  'What does the U.S. want from Ukraine in exchange for security guarantees?',
  'What did Witkoff say after the Abu Dhabi talks?',
  'How many drones did Russia launch at Ukraine?',
  'What does Putin demand before ending the war?',
  'How much of Donetsk does Russia control?',
  'What is the fortress belt?',
  'Would Zelensky withdraw troops from Donbas?',
]

type AnswerMode = 'model' | 'extractive'

/** One streamed answer's timings, in ms from just before `fetch`; NaN when it never came. */
interface StreamTiming {
  firstByteMs: number
  /** The first `text` event (model text); NaN in extractive mode. */
  firstTextMs: number
  /** The end of the `done` event. */
  doneMs: number
  failure?: string
}

export interface Percentiles {
  n: number
  p50: number
  p95: number
}

interface StreamFigures {
  mode: AnswerMode
  n: number
  firstByte: Percentiles
  firstText: Percentiles
  done: Percentiles
  failures: number
  failureSamples: string[]
}

export interface ModelFigures {
  fakeDelayMs: number
  warmup: number
  requests: number
  readyMs: number
  model: StreamFigures
  extractive: StreamFigures
  /** `GET /healthz` on the same server, interleaved: the runtime's floor. */
  floor: Percentiles
  /**
   * What the worker adds. The first byte minus the floor: the `passages` event goes out before
   * the model is called, so no delay is in it. The first `text` and `done` minus the stand-in's
   * delay.
   */
  overhead: { firstByte: Percentiles; firstText: Percentiles; done: Percentiles }
}

/** One SSE event of `text` up to its blank line: its name and its joined `data:` lines. */
function sseEvent(text: string): { event: string; data: string } {
  let event = 'message'
  const data: string[] = []
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('event:')) event = line.slice(6).trim()
    else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''))
  }
  return { event, data: data.join('\n') }
}

/**
 * One streamed `POST /v1/answers`, read chunk by chunk so the first byte, the first `text` event
 * and the end of `done` are timed as they arrive; checked after the clock stops.
 */
async function timedStream(base: string, mode: AnswerMode, i: number): Promise<StreamTiming> {
  const question = MODEL_QUESTIONS[i % MODEL_QUESTIONS.length]
  const timing: StreamTiming = {
    firstByteMs: Number.NaN,
    firstTextMs: Number.NaN,
    doneMs: Number.NaN,
  }
  const events: { event: string; data: string }[] = []
  let status = 0
  let buffer = ''
  const started = performance.now()
  try {
    const res = await fetch(`${base}/v1/answers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question, mode, stream: true }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    status = res.status
    if (!res.body) throw new Error('no body')
    const reader = res.body.getReader()
    const decoder = new TextDecoder()
    for (;;) {
      const { done, value } = await reader.read()
      const now = performance.now() - started
      if (done) break
      if (value.length === 0) continue
      if (Number.isNaN(timing.firstByteMs)) timing.firstByteMs = now
      buffer += decoder.decode(value, { stream: true })
      for (;;) {
        const end = /\r?\n\r?\n/.exec(buffer)
        if (!end) break
        const event = sseEvent(buffer.slice(0, end.index))
        buffer = buffer.slice(end.index + end[0].length)
        events.push(event)
        if (event.event === 'text' && Number.isNaN(timing.firstTextMs)) timing.firstTextMs = now
        if (event.event === 'done') timing.doneMs = now
      }
    }
  } catch (err) {
    return { ...timing, failure: err instanceof Error ? err.message : String(err) }
  }
  const failure = checkStream(mode, status, events, buffer)
  return failure ? { ...timing, failure } : timing
}

/** Why a streamed answer is wrong, or undefined when it is a verified answer in `mode`. */
function checkStream(
  mode: AnswerMode,
  status: number,
  events: { event: string; data: string }[],
  rest: string
): string | undefined {
  if (status !== 200) return `HTTP ${status}: ${rest.slice(0, 200)}`
  const error = events.find((e) => e.event === 'error')
  if (error) return `error event: ${error.data.slice(0, 200)}`
  const last = events.at(-1)
  if (last?.event !== 'done') return `last event is ${last?.event ?? 'missing'}, not done`
  let body: unknown
  try {
    body = JSON.parse(last.data)
  } catch {
    return `done is not JSON: ${last.data.slice(0, 200)}`
  }
  const parsed = AnswerSchema.safeParse(body)
  if (!parsed.success) return `done is not an Answer: ${parsed.error.message.slice(0, 200)}`
  const answer = parsed.data
  if (answer.mode !== mode) {
    const why = answer.degraded ? ` (degraded: ${answer.degraded.reason})` : ''
    return `mode is "${answer.mode}", not "${mode}"${why}: ${answer.question}`
  }
  if (answer.segments.length === 0) return `no segments: ${answer.question}`
  if (mode === 'model' && !events.some((e) => e.event === 'text')) return 'no text event'
  return undefined
}

function percentiles(values: number[], minus = 0): Percentiles {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  return {
    n: sorted.length,
    p50: percentile(sorted, 50) - minus,
    p95: percentile(sorted, 95) - minus,
  }
}

function streamFigures(mode: AnswerMode, timings: StreamTiming[]): StreamFigures {
  const failures = timings.flatMap((t, i) => (t.failure ? [`#${i}: ${t.failure}`] : []))
  return {
    mode,
    n: timings.length,
    firstByte: percentiles(timings.map((t) => t.firstByteMs)),
    firstText: percentiles(timings.map((t) => t.firstTextMs)),
    done: percentiles(timings.map((t) => t.doneMs)),
    failures: failures.length,
    failureSamples: failures.slice(0, FAILURES_SHOWN),
  }
}

/** Model and extractive requests alternate, each leading every other round. */
export async function benchModel(
  server: ServerProcess,
  readyMs: number,
  requests: number
): Promise<ModelFigures> {
  const timings: Record<AnswerMode, StreamTiming[]> = { model: [], extractive: [] }
  const floor: number[] = []
  for (let i = 0; i < MODEL_WARMUP + requests; i++) {
    const order: AnswerMode[] = i % 2 === 0 ? ['model', 'extractive'] : ['extractive', 'model']
    for (const mode of order) {
      const timing = await timedStream(server.base, mode, i)
      if (i >= MODEL_WARMUP) timings[mode].push(timing)
    }
    const started = performance.now()
    const res = await fetch(`${server.base}/healthz`, {
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    await res.text()
    if (i >= MODEL_WARMUP && res.ok) floor.push(performance.now() - started)
  }
  const model = timings.model
  const floorFigures = percentiles(floor)
  const firstByte = percentiles(model.map((t) => t.firstByteMs))
  return {
    fakeDelayMs: MODEL_DELAY_MS,
    warmup: MODEL_WARMUP,
    requests,
    readyMs,
    model: streamFigures('model', model),
    extractive: streamFigures('extractive', timings.extractive),
    floor: floorFigures,
    overhead: {
      firstByte: {
        n: firstByte.n,
        p50: firstByte.p50 - floorFigures.p50,
        p95: firstByte.p95 - floorFigures.p95,
      },
      firstText: percentiles(
        model.map((t) => t.firstTextMs),
        MODEL_DELAY_MS
      ),
      done: percentiles(
        model.map((t) => t.doneMs),
        MODEL_DELAY_MS
      ),
    },
  }
}

/** Milliseconds in a 10-wide column; a dash for figures that do not apply. */
const col = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '-').padStart(10)

export function modelTable(m: ModelFigures): string[] {
  const header = ['byte p50', 'byte p95', 'text p50', 'text p95', 'done p50', 'done p95']
  type Row = { firstByte?: Percentiles; firstText: Percentiles; done: Percentiles }
  const row = (label: string, f: Row) => {
    const figures = [
      f.firstByte?.p50,
      f.firstByte?.p95,
      f.firstText.p50,
      f.firstText.p95,
      f.done.p50,
      f.done.p95,
    ]
    return `${label.padEnd(22)}${figures.map((n) => col(n ?? Number.NaN)).join('')}`
  }
  const failed = (f: StreamFigures) => String(f.failures).padStart(8)
  return [
    `model mode: streamed POST /v1/answers, stand-in Messages API delaying ${m.fakeDelayMs} ms`,
    `${'stream'.padEnd(22)}${header.map((h) => h.padStart(10)).join('')}${'failed'.padStart(8)}`,
    `${row('model', m.model)}${failed(m.model)}`,
    row('  our overhead', m.overhead),
    `${row('extractive', m.extractive)}${failed(m.extractive)}`,
    `GET /healthz (floor)  ${col(m.floor.p50)}${col(m.floor.p95)}`,
    '(ms from before fetch to the first body byte, the first `text` event and the end of `done`;',
    ` ${m.requests} sequential requests per mode after ${m.warmup} warm-up, interleaved;`,
    ` overhead: first byte (the \`passages\` event, sent before the model is called) minus the`,
    ` floor; text and done minus the ${m.fakeDelayMs} ms delay)`,
  ]
}
