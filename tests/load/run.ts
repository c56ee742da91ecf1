/**
 * `npm run load`: a load test, not a benchmark of single requests. It drives `wrangler dev` (the
 * real workerd runtime) over loopback with autocannon, many connections at once, and fails on
 * what load must never cause: a 5xx, a dropped connection, a timeout or a stream that ends in an
 * `error` event.
 *
 * 1. Extractive: 64 connections, 5,000 requests (or 120 s, whichever ends first) of a mix — 60%
 *    `POST /v1/answers` (a quarter of them streamed), 25% `GET /v1/passages`, 15% `POST /v1/checks`
 *    with a ~500-character summary — against a worker with no model key.
 * 2. Model: 64 connections, 1,000 requests (or 120 s) of answers with `mode: "model"` and checks,
 *    against a second worker wired to the stand-in Messages API (tests/support/fake-anthropic.ts),
 *    which waits 200 ms before the first byte of every reply. It is not Claude: its replies are
 *    scripted from the passages it is sent. Answers the worker had to degrade to extractive are
 *    counted by reason; they are 200s, so reported, not failures.
 *
 * `npm run soak` (`--soak`): mix 1 without a request cap for 10 minutes (`LOAD_SOAK_SECONDS`
 * shortens it), reporting the resident memory (VmRSS) of the workerd processes wrangler runs at
 * the start, every 30 s and at the end. wrangler dev does not expose an isolate's heap: that RSS
 * is the whole workerd process (runtime, isolate and caches), the nearest figure there is.
 *
 * Rate limiting is switched off with `--var RATE_LIMIT_ENABLED:false`: every request comes from
 * one client here. wrangler dev watches `src/` and `corpus/`; an edit during a run reloads the
 * worker, which this script reports, as in-flight requests may fail then.
 */
import { readFileSync } from 'node:fs'
import autocannon from 'autocannon'
import { type FakeAnthropic, startFakeAnthropic } from '../support/fake-anthropic.ts'
import {
  alive,
  cleanupOnSignals,
  percentile,
  processes,
  type ServerProcess,
  startWranglerDev,
  stopAllGroups,
} from '../support/processes.ts'

const CONNECTIONS = 64
/** autocannon counts a request without a response after this long as a timeout (an error). */
const REQUEST_TIMEOUT_S = 30
const MIX_REQUESTS = 5_000
const MIX_TIME_LIMIT_S = 120
const MODEL_REQUESTS = 1_000
const MODEL_TIME_LIMIT_S = 120
/** The stand-in's wait before the first byte of every reply (its only delay knob). */
const FAKE_DELAY_MS = 200
const SOAK_DEFAULT_S = 600
const SOAK_SAMPLE_MS = 30_000
/** Distinct error messages, and failing responses, printed per run; all of them are counted. */
const SAMPLES_SHOWN = 5

const soak = process.argv.includes('--soak')
const soakSeconds = readSoakSeconds()

function readSoakSeconds(): number {
  const raw = process.env.LOAD_SOAK_SECONDS
  if (raw === undefined || raw === '') return SOAK_DEFAULT_S
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1) {
    console.error(`LOAD_SOAK_SECONDS must be a whole number of seconds, not "${raw}"`)
    process.exit(2)
  }
  return n
}

// ---------------------------------------------------------------------------------------------
// Requests

const QUESTIONS = [
  'Who hosted the trilateral talks in Abu Dhabi?',
  'What does Putin demand before he will end the war?',
  'Is the United States making security guarantees conditional on giving up Donbas?',
  'How many drones did Russia launch at Ukraine, and how many were intercepted?',
  'What is the fortress belt and which cities does it cover?',
  'Did Zelensky and Trump sign the prosperity plan in Davos?',
  'What share of Ukrainians oppose ceding Donbas for security guarantees?',
  'What is the Anchorage formula?',
  'When is the next round of talks in the Emirati capital?',
  'What did Witkoff say after the Abu Dhabi talks?',
]

