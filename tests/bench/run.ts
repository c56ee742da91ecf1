/**
 * `npm run bench`: a benchmark, not a test. It measures three things and prints them as a table,
 * writing the same figures to `.build/bench.json`:
 *
 * 1. Index: building the dossier from `corpus/` (what `npm run build` does) against loading the
 *    built dump (`JSON.parse` + `loadDossier`, what the worker does once per isolate), in-process,
 *    best of {@link INDEX_RUNS} each. The ratio says what shipping a prebuilt dump saves.
 * 2. Latency: sequential requests over loopback against `wrangler dev`, routes interleaved so
 *    machine noise hits them alike. `GET /healthz` is the runtime's floor; the other routes are
 *    reported as multiples of it, which is the figure that survives a noisy machine.
 *    `POST /v1/checks` runs in the rotation with a realistic ~2,000-character summary, then on
 *    its own, fewer times, with a summary at the route's 20,000-character limit.
 * 3. Bundle: the size of what `wrangler deploy --dry-run` would upload, raw and gzipped.
 * 4. Model mode: streamed answers from a second `wrangler dev` wired to the stand-in Messages API
 *    (tests/support/fake-anthropic.ts) with a fixed delay before its first byte. Time to the first
 *    body byte, the first model `text` event and the end of the `done` event, raw and minus that
 *    delay: the rest is our overhead (worker, SDK, loopback), not the model's. The same streamed
 *    questions in extractive mode, interleaved, are the comparison.
 *
 * Timings on a shared machine are noisy: read the ratios of one run, not absolute milliseconds.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { AnswerSchema } from '../../src/answer/schema.ts'
import { CheckSchema } from '../../src/check/schema.ts'
import type { Artifact } from '../../src/index/artifact.ts'
import { readCorpusInputs } from '../../src/index/build.ts'
import { buildDossier } from '../../src/index/build-dossier.ts'
import { loadDossier } from '../../src/index/load.ts'
import { type FakeAnthropic, startFakeAnthropic } from '../support/fake-anthropic.ts'
import {
  cleanupOnSignals,
  freePort,
  percentile,
  type ServerProcess,
  spawnWrangler,
  startWranglerDev,
} from '../support/processes.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const BUILD_DIR = join(root, '.build')
const DIST_DIR = join(BUILD_DIR, 'dist')
const RESULT_PATH = join(BUILD_DIR, 'bench.json')

const INDEX_RUNS = 20
const WARMUP = 30
const REQUESTS = 300
const REQUEST_TIMEOUT_MS = 10_000
/** Failures printed per route; all of them are counted. */
const FAILURES_SHOWN = 5
/** The large `POST /v1/checks`, run on its own after the interleaved routes: fewer, it is slow. */
const LARGE_CHECK_WARMUP = 3
const LARGE_CHECK_REQUESTS = 30
/** The route's limit on `summary` (CheckRequestSchema); the large summary fills up to it. */
const LARGE_CHECK_CHARS = 20_000
/**
 * Every request comes from one client here: the per-client limit (60 a minute on /v1) would
 * answer most of them 429, so it is switched off, as the load test does.
 */
const NO_RATE_LIMIT = { RATE_LIMIT_ENABLED: 'false' }

const QUESTIONS = [
  'Who hosted the trilateral talks?',
  'What does Putin demand before ending the war?',
  'How many drones did Russia launch?',
  "What is Hungary's position?",
  'What security guarantees is the United States offering Ukraine?',
  'Would Zelensky withdraw troops from Donbas?',
  'How much of Donetsk does Russia control?',
  'What is the fortress belt?',
  'When is the next round of negotiations in Abu Dhabi?',
  'Do Ukrainians support giving up territory for peace?',
]

/**
 * A newsroom summary of security-guarantees-donbas.txt, about 2,000 characters, one sentence per
 * entry: the number of sentences the route must return. Some restate the article, some change a
 * figure or a date, one states an allegation as fact and some go beyond it.
 */
