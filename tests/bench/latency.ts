/**
 * Sequential request latency over loopback against a running worker (`wrangler dev` or workerd),
 * routes interleaved so machine noise hits them alike, with `GET /healthz` as the runtime's floor
 * and every route reported as a multiple of it. Each response's `Server-Timing` (the worker's own
 * time) is collected beside the round trip.
 */
import { AnswerSchema } from '../../src/answer/schema.ts'
import { CheckSchema } from '../../src/check/schema.ts'
import { DossierResponseSchema } from '../../src/response/routes/dossier.ts'
import { percentile } from '../support/processes.ts'
import {
  CHECK_SENTENCES,
  CHECK_SUMMARY,
  largeCheckSummary,
  QUESTIONS,
  SCENARIO_QUESTIONS,
} from './summaries.ts'

const REQUEST_TIMEOUT_MS = 10_000
/** Failures printed per route; all of them are counted. */
export const FAILURES_SHOWN = 5
/** The route's limit on `summary` (CheckRequestSchema); the large summary fills up to it. */
const LARGE_CHECK_CHARS = 20_000

/** Nearest-rank percentiles of `values` (unsorted), NaN when empty. */
export function spread(values: number[]): { p50: number; p95: number; p99: number; mean: number } {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: sorted.length ? sorted.reduce((s, v) => s + v, 0) / sorted.length : Number.NaN,
  }
}

/** The worker's own time from a response's `Server-Timing: app;dur=…`; NaN without one. */
export function serverTime(res: Response): number {
  const dur = /(?:^|,)\s*app;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1]
  return dur === undefined ? Number.NaN : Number(dur)
}

export interface Route {
  name: string
  request: (i: number) => { path: string; init: RequestInit }
  /** Why a 200 body is wrong, or undefined when it is fine. */
  check: (body: unknown) => string | undefined
}

export interface RouteFigures {
  route: string
  n: number
  p50: number
  p95: number
  p99: number
  p50OverFloor: number
  p95OverFloor: number
  /** The worker's own time (`Server-Timing`), in whole ms under workerd: read the mean. */
  server: { p50: number; p95: number; p99: number; mean: number; max: number }
  failures: number
  failureSamples: string[]
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/** `POST /v1/checks` of `summary`, whose answer must be a Check of `sentences` sentences. */
function checksRoute(name: string, summary: string, sentences: number): Route {
  const body = JSON.stringify({ summary })
  return {
    name,
    request: () => ({
      path: '/v1/checks',
      init: { method: 'POST', headers: { 'content-type': 'application/json' }, body },
    }),
    check: (body) => {
      const parsed = CheckSchema.safeParse(body)
      if (!parsed.success) return `not a Check: ${parsed.error.message.slice(0, 200)}`
      const n = parsed.data.sentences.length
      return n === sentences ? undefined : `${n} sentences checked, not ${sentences}`
    },
  }
}

/** `POST /v1/answers` over `questions` in turn; with `scenario`, each answer must be grouped. */
function answersRoute(name: string, questions: string[], { scenario = false } = {}): Route {
  return {
    name,
    request: (i) => ({
      path: '/v1/answers',
      init: {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question: questions[i % questions.length] }),
      },
    }),
    check: (body) => {
      const parsed = AnswerSchema.safeParse(body)
      if (!parsed.success) return `not an Answer: ${parsed.error.message.slice(0, 200)}`
      return scenario && !parsed.data.scenario ? 'no scenario groups' : undefined
    },
  }
}

export const ROUTES: Route[] = [
  {
    name: 'GET /healthz',
    request: () => ({ path: '/healthz', init: {} }),
    check: (body) => (isObject(body) && body.status === 'ok' ? undefined : 'status is not "ok"'),
  },
  answersRoute('POST /v1/answers', QUESTIONS),
  {
    name: 'GET /v1/passages',
    request: () => ({ path: '/v1/passages?q=fortress%20belt&limit=5', init: {} }),
    check: (body) =>
      isObject(body) && Array.isArray(body.hits) && body.hits.length > 0 ? undefined : 'no hits',
  },
  answersRoute('POST /v1/answers (what-if)', SCENARIO_QUESTIONS, { scenario: true }),
  {
    name: 'GET /v1/dossier',
    request: () => ({ path: '/v1/dossier', init: {} }),
    check: (body) => {
      const parsed = DossierResponseSchema.safeParse(body)
      return parsed.success ? undefined : `not a Dossier: ${parsed.error.message.slice(0, 200)}`
    },
  },
  checksRoute('POST /v1/checks', CHECK_SUMMARY, CHECK_SENTENCES.length),
]