const PASSAGE_QUERIES = [
  'fortress belt',
  'security guarantees Donbas',
  'Abu Dhabi trilateral talks',
  'drones intercepted',
  'prosperity plan Davos',
  'Anchorage formula',
  'Kyiv International Institute of Sociology',
  'free economic zone',
  'Article 5',
  'Peskov constructive',
]
const PASSAGE_LIMITS = [5, 10, 3, 20]

/**
 * A newsroom summary of security-guarantees-donbas.txt, about 500 characters: four sentences
 * the article supports, one with a changed figure and one it does not cover.
 */
const CHECK_SUMMARY = [
  'The Financial Times, citing eight sources, reported that the U.S. is pressing Kyiv to give up the Donbas region as a condition for security guarantees.',
  'The first trilateral talks were hosted in Abu Dhabi on January 23.',
  'Over 54% of Ukrainians oppose ceding Donbas in exchange for security guarantees.',
  'Russia launched 180 drones at Ukraine, of which 110 were intercepted.',
  'Witkoff said after the talks that the negotiators had got it down to one issue.',
  'Poland has offered to send troops to a demilitarised zone in Donbas.',
].join(' ')

const JSON_HEADERS = { 'content-type': 'application/json' }

type Kind = 'answer' | 'answer-stream' | 'passages' | 'check'

/** One request of the mix, named by its route for the per-route figures. */
interface Slot {
  route: string
  request: autocannon.Request
  /** A 2xx body that is wrong, or what it says worth counting (`note`). */
  inspect: (body: string) => { failure?: string; note?: string }
}

/**
 * Spreads kinds by weight, evenly (smooth weighted round-robin): `[['a', 3], ['b', 1]]` gives
 * a, a, b, a — one cycle of the mix, each kind as often as its weight.
 */
function interleave(weights: [Kind, number][]): Kind[] {
  const total = weights.reduce((sum, [, w]) => sum + w, 0)
  const current = weights.map(() => 0)
  const out: Kind[] = []
  for (let n = 0; n < total; n++) {
    let best = 0
    weights.forEach(([, w], i) => {
      current[i] = (current[i] ?? 0) + w
      if ((current[i] ?? 0) > (current[best] ?? 0)) best = i
    })
    current[best] = (current[best] ?? 0) - total
    out.push(weights[best]?.[0] ?? 'answer')
  }
  return out
}

const pick = <T>(list: T[], i: number): T => list[i % list.length] as T

/** What a streamed answer's body says: it must end with `done`, never carry `error`. */
function inspectStream(body: string): { failure?: string; done?: unknown } {
  if (/^event: error$/m.test(body)) return { failure: 'stream sent an error event' }
  const match = /^event: done\ndata: (.*)$/m.exec(body)
  if (!match) return { failure: 'stream ended without a done event' }
  try {
    return { done: JSON.parse(match[1] ?? '') }
  } catch {
    return { failure: 'done event is not JSON' }
  }
}