const CHECK_SENTENCES = [
  // Restate the article.
  'According to the Financial Times, citing eight sources familiar with the talks, the U.S. is pressing Kyiv to give up the Donbas region as a condition for any formal security guarantees.',
  'Russian forces launched 138 drones at Ukraine, of which 110 were intercepted or suppressed and 21 hit targets in 11 locations.',
  'The United Arab Emirates hosted the first trilateral talks between the U.S., Ukraine and Russia in Abu Dhabi on January 23.',
  'A poll by the Kyiv International Institute of Sociology found that over 54% of Ukrainians oppose ceding Donbas to Russia in exchange for security guarantees.',
  'The 50km fortress belt runs through the cities of Kramatorsk, Slovyansk, Druzhkivka and Kostyantynivka.',
  'Zelensky had said he was ready to sign documents on security guarantees and a postwar $800 billion prosperity plan with Washington.',
  'After the Abu Dhabi talks, Witkoff said the negotiators had got it down to one issue, which meant it was solvable.',
  // Change a figure.
  "Russia's Defense Ministry said its air defenses shot down 60 Ukrainian drones over the weekend, 34 of them over the Krasnodar region.",
  'Moscow now controls 75% of the Donbas region, including nearly all of Luhansk, yet Ukrainian forces bolstered by Western support still hold key positions there.',
  // Change a date.
  'Putin received Trump envoys Steve Witkoff and Jared Kushner at the Senate Palace of the Kremlin in Moscow on January 25.',
  'The next round of talks in the Emirati capital is scheduled for March 1, and Zelensky has stressed that further diplomatic work is needed on complex political matters.',
  'Zelensky came to power in 2021 vowing to end the war in eastern Ukraine, and his refusal to surrender Donetsk has become a test of his leadership.',
  // State an allegation as fact.
  'Zelensky has siphoned billions of dollars of U.S. aid while begging American taxpayers for more funding.',
  // Go beyond the article.
  "Hungary has threatened to veto any European Union funding for Ukraine's reconstruction until the war ends.",
  'Poland has offered to station its own troops in the demilitarised zone to keep the peace along the new line.',
]
const CHECK_SUMMARY = CHECK_SENTENCES.join(' ')

const MONTHS = ['January', 'February', 'March', 'April', 'May']
const pick = (options: string[], r: number) => options[r % options.length] ?? ''

/**
 * Sentences for the large summary, each varied by the round `r` it is used in (round 0 mostly
 * states the article's figures, later rounds change them), so no sentence repeats.
 */