export const LARGE_CHECK = largeCheckSummary(LARGE_CHECK_CHARS)
const LARGE_CHECK_ROUTE = checksRoute('POST /v1/checks', LARGE_CHECK.summary, LARGE_CHECK.sentences)

export interface LargeCheckFigures {
  route: string
  chars: number
  /** Sentences in the summary, each checked in every request. */
  sentences: number
  warmup: number
  n: number
  p50: number
  p95: number
  p99: number
  /** p50 over the sentences checked. */
  p50PerSentence: number
  failures: number
  failureSamples: string[]
}

/** One request's round trip and the worker's own time, in ms; `failure` says what was wrong. */
interface Timing {
  ms: number
  serverMs: number
  failure?: string
}

/** One request, timed from sending to having the whole body; checked after the clock stops. */
async function timed(base: string, route: Route, i: number): Promise<Timing> {
  const { path, init } = route.request(i)
  const started = performance.now()
  let status: number
  let text: string
  let serverMs = Number.NaN
  try {
    const res = await fetch(`${base}${path}`, {
      ...init,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    status = res.status
    serverMs = serverTime(res)
    text = await res.text()
  } catch (err) {
    const failure = err instanceof Error ? err.message : String(err)
    return { ms: performance.now() - started, serverMs, failure }
  }
  const ms = performance.now() - started
  if (status !== 200) return { ms, serverMs, failure: `HTTP ${status}: ${text.slice(0, 200)}` }
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return { ms, serverMs, failure: `not JSON: ${text.slice(0, 200)}` }
  }
  const failure = route.check(body)
  return failure ? { ms, serverMs, failure } : { ms, serverMs }
}

/** Options for {@link benchLatency}. */
export interface LatencyOptions {
  base: string
  /** The first is the floor the others are divided by. Default {@link ROUTES}. */
  routes?: Route[]
  warmup: number
  requests: number
}

/**
 * Every route `requests` times after `warmup` rounds, round-robin, each round starting from
 * another route so no route always follows another.
 */
export async function benchLatency({
  base,
  routes = ROUTES,
  warmup,
  requests,
}: LatencyOptions): Promise<RouteFigures[]> {
  const timings = routes.map((): Timing[] => [])
  for (let i = 0; i < warmup + requests; i++) {
    for (let k = 0; k < routes.length; k++) {
      const r = (i + k) % routes.length
      const route = routes[r]
      if (!route) continue
      const timing = await timed(base, route, i)
      if (i >= warmup) timings[r]?.push(timing)
    }
  }
  const stats = routes.map((route, r) => {
    const all = timings[r] ?? []
    const failures = all.flatMap((t, i) => (t.failure ? [`#${i}: ${t.failure}`] : []))
    const server = all.map((t) => t.serverMs)
    return {
      route: route.name,
      n: all.length,
      ...spread(all.map((t) => t.ms)),
      server: { ...spread(server), max: Math.max(...server.filter(Number.isFinite)) },
      failures,
    }
  })
  const floor = stats[0]
  return stats.map(({ failures, mean: _mean, ...s }) => ({
    ...s,
    p50OverFloor: floor ? s.p50 / floor.p50 : Number.NaN,
    p95OverFloor: floor ? s.p95 / floor.p95 : Number.NaN,
    failures: failures.length,
    failureSamples: failures.slice(0, FAILURES_SHOWN),
  }))
}

/** The large `POST /v1/checks` alone, sequentially: too slow to run as often as the others. */
export async function benchLargeCheck(
  base: string,
  warmup: number,
  requests: number
): Promise<LargeCheckFigures> {
  const times: number[] = []
  const failures: string[] = []
  for (let i = 0; i < warmup + requests; i++) {
    const { ms, failure } = await timed(base, LARGE_CHECK_ROUTE, i)
    if (i < warmup) continue
    times.push(ms)
    if (failure) failures.push(`#${i - warmup}: ${failure}`)
  }
  const { p50, p95, p99 } = spread(times)
  return {
    route: LARGE_CHECK_ROUTE.name,
    chars: LARGE_CHECK.summary.length,
    sentences: LARGE_CHECK.sentences,
    warmup,
    n: times.length,
    p50,
    p95,
    p99,
    p50PerSentence: p50 / LARGE_CHECK.sentences,
    failures: failures.length,
    failureSamples: failures.slice(0, FAILURES_SHOWN),
  }
}