function parse(body: string): unknown {
  try {
    return JSON.parse(body)
  } catch {
    return undefined
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** How an answer or check was served: by the model, or degraded to extractive, and why. */
function servedBy(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined
  if (isRecord(value.degraded)) return `degraded: ${String(value.degraded.reason)}`
  return `mode: ${String(value.mode)}`
}

/** Builds the request of `kind`, the `n`-th of its kind in a cycle; `model` asks for the model. */
function slot(kind: Kind, n: number, model: boolean): Slot {
  const mode = model ? { mode: 'model' } : {}
  switch (kind) {
    case 'answer':
    case 'answer-stream': {
      const stream = kind === 'answer-stream'
      return {
        route: `POST /v1/answers${model ? ' model' : ''}${stream ? ' (stream)' : ''}`,
        request: {
          method: 'POST',
          path: '/v1/answers',
          headers: JSON_HEADERS,
          body: JSON.stringify({
            question: pick(QUESTIONS, n),
            ...mode,
            ...(stream && { stream }),
          }),
        },
        inspect: (body) => {
          if (stream) {
            const { failure, done } = inspectStream(body)
            return failure ? { failure } : { note: model ? servedBy(done) : undefined }
          }
          const answer = parse(body)
          if (!isRecord(answer) || !Array.isArray(answer.segments))
            return { failure: 'no segments' }
          return { note: model ? servedBy(answer) : undefined }
        },
      }
    }
    case 'passages': {
      const q = encodeURIComponent(pick(PASSAGE_QUERIES, n))
      return {
        route: 'GET /v1/passages',
        request: { method: 'GET', path: `/v1/passages?q=${q}&limit=${pick(PASSAGE_LIMITS, n)}` },
        inspect: (body) => {
          const hits = parse(body)
          return isRecord(hits) && Array.isArray(hits.hits) ? {} : { failure: 'no hits array' }
        },
      }
    }
    case 'check':
      return {
        route: `POST /v1/checks${model ? ' model' : ''}`,
        request: {
          method: 'POST',
          path: '/v1/checks',
          headers: JSON_HEADERS,
          body: JSON.stringify({ summary: CHECK_SUMMARY, ...mode }),
        },
        inspect: (body) => {
          const check = parse(body)
          if (!isRecord(check) || !Array.isArray(check.sentences))
            return { failure: 'no sentences' }
          return { note: model ? servedBy(check) : undefined }
        },
      }
  }
}

interface Mix {
  title: string
  description: string
  cycle: Kind[]
  model: boolean
}

/** 20 requests a cycle: 12 answers (60%; 3 streamed), 5 passage searches (25%), 3 checks (15%). */
const EXTRACTIVE_MIX: Mix = {
  title: 'extractive mix',
  description:
    '60% POST /v1/answers (a quarter streamed), 25% GET /v1/passages, 15% POST /v1/checks ' +
    `(${CHECK_SUMMARY.length}-character summary); no model key`,
  cycle: interleave([
    ['answer', 9],
    ['answer-stream', 3],
    ['passages', 5],
    ['check', 3],
  ]),
  model: false,
}

/** 10 requests a cycle: 7 answers with `mode: "model"` (2 streamed), 3 checks in model mode. */
const MODEL_MIX: Mix = {
  title: 'model mix',
  description:
    '70% POST /v1/answers mode "model" (2 in 7 streamed), 30% POST /v1/checks mode "model"; ' +
    `against the stand-in Messages API, ${FAKE_DELAY_MS} ms before its first byte`,
  cycle: interleave([
    ['answer', 5],
    ['answer-stream', 2],
    ['check', 3],
  ]),
  model: true,
}

/**
 * Connection `c`'s requests: the cycle rotated and its questions and queries shifted by `c`, so
 * the connections do not all send the same request at the same moment.
 */
function requestsFor(mix: Mix, c: number): Slot[] {
  const seen = new Map<Kind, number>()
  const shift = (c * 7) % mix.cycle.length
  const rotated = [...mix.cycle.slice(shift), ...mix.cycle.slice(0, shift)]
  return rotated.map((kind) => {
    const n = seen.get(kind) ?? 0
    seen.set(kind, n + 1)
    return slot(kind, n + c, mix.model)
  })
}

// ---------------------------------------------------------------------------------------------
// Figures

interface RouteStats {
  statuses: Map<number, number>
  latencies: number[]
  notes: Map<string, number>
}

class Stats {
  readonly routes = new Map<string, RouteStats>()
  readonly errors = new Map<string, number>()
  readonly failures: string[] = []
  failureCount = 0
  responses = 0

  route(name: string): RouteStats {
    let stats = this.routes.get(name)
    if (!stats) {
      stats = { statuses: new Map(), latencies: [], notes: new Map() }
      this.routes.set(name, stats)
    }
    return stats
  }

  response(slot: Slot, status: number, body: string): void {
    this.responses++
    const stats = this.route(slot.route)
    bump(stats.statuses, status)
    if (status < 200 || status >= 300) {
      if (status >= 500) this.failure(`${slot.route}: HTTP ${status}: ${body.slice(0, 200)}`)
      return
    }
    const { failure, note } = slot.inspect(body)
    if (failure) {
      bump(stats.notes, `bad 200: ${failure}`)
      this.failure(`${slot.route}: ${failure}: ${body.slice(0, 200)}`)
    } else if (note) bump(stats.notes, note)
  }

  error(err: unknown): void {
    bump(this.errors, err instanceof Error ? err.message : String(err))
  }

  private failure(text: string): void {
    this.failureCount++
    if (this.failures.length < SAMPLES_SHOWN) this.failures.push(text)
  }

  /** 2xx bodies that were wrong (a stream ending in `error`, a missing field). */
  badBodies(): number {
    let n = 0
    for (const stats of this.routes.values())
      for (const [note, count] of stats.notes) if (note.startsWith('bad 200')) n += count
    return n
  }
}

function bump<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by)
}