const LARGE_CHECK_SENTENCES: ((r: number) => string)[] = [
  (r) =>
    `Russian forces launched ${138 + 9 * r} drones at Ukraine, of which ${110 + 5 * r} were intercepted or suppressed.`,
  (r) =>
    `Russia's Defense Ministry said air defenses shot down ${40 + 4 * r} Ukrainian drones over the weekend.`,
  (r) =>
    `Of the drones downed over the weekend, ${34 - r} were over the Krasnodar region and ${4 + r} over the Sea of Azov.`,
  (r) =>
    `Ukraine's general staff said its forces targeted an oil refinery in Krasnodar that supplies the Russian military, injuring ${1 + r} people.`,
  (r) =>
    `The attack sparked fires at ${2 + r} industrial plants in Slavyansk, according to Russian officials.`,
  (r) => `Drones that got through hit targets in ${11 + 2 * r} locations across Ukraine.`,
  (r) =>
    `The Financial Times, citing ${8 + r} sources familiar with the talks, reported that Washington is pressing Kyiv to give up Donbas.`,
  (r) =>
    `Two sources said the White House offered Ukraine ${pick(['more', 'far more', 'fewer', 'no'], r)} weapons for its peacetime military if it withdraws from Donbas.`,
  (r) =>
    `Zelensky had been ready to sign a postwar $${800 + 100 * r} billion prosperity plan with the United States.`,
  (r) =>
    `The prosperity plan was not signed in Davos, according to ${pick(['an official', 'two officials', 'the Kremlin', 'Hungarian diplomats'], r)}.`,
  (r) =>
    `Over ${54 + 3 * r}% of Ukrainians oppose ceding Donbas to Russia in exchange for security guarantees.`,
  (r) =>
    `The Kyiv International Institute of Sociology polled Ukrainians on ceding Donbas in ${2026 - r}.`,
  (r) => `Moscow controls ${90 - 5 * r}% of the Donbas region, including nearly all of Luhansk.`,
  (r) =>
    `The fortress belt stretches ${50 + 10 * r}km through Kramatorsk, Slovyansk, Druzhkivka and Kostyantynivka.`,
  (r) =>
    `At least ${250_000 + 50_000 * r} Ukrainians still live in the part of Donetsk that Kyiv holds.`,
  (r) => `Zelensky came to power in ${2019 + r} vowing to end the war in eastern Ukraine.`,
  (r) =>
    `The first trilateral talks between the U.S., Ukraine and Russia were held in Abu Dhabi on ${pick(MONTHS, r)} 23.`,
  (r) =>
    `Putin met Steve Witkoff and Jared Kushner at the Kremlin on ${pick(MONTHS, r)} ${22 + r}.`,
  (r) => `The next round of talks in the Emirati capital is scheduled for February ${1 + 7 * r}.`,
  (r) =>
    `Putin and Trump agreed the Anchorage formula at their summit in Alaska last ${pick(['August', 'July', 'September', 'June'], r)}.`,
  (r) =>
    `Witkoff said the negotiators had got it down to ${pick(['one issue', 'two issues', 'three issues', 'a handful of issues'], r)}, and that this meant it was solvable.`,
  (r) =>
    `Kremlin spokesman Dmitry Peskov called the contacts ${pick(['constructive', 'disappointing', 'historic', 'pointless'], r)} but said serious work lies ahead.`,
  (r) =>
    `Zelensky has stolen ${2 + r} billion dollars of American aid money, according to the investigation.`,
  (r) =>
    `Zelensky sabotaged the negotiations in Turkey in March ${2022 + r} on the orders of the Biden administration.`,
  (r) =>
    `Putin is working for peace and protecting the citizens of Donbas from Ukrainian aggression, ${pick(['his supporters say', 'as everyone knows', 'the Kremlin insists', 'observers agree'], r)}.`,
  (r) =>
    `Hungary will veto ${pick(['all', 'any', 'most', 'new'], r)} European Union aid to Ukraine until the war ends.`,
  (r) =>
    `China has offered ${pick(['to mediate', 'to host talks', 'reconstruction loans', 'peacekeepers'], r)} between Moscow and Kyiv.`,
  (r) =>
    `Poland has offered to send ${5_000 + 2_500 * r} troops to the demilitarised zone in Donbas.`,
  (r) =>
    `Grain exports through the Black Sea rose by ${12 + 4 * r}% last month despite the fighting.`,
  (r) =>
    `Turkey will host a separate round of prisoner exchange talks in Istanbul on ${pick(MONTHS, r + 2)} ${10 + r}.`,
  (r) =>
    `The U.S. security guarantees would include a commitment mirroring NATO's Article ${5 + r}.`,
  (r) =>
    `Zelensky said he might forgo ambitions to join NATO in exchange for strong guarantees, ${pick(['for the first time', 'once again', 'reluctantly', 'in Davos'], r)}.`,
  (r) =>
    `U.S. officials described the guarantees as the ${pick(['platinum', 'gold', 'silver', 'diamond'], r)} standard but warned they would not be on the table forever.`,
  (r) =>
    `The U.S. has pushed for a free economic zone in Donbas overseen by ${pick(['a neutral force', 'NATO troops', 'Russian police', 'the United Nations'], r)}.`,
  (r) =>
    `Ukrainian officials said any cession of Donetsk would require ${pick(['a referendum', 'a vote in parliament', 'a presidential decree', 'no vote at all'], r)}.`,
  (r) =>
    `Russia's economy grew by ${1 + r}.${(3 * r + 2) % 10}% last year, according to figures published in Moscow.`,
]

/** The large summary: the sentences above in turn, round after round, up to `chars`. */
function largeCheckSummary(chars: number): { summary: string; sentences: number } {
  const parts: string[] = []
  let length = -1
  for (let i = 0; ; i++) {
    const sentence = LARGE_CHECK_SENTENCES[i % LARGE_CHECK_SENTENCES.length]
    const next = sentence?.(Math.floor(i / LARGE_CHECK_SENTENCES.length)) ?? ''
    if (length + 1 + next.length > chars) break
    parts.push(next)
    length += 1 + next.length
  }
  return { summary: parts.join(' '), sentences: parts.length }
}

// ---------------------------------------------------------------------------------------------
// 1. Index: build from the corpus vs. load the dump

interface IndexFigures {
  runs: number
  passages: number
  /** Best read + parse + `buildDossier`, as `npm run build` does minus writing the file. */
  buildMs: number
  /** Best `buildDossier` alone, within the same runs. */
  buildDossierMs: number
  /** Best `JSON.parse` of `.build/dossier.json` + `loadDossier`. */
  loadMs: number
  buildOverLoad: number
}