const ms = (n: number) => (Number.isFinite(n) ? `${Math.round(n)} ms` : '–')

function statusCounts(statuses: Map<number, number>): string {
  return (
    [...statuses]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status}×${count}`)
      .join(' ') || 'none'
  )
}

// ---------------------------------------------------------------------------------------------
// Processes

/** Every workerd process seen in a group: checked for, and killed, after the groups end. */
const workerdSeen = new Set<number>()

/** workerd processes of group `pgid`, or descended from its leader if one left the group. */
function workerdOf(pgid: number): number[] {
  const all = processes()
  const family = new Set([pgid])
  for (let grew = true; grew; ) {
    grew = false
    for (const p of all) {
      if ((p.pgid === pgid || family.has(p.ppid)) && !family.has(p.pid)) {
        family.add(p.pid)
        grew = true
      }
    }
  }
  const pids = all
    .filter((p) => family.has(p.pid) && p.comm === 'workerd' && p.state !== 'Z')
    .map((p) => p.pid)
  for (const pid of pids) workerdSeen.add(pid)
  return pids
}

/** VmRSS in KiB of `pid`, or undefined once it has gone. */
function rssKiB(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) : undefined
  } catch {
    return undefined
  }
}

interface Memory {
  totalKiB: number
  perProcess: { pid: number; kib: number }[]
}

function workerdMemory(pgid: number): Memory {
  const perProcess = workerdOf(pgid).flatMap((pid) => {
    const kib = rssKiB(pid)
    return kib === undefined ? [] : [{ pid, kib }]
  })
  return { totalKiB: perProcess.reduce((sum, p) => sum + p.kib, 0), perProcess }
}

const mib = (kib: number) => `${(kib / 1024).toFixed(1)} MiB`

function describeMemory(memory: Memory): string {
  if (memory.perProcess.length === 0) return 'no workerd process found'
  const each = memory.perProcess.map((p) => `pid ${p.pid}: ${mib(p.kib)}`).join(', ')
  return `${mib(memory.totalKiB)} (${each})`
}

/** `npx wrangler dev` on a free loopback port, in its own process group. */
class DevServer {
  /** Reload notices wrangler printed since it answered `/healthz`. */
  reloads = 0

  private readonly wrangler: ServerProcess

  private constructor(wrangler: ServerProcess) {
    this.wrangler = wrangler
    wrangler.group.onOutput((text) => {
      if (/reload/i.test(text)) this.reloads++
    })
  }

  /** Starts wrangler dev and waits until `/healthz` answers (up to 60 s), or throws. */
  static async start(vars: Record<string, string>): Promise<DevServer> {
    const wrangler = await startWranglerDev({ vars })
    console.log(
      `wrangler dev ready on ${wrangler.base} in ${(wrangler.readyMs / 1000).toFixed(1)} s`
    )
    return new DevServer(wrangler)
  }

  get base(): string {
    return this.wrangler.base
  }

  memory(): Memory {
    const pgid = this.wrangler.group.pgid
    return pgid ? workerdMemory(pgid) : { totalKiB: 0, perProcess: [] }
  }

  stop(): Promise<void> {
    return this.wrangler.stop()
  }
}

// ---------------------------------------------------------------------------------------------
// Runs

/** The autocannon run in progress, stopped on SIGINT. */
let running: autocannon.Instance | undefined

interface RunOptions {
  mix: Mix
  server: DevServer
  /** A request cap; without one, the run lasts `seconds`. */
  amount?: number
  /** The time limit: with `amount`, whichever comes first ends the run. */
  seconds: number
  /** Called every `SOAK_SAMPLE_MS` while running (the soak's memory samples). */
  sample?: (elapsedS: number, stats: Stats) => void
}

interface RunResult {
  result: autocannon.Result
  stats: Stats
  timeLimited: boolean
}

async function drive({ mix, server, amount, seconds, sample }: RunOptions): Promise<RunResult> {
  const stats = new Stats()
  let connection = 0
  const setupClient = (client: autocannon.Client) => {
    const c = connection++
    let current: Slot | undefined
    const slots = requestsFor(mix, c)
    client.setRequests(
      slots.map((s) => ({
        ...s.request,
        // Runs just before the client's `response` event for the same response.
        onResponse: (status: number, body: string) => {
          current = s
          stats.response(s, status, body)
        },
      }))
    )
    client.on('response', (_status: number, _bytes: number, responseTime: number) => {
      if (current) stats.route(current.route).latencies.push(responseTime)
      current = undefined
    })
  }

  let timeLimited = false
  let limit: ReturnType<typeof setTimeout> | undefined
  let progress: ReturnType<typeof setInterval> | undefined
  const started = Date.now()
  try {
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: server.base,
          connections: CONNECTIONS,
          timeout: REQUEST_TIMEOUT_S,
          ...(amount ? { amount } : { duration: seconds }),
          setupClient,
        },
        (err: unknown, res: autocannon.Result) => (err ? reject(err) : resolve(res))
      )
      running = instance
      instance.on('reqError', (err: unknown) => stats.error(err))
      // With `amount`, autocannon ignores `duration`: the time limit is ours.
      if (amount) {
        limit = setTimeout(() => {
          timeLimited = true
          instance.stop()
        }, seconds * 1000)
      }
      progress = setInterval(() => {
        const elapsed = Math.round((Date.now() - started) / 1000)
        if (sample) sample(elapsed, stats)
        else console.log(`  … ${elapsed} s, ${stats.responses} responses`)
      }, SOAK_SAMPLE_MS)
    })
    return { result, stats, timeLimited }
  } finally {
    clearTimeout(limit)
    clearInterval(progress)
    running = undefined
  }
}

function report(
  title: string,
  { result, stats, timeLimited }: RunResult,
  amount?: number
): boolean {
  const completed = result.requests.total
  const throughput = result.duration > 0 ? completed / result.duration : 0
  const byClass = (lo: number) =>
    [...stats.routes.values()]
      .flatMap((r) => [...r.statuses])
      .filter(([status]) => status >= lo && status < lo + 100)
      .reduce((m, [status, count]) => {
        bump(m, status, count)
        return m
      }, new Map<number, number>())
  const fours = byClass(400)
  const fives = byClass(500)
  const badBodies = stats.badBodies()

  console.log(`\n== ${title}`)
  console.log(
    `  requests      ${completed} completed, ${result.requests.sent} sent, in ${result.duration.toFixed(1)} s` +
      (amount ? ` (cap ${amount}${timeLimited ? ', stopped by the time limit' : ''})` : '')
  )
  console.log(
    `  throughput    ${throughput.toFixed(1)} req/s (autocannon's per-second mean ${result.requests.mean.toFixed(1)})`
  )
  console.log(
    `  latency       p50 ${ms(result.latency.p50)}, p99 ${ms(result.latency.p99)}, max ${ms(result.latency.max)}`
  )
  console.log(`  2xx           ${result['2xx']}`)
  console.log(`  4xx           ${result['4xx']} (${statusCounts(fours)})`)
  console.log(`  5xx           ${result['5xx']} (${statusCounts(fives)})`)
  console.log(`  non-2xx       ${result.non2xx}`)
  console.log(
    `  errors        ${result.errors} (timeouts ${result.timeouts}, after ${REQUEST_TIMEOUT_S} s)`
  )
  console.log(`  bad 2xx body  ${badBodies}`)
  console.log('  by route:')
  const width = Math.max(...[...stats.routes.keys()].map((k) => k.length))
  for (const [route, r] of [...stats.routes].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...r.latencies].sort((a, b) => a - b)
    const notes = [...r.notes].map(([note, count]) => `${note} ×${count}`).join(', ')
    console.log(
      `    ${route.padEnd(width)}  n=${String(sorted.length).padStart(5)}  p50 ${ms(percentile(sorted, 50)).padStart(8)}  p99 ${ms(percentile(sorted, 99)).padStart(8)}  ${statusCounts(r.statuses)}${notes ? `  [${notes}]` : ''}`
    )
  }
  if (stats.errors.size > 0) {
    console.log('  errors by message:')
    for (const [message, count] of [...stats.errors].slice(0, SAMPLES_SHOWN))
      console.log(`    ${count} × ${message}`)
  }
  if (stats.failureCount > 0) {
    console.log(`  failures (${stats.failureCount}; the first ${stats.failures.length}):`)
    for (const failure of stats.failures) console.log(`    ${failure}`)
  }

  const ok = result['5xx'] === 0 && result.errors === 0 && result.timeouts === 0 && badBodies === 0
  console.log(
    `  result        ${ok ? 'PASS' : 'FAIL'}: no 5xx, no errors or timeouts, no bad 2xx body`
  )
  return ok
}

// ---------------------------------------------------------------------------------------------
// Main

let fake: FakeAnthropic | undefined
const servers = new Set<DevServer>()

async function startServer(vars: Record<string, string>): Promise<DevServer> {
  const server = await DevServer.start({ ...vars, RATE_LIMIT_ENABLED: 'false' })
  servers.add(server)
  return server
}

async function stopServer(server: DevServer): Promise<void> {
  await server.stop()
  servers.delete(server)
}

/** Ends everything this script started: wrangler groups, stray workerd processes, the fake. */
async function cleanup(): Promise<void> {
  running?.stop()
  await Promise.all([...servers].map((s) => stopServer(s)))
  await stopAllGroups()
  const stray = [...workerdSeen].filter(alive)
  for (const pid of stray) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // Gone meanwhile.
    }
  }
  if (stray.length > 0) console.log(`killed ${stray.length} stray workerd process(es)`)
  await fake?.close()
  fake = undefined
}

// Whatever way the script ends, no wrangler group outlives it; on a signal, everything stops.
let interrupted = false
cleanupOnSignals(async (signal) => {
  interrupted = true
  console.log(`\n${signal}: stopping the load and cleaning up…`)
  await cleanup()
})

async function soakRun(): Promise<boolean> {
  console.log(
    `Soak: ${EXTRACTIVE_MIX.description}; ${CONNECTIONS} connections, no request cap, ${soakSeconds} s.`
  )
  console.log(
    'Memory is the VmRSS of the workerd process(es) in wrangler dev’s process group (from ' +
      '/proc/<pid>/status): the whole runtime process, not the isolate’s heap, which wrangler ' +
      'dev does not expose.'
  )
  const server = await startServer({})
  const start = server.memory()
  console.log(`  memory at start (idle, after /healthz): ${describeMemory(start)}`)
  let peak = start.totalKiB
  const run = await drive({
    mix: EXTRACTIVE_MIX,
    server,
    seconds: soakSeconds,
    sample: (elapsed, stats) => {
      const memory = server.memory()
      peak = Math.max(peak, memory.totalKiB)
      console.log(
        `  … ${elapsed} s, ${stats.responses} responses, workerd RSS ${describeMemory(memory)}`
      )
    },
  })
  const end = server.memory()
  peak = Math.max(peak, end.totalKiB)
  const ok = report(`soak: ${EXTRACTIVE_MIX.title}, ${soakSeconds} s`, run)
  console.log(
    `  workerd RSS   start ${mib(start.totalKiB)}, end ${mib(end.totalKiB)}, peak sampled ${mib(peak)}`
  )
  console.log(
    `                change ${mib(end.totalKiB - start.totalKiB)} (end: ${describeMemory(end)})`
  )
  if (server.reloads > 0)
    console.log(`  note: wrangler reloaded the worker during the run (${server.reloads} notices)`)
  await stopServer(server)
  return ok
}