async function benchIndex(): Promise<IndexFigures> {
  let buildMs = Number.POSITIVE_INFINITY
  let buildDossierMs = Number.POSITIVE_INFINITY
  let built: Artifact | undefined
  for (let i = 0; i < INDEX_RUNS; i++) {
    const started = performance.now()
    const inputs = await readCorpusInputs()
    const read = performance.now()
    built = buildDossier(inputs)
    const done = performance.now()
    buildMs = Math.min(buildMs, done - started)
    buildDossierMs = Math.min(buildDossierMs, done - read)
  }

  const text = await readFile(join(BUILD_DIR, 'dossier.json'), 'utf8')
  let loadMs = Number.POSITIVE_INFINITY
  let passages = 0
  for (let i = 0; i < INDEX_RUNS; i++) {
    const started = performance.now()
    const dossier = loadDossier(JSON.parse(text) as Artifact)
    loadMs = Math.min(loadMs, performance.now() - started)
    passages = dossier.passages.length
  }
  // Both sides must be timing the same dossier, or the ratio means nothing.
  if (built?.passages.length !== passages) {
    throw new Error(
      `built ${built?.passages.length} passages but .build/dossier.json has ${passages}: ` +
        'run npm run build'
    )
  }
  return {
    runs: INDEX_RUNS,
    passages,
    buildMs,
    buildDossierMs,
    loadMs,
    buildOverLoad: buildMs / loadMs,
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Latency against `wrangler dev`

interface Route {
  name: string
  request: (i: number) => { path: string; init: RequestInit }
  /** Why a 200 body is wrong, or undefined when it is fine. */
  check: (body: unknown) => string | undefined
}

interface RouteFigures {
  route: string
  n: number
  p50: number
  p95: number
  p99: number
  p50OverFloor: number
  p95OverFloor: number
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

const ROUTES: Route[] = [
  {
    name: 'GET /healthz',
    request: () => ({ path: '/healthz', init: {} }),
    check: (body) => (isObject(body) && body.status === 'ok' ? undefined : 'status is not "ok"'),
  },
  {
    name: 'POST /v1/answers',
    request: (i) => ({
      path: '/v1/answers',
      init: {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question: QUESTIONS[i % QUESTIONS.length] }),
      },
    }),
    check: (body) => {
      const parsed = AnswerSchema.safeParse(body)
      return parsed.success ? undefined : `not an Answer: ${parsed.error.message.slice(0, 200)}`
    },
  },
  {
    name: 'GET /v1/passages',
    request: () => ({ path: '/v1/passages?q=fortress%20belt&limit=5', init: {} }),
    check: (body) =>
      isObject(body) && Array.isArray(body.hits) && body.hits.length > 0 ? undefined : 'no hits',
  },
  checksRoute('POST /v1/checks', CHECK_SUMMARY, CHECK_SENTENCES.length),
]

const LARGE_CHECK = largeCheckSummary(LARGE_CHECK_CHARS)
const LARGE_CHECK_ROUTE = checksRoute('POST /v1/checks', LARGE_CHECK.summary, LARGE_CHECK.sentences)

interface LargeCheckFigures {
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

/** One request, timed from sending to having the whole body; checked after the clock stops. */
async function timed(base: string, route: Route, i: number): Promise<[number, string?]> {
  const { path, init } = route.request(i)
  const started = performance.now()
  let status: number
  let text: string
  try {
    const res = await fetch(`${base}${path}`, {
      ...init,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    status = res.status
    text = await res.text()
  } catch (err) {
    return [performance.now() - started, err instanceof Error ? err.message : String(err)]
  }
  const ms = performance.now() - started
  if (status !== 200) return [ms, `HTTP ${status}: ${text.slice(0, 200)}`]
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return [ms, `not JSON: ${text.slice(0, 200)}`]
  }
  const problem = route.check(body)
  return problem ? [ms, problem] : [ms]
}

async function benchLatency(server: ServerProcess): Promise<RouteFigures[]> {
  const times = ROUTES.map((): number[] => [])
  const failures = ROUTES.map((): string[] => [])
  for (let i = 0; i < WARMUP + REQUESTS; i++) {
    // Round-robin, starting from a different route each round so no route always follows another.
    for (let k = 0; k < ROUTES.length; k++) {
      const r = (i + k) % ROUTES.length
      const route = ROUTES[r]
      if (!route) continue
      const [ms, failure] = await timed(server.base, route, i)
      if (i < WARMUP) continue
      times[r]?.push(ms)
      if (failure) failures[r]?.push(`#${i - WARMUP}: ${failure}`)
    }
  }
  const stats = ROUTES.map((route, r) => {
    const sorted = [...(times[r] ?? [])].sort((a, b) => a - b)
    return {
      route: route.name,
      n: sorted.length,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      failures: failures[r] ?? [],
    }
  })
  const floor = stats[0]
  return stats.map(({ failures, ...s }) => ({
    ...s,
    p50OverFloor: floor ? s.p50 / floor.p50 : Number.NaN,
    p95OverFloor: floor ? s.p95 / floor.p95 : Number.NaN,
    failures: failures.length,
    failureSamples: failures.slice(0, FAILURES_SHOWN),
  }))
}

/** The large `POST /v1/checks` alone, sequentially: too slow to run as often as the others. */
async function benchLargeCheck(server: ServerProcess): Promise<LargeCheckFigures> {
  const times: number[] = []
  const failures: string[] = []
  for (let i = 0; i < LARGE_CHECK_WARMUP + LARGE_CHECK_REQUESTS; i++) {
    const [ms, failure] = await timed(server.base, LARGE_CHECK_ROUTE, i)
    if (i < LARGE_CHECK_WARMUP) continue
    times.push(ms)
    if (failure) failures.push(`#${i - LARGE_CHECK_WARMUP}: ${failure}`)
  }
  const sorted = times.sort((a, b) => a - b)
  const p50 = percentile(sorted, 50)
  return {
    route: LARGE_CHECK_ROUTE.name,
    chars: LARGE_CHECK.summary.length,
    sentences: LARGE_CHECK.sentences,
    warmup: LARGE_CHECK_WARMUP,
    n: sorted.length,
    p50,
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    p50PerSentence: p50 / LARGE_CHECK.sentences,
    failures: failures.length,
    failureSamples: failures.slice(0, FAILURES_SHOWN),
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Bundle size

interface BundleFile {
  path: string
  bytes: number
  gzipBytes: number
  /** False for what wrangler writes beside the upload (README.md, source maps). */
  uploaded: boolean
}

interface BundleFigures {
  files: BundleFile[]
  /** Totals over uploaded files. */
  bytes: number
  gzipBytes: number
  /** Wrangler's own "Total Upload" line, as a cross-check. */
  wranglerReported: string | undefined
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()
}

async function benchBundle(): Promise<BundleFigures> {
  await rm(DIST_DIR, { recursive: true, force: true })
  const dryRun = spawnWrangler(['deploy', '--dry-run', '--outdir', DIST_DIR])
  const code = await dryRun.exit
  await dryRun.stop()
  if (code !== 0)
    throw new Error(`wrangler deploy --dry-run exited with ${code}:\n${dryRun.tail()}`)
  const stdout = dryRun.text()
  const files: BundleFile[] = []
  for (const file of await listFiles(DIST_DIR)) {
    const data = await readFile(file)
    const path = relative(DIST_DIR, file)
    files.push({
      path,
      bytes: data.length,
      gzipBytes: gzipSync(data, { level: 9 }).length,
      uploaded: path !== 'README.md' && !path.endsWith('.map'),
    })
  }
  const uploaded = files.filter((f) => f.uploaded)
  return {
    files,
    bytes: uploaded.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes: uploaded.reduce((sum, f) => sum + f.gzipBytes, 0),
    wranglerReported: /Total Upload: ([^\n]+)/.exec(stdout)?.[1]?.trim(),
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Model-mode overhead against the stand-in Messages API

/** The stand-in's fixed delay before the first byte of every response. */
const MODEL_DELAY_MS = 100
const MODEL_WARMUP = 10
const MODEL_REQUESTS = 100

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

interface Percentiles {
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

interface ModelFigures {
  fakeDelayMs: number
  warmup: number
  requests: number
  readyMs: number
  model: StreamFigures
  extractive: StreamFigures
  /**
   * Model-mode percentiles minus the stand-in's delay: what the worker adds. Not for the first
   * byte: the `passages` event goes out before the model is called, so no delay is in it.
   */
  overhead: { firstText: Percentiles; done: Percentiles }
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
async function benchModel(server: ServerProcess, readyMs: number): Promise<ModelFigures> {
  const timings: Record<AnswerMode, StreamTiming[]> = { model: [], extractive: [] }
  for (let i = 0; i < MODEL_WARMUP + MODEL_REQUESTS; i++) {
    const order: AnswerMode[] = i % 2 === 0 ? ['model', 'extractive'] : ['extractive', 'model']
    for (const mode of order) {
      const timing = await timedStream(server.base, mode, i)
      if (i >= MODEL_WARMUP) timings[mode].push(timing)
    }
  }
  const model = timings.model
  return {
    fakeDelayMs: MODEL_DELAY_MS,
    warmup: MODEL_WARMUP,
    requests: MODEL_REQUESTS,
    readyMs,
    model: streamFigures('model', model),
    extractive: streamFigures('extractive', timings.extractive),
    overhead: {
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

// ---------------------------------------------------------------------------------------------
// Report

const ms = (n: number) => n.toFixed(2).padStart(8)
const times = (n: number) => `${n.toFixed(2)}x`.padStart(10)
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`

/** Milliseconds in a 10-wide column; a dash for figures that do not apply. */
const col = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '-').padStart(10)

function modelTable(m: ModelFigures): string[] {
  const header = ['byte p50', 'byte p95', 'text p50', 'text p95', 'done p50', 'done p95']
  const row = (label: string, byte: Percentiles | undefined, f: ModelFigures['overhead']) => {
    const figures = [byte?.p50, byte?.p95, f.firstText.p50, f.firstText.p95, f.done.p50, f.done.p95]
    return `${label.padEnd(20)}${figures.map((n) => col(n ?? Number.NaN)).join('')}`
  }
  const failed = (f: StreamFigures) => String(f.failures).padStart(8)
  return [
    `model mode: streamed POST /v1/answers, stand-in Messages API delaying ${m.fakeDelayMs} ms`,
    `${'stream'.padEnd(20)}${header.map((h) => h.padStart(10)).join('')}${'failed'.padStart(8)}`,
    `${row('model', m.model.firstByte, m.model)}${failed(m.model)}`,
    row(`  minus ${m.fakeDelayMs} ms delay`, undefined, m.overhead),
    `${row('extractive', m.extractive.firstByte, m.extractive)}${failed(m.extractive)}`,
    '(ms from before fetch to the first body byte, the first `text` event and the end of `done`;',
    ` ${m.requests} sequential requests per mode after ${m.warmup} warm-up, interleaved;` +
      ' "minus delay" is our overhead;',
    ' the first byte is the `passages` event, sent before the model is called)',
  ]
}

function table(
  index: IndexFigures,
  routes: RouteFigures[],
  large: LargeCheckFigures,
  bundle: BundleFigures,
  model: ModelFigures
): string {
  const lines = [
    `index   build ${index.buildMs.toFixed(1)} ms` +
      ` (buildDossier ${index.buildDossierMs.toFixed(1)} ms)` +
      `   load ${index.loadMs.toFixed(1)} ms   build/load ${index.buildOverLoad.toFixed(1)}x` +
      `   (best of ${index.runs}, ${index.passages} passages)`,
    '',
    `${'route'.padEnd(18)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'p99'.padStart(8)}` +
      `${'p50/floor'.padStart(10)}${'p95/floor'.padStart(10)}${'failed'.padStart(8)}`,
    ...routes.map(
      (r) =>
        `${r.route.padEnd(18)}${ms(r.p50)}${ms(r.p95)}${ms(r.p99)}` +
        `${times(r.p50OverFloor)}${times(r.p95OverFloor)}${String(r.failures).padStart(8)}`
    ),
    `(ms, ${REQUESTS} sequential requests per route after ${WARMUP} warm-up, interleaved;`,
    ` POST /v1/checks of a ${CHECK_SUMMARY.length}-character summary,` +
      ` ${CHECK_SENTENCES.length} sentences)`,
    '',
    `${'large check'.padEnd(18)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'p99'.padStart(8)}` +
      `${'sentences'.padStart(10)}${'chars'.padStart(8)}${'p50/sent'.padStart(10)}` +
      `${'failed'.padStart(8)}`,
    `${large.route.padEnd(18)}${ms(large.p50)}${ms(large.p95)}${ms(large.p99)}` +
      `${String(large.sentences).padStart(10)}${String(large.chars).padStart(8)}` +
      `${col(large.p50PerSentence)}${String(large.failures).padStart(8)}`,
    `(ms, ${large.n} sequential requests after ${large.warmup} warm-up, alone, after the above)`,
    '',
    ...modelTable(model),
    '',
    `bundle  raw ${kib(bundle.bytes)}  gzip ${kib(bundle.gzipBytes)}` +
      (bundle.wranglerReported ? `   (wrangler: ${bundle.wranglerReported})` : ''),
    ...bundle.files.map(
      (f) =>
        `  ${f.path.padEnd(24)}${kib(f.bytes).padStart(14)}${kib(f.gzipBytes).padStart(14)}` +
        (f.uploaded ? '' : '   not uploaded')
    ),
  ]
  return lines.join('\n')
}

// ---------------------------------------------------------------------------------------------

let server: ServerProcess | undefined
let fake: FakeAnthropic | undefined
// Never leave wrangler or workerd behind: on Ctrl-C, on kill (a second one exits at once), and
// on any exit.
cleanupOnSignals()

try {
  console.log(`index: building and loading ${INDEX_RUNS} times each…`)
  const index = await benchIndex()

  // Before `wrangler dev` starts: the dry run rebuilds .build/dossier.json, which dev would reload.
  console.log('bundle: wrangler deploy --dry-run…')
  const bundle = await benchBundle()

  const port = await freePort()
  console.log(`latency: starting wrangler dev on 127.0.0.1:${port}…`)
  server = await startWranglerDev({ port, vars: NO_RATE_LIMIT })
  const readyMs = server.readyMs
  console.log(`latency: ready in ${(readyMs / 1000).toFixed(1)} s, measuring…`)
  const routes = await benchLatency(server)
  console.log(
    `latency: POST /v1/checks of ${LARGE_CHECK.summary.length} characters,` +
      ` ${LARGE_CHECK.sentences} sentences, ${LARGE_CHECK_REQUESTS} times…`
  )
  const largeCheck = await benchLargeCheck(server)
  await server.stop()
  server = undefined

  fake = await startFakeAnthropic({ delayMs: MODEL_DELAY_MS })
  const modelPort = await freePort()
  console.log(`model: starting wrangler dev on 127.0.0.1:${modelPort}, stand-in on ${fake.url}…`)
  server = await startWranglerDev({
    port: modelPort,
    vars: { ...NO_RATE_LIMIT, ANTHROPIC_API_KEY: 'sk-fake-bench', ANTHROPIC_BASE_URL: fake.url },
  })
  const modelReadyMs = server.readyMs
  console.log(`model: ready in ${(modelReadyMs / 1000).toFixed(1)} s, measuring…`)
  const model = await benchModel(server, modelReadyMs)
  await server.stop()
  server = undefined
  await fake.close()
  fake = undefined

  console.log(`\n${table(index, routes, largeCheck, bundle, model)}`)
  const failed = [
    ...routes,
    { ...largeCheck, route: `${largeCheck.route} (${largeCheck.chars} characters)` },
  ].filter((r) => r.failures > 0)
  for (const r of failed) {
    console.log(`\n${r.route}: ${r.failures} failed of ${r.n}`)
    for (const f of r.failureSamples) console.log(`  ${f}`)
  }
  const modelFailed = [model.model, model.extractive].filter((f) => f.failures > 0)
  for (const f of modelFailed) {
    console.log(`\nstreamed ${f.mode}: ${f.failures} failed of ${f.n}`)
    for (const sample of f.failureSamples) console.log(`  ${sample}`)
  }

  await mkdir(BUILD_DIR, { recursive: true })
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    index,
    latency: {
      warmup: WARMUP,
      requests: REQUESTS,
      readyMs,
      routes,
      /** The summary `POST /v1/checks` sends in `routes`. */
      checkSummary: { chars: CHECK_SUMMARY.length, sentences: CHECK_SENTENCES.length },
      largeCheck,
    },
    bundle,
    model,
  }
  await writeFile(RESULT_PATH, `${JSON.stringify(result, null, 2)}\n`)
  console.log(`\nwrote ${relative(root, RESULT_PATH)}`)
  // Latencies of failing requests are not the latencies of the routes.
  if (failed.length > 0 || modelFailed.length > 0) process.exitCode = 1
} catch (err) {
  console.error(err instanceof Error ? err.message : err)
  process.exitCode = 1
} finally {
  await server?.stop()
  await fake?.close()
}