/** One part of the load run: a server with `vars`, one mix driven through it, the report. */
async function runPart(
  title: string,
  mix: Mix,
  vars: Record<string, string>,
  amount: number,
  seconds: number
): Promise<boolean> {
  const server = await startServer(vars)
  const start = server.memory()
  const result = await drive({ mix, server, amount, seconds })
  const end = server.memory()
  const ok = report(`${title}: ${mix.title}`, result, amount)
  if (fake && vars.ANTHROPIC_BASE_URL) {
    console.log(`  stand-in      ${fake.requests.length} Messages API requests received`)
  }
  console.log(
    `  workerd RSS   ${mib(start.totalKiB)} before, ${mib(end.totalKiB)} after (VmRSS of the workerd processes)`
  )
  if (server.reloads > 0)
    console.log(`  note: wrangler reloaded the worker during the run (${server.reloads} notices)`)
  await stopServer(server)
  return ok
}

async function loadRun(): Promise<boolean> {
  console.log(
    `Part 1 — ${EXTRACTIVE_MIX.title}: ${EXTRACTIVE_MIX.description}; ${CONNECTIONS} connections, ` +
      `${MIX_REQUESTS} requests or ${MIX_TIME_LIMIT_S} s.`
  )
  const ok1 = await runPart('part 1', EXTRACTIVE_MIX, {}, MIX_REQUESTS, MIX_TIME_LIMIT_S)

  console.log(
    `\nPart 2 — ${MODEL_MIX.title}: ${MODEL_MIX.description}; ${CONNECTIONS} connections, ` +
      `${MODEL_REQUESTS} requests or ${MODEL_TIME_LIMIT_S} s.`
  )
  console.log(
    `The stand-in's only delay is before the first byte of a reply, so "200 ms a token" is ` +
      `emulated as ${FAKE_DELAY_MS} ms before each reply (one token's worth), then the rest at ` +
      'once: far shorter than a real reply of many tokens at that pace, so this measures how the ' +
      'worker holds many waiting model calls, not model time. The stand-in replays scripted ' +
      'answers built from the passages it is sent; it is not Claude.'
  )
  fake = await startFakeAnthropic({ delayMs: FAKE_DELAY_MS })
  const vars = { ANTHROPIC_API_KEY: 'sk-fake-load', ANTHROPIC_BASE_URL: fake.url }
  const ok2 = await runPart('part 2', MODEL_MIX, vars, MODEL_REQUESTS, MODEL_TIME_LIMIT_S)
  return ok1 && ok2
}

let code = 1
try {
  const ok = soak ? await soakRun() : await loadRun()
  code = ok ? 0 : 1
} catch (err) {
  if (!interrupted) console.error(err instanceof Error ? (err.stack ?? err.message) : String(err))
  code = 1
} finally {
  if (!interrupted) {
    await cleanup()
    const left = [...workerdSeen].filter(alive)
    if (left.length > 0) {
      console.error(`workerd processes still running: ${left.join(', ')}`)
      code = 1
    }
  }
}
if (!interrupted) process.exit(code)
