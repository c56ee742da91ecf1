/**
 * `npm run bench`: a benchmark, not a test. It prints a table and writes the same figures to
 * `.build/bench.json` (`.build/` is git-ignored). `npm run bench -- --quick` runs fewer requests
 * and no 100× dossier. Parts:
 *
 * 1. Seed dossier, in a fresh Node process (probe.ts): loading the dump against building the
 *    index at startup from the corpus (tokenizing + inserting + sentence statistics); heap.
 * 2. Bundle: what `wrangler deploy --dry-run --outdir` would upload, raw and gzipped (bundle.ts).
 * 3. Latency against `wrangler dev` (latency.ts): sequential requests over loopback, routes
 *    interleaved, `GET /healthz` the floor, each route also as a multiple of it; the worker's own
 *    time per request from `Server-Timing`; then a 20,000-character summary check alone.
 * 4. Model mode against the stand-in Messages API with a fixed delay (model.ts).
 * 5. Scale (scale.ts): 1×, 10×, 30× and 100× the seed's passages, each in fresh Node processes
 *    (load against build, warm and cold), by `wrangler check startup` (the production worker's
 *    global-scope work) and in workerd directly: cold start, memory, load inside the isolate,
 *    latency.
 *
 * Timings on a shared machine are noisy: read the ratios of one run, not absolute milliseconds.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readCorpusInputs } from '../../src/index/build.ts'
import { type FakeAnthropic, startFakeAnthropic } from '../support/fake-anthropic.ts'
import {
  cleanupOnSignals,
  freePort,
  type ServerProcess,
  startWranglerDev,
} from '../support/processes.ts'
import { type BundleFigures, benchBundle } from './bundle.ts'
import { benchLargeCheck, benchLatency, type RouteFigures } from './latency.ts'
import { benchModel, MODEL_DELAY_MS, type ModelFigures, modelTable } from './model.ts'
import { benchOverview } from './overview.ts'
import { benchScale, type ScaleFigures, type ScaleRow } from './scale.ts'
import { CHECK_SENTENCES, CHECK_SUMMARY } from './summaries.ts'
import { benchTokens, tokenTable } from './tokens.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const BUILD_DIR = join(root, '.build')
const ARTIFACT_PATH = join(BUILD_DIR, 'dossier.txt')
const BENCH_DIR = join(BUILD_DIR, 'bench')
const RESULT_PATH = join(BUILD_DIR, 'bench.json')

const quick = process.argv.includes('--quick')
const RUN = quick
  ? { warmup: 10, requests: 100, largeCheck: 10, model: 30, scale: [1, 10, 30], scaleRequests: 50 }
  : {
      warmup: 30,
      requests: 300,
      largeCheck: 30,
      model: 100,
      scale: [1, 10, 30, 100],
      scaleRequests: 100,
    }
const COLD_STARTS = quick ? 3 : 5
/** `wrangler check startup` runs per dossier (about 1.5 s each). */
const PROFILES = quick ? 5 : 9
const LARGE_CHECK_WARMUP = 3
/**
 * Every request comes from one client here: the per-client limit (60 a minute on /v1) would
 * answer most of them 429, so it is switched off, as the load test does.
 */
const NO_RATE_LIMIT = { RATE_LIMIT_ENABLED: 'false' }
const VARS = { ...NO_RATE_LIMIT, CORS_ORIGINS: 'https://news.example' }

/** The Workers limits each scale row is held against. */
const LIMITS = {
  memoryMiB: 128,
  startupMs: 1000,
  freeCpuMs: 10,
  /** Uncompressed script size, all plans, since 2026 (the compressed limits were 3 / 10 MB). */
  scriptMiB: 64,
}

// ---------------------------------------------------------------------------------------------
// Report

const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '-')
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-')
const pad = (s: string, n: number) => s.padStart(n)
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
const mib = (bytes: number) => bytes / 1024 / 1024
const route = (routes: RouteFigures[], name: string) => routes.find((r) => r.route === name)

function latencyTable(routes: RouteFigures[]): string[] {
  const head = ['p50', 'p95', 'p99', 'p50/floor', 'p95/floor', 'app p50', 'app p95', 'app mean']
  return [
    `${'route'.padEnd(28)}${head.map((h) => pad(h, 10)).join('')}${pad('failed', 8)}`,
    ...routes.map(
      (r) =>
        `${r.route.padEnd(28)}${[r.p50, r.p95, r.p99].map((n) => pad(f2(n), 10)).join('')}` +
        `${pad(`${f2(r.p50OverFloor)}x`, 10)}${pad(`${f2(r.p95OverFloor)}x`, 10)}` +
        `${[r.server.p50, r.server.p95, r.server.mean].map((n) => pad(f2(n), 10)).join('')}` +
        `${pad(String(r.failures), 8)}`
    ),
  ]
}

function scaleTable(scale: ScaleFigures): string[] {
  const head = [
    'factor',
    'passages',
    'dump MiB',
    'gzip MiB',
    'bundle gz',
    'load ms',
    'build ms',
    'build/load',
    'index only',
    'cold index',
    'cold ratio',
    'heap MiB',
    'rss MiB',
    'startup',
    'spawn',
    '-floor',
    'query p95',
    'answer p95',
    'cpu/ans p95',
  ]
  const rows = scale.rows.map((r) => {
    const answers = route(r.workerd.routes, 'POST /v1/answers')
    const passages = route(r.workerd.routes, 'GET /v1/passages')
    return [
      `${r.factor}x`,
      String(r.passages),
      f2(mib(r.probe.dumpBytes)),
      f2(mib(r.probe.dumpGzipBytes)),
      f2(mib(r.bundle.gzipBytes)),
      f2(r.probe.loadMs),
      f2(r.probe.buildMs),
      `${f1(r.probe.buildMs / r.probe.loadMs)}x`,
      `${f1(r.probe.indexBuildMs / r.probe.indexLoadMs)}x`,
      f2(r.cold.load),
      `${f1(r.cold.passages / r.cold.load)}x/${f1(r.cold.corpus / r.cold.load)}x`,
      f1(r.probe.heapMiB.dossier),
      f1(r.workerd.rssMiB.started - scale.floor.rssMiB),
      f1(r.profile.activeMs),
      f1(r.workerd.coldStartMs),
      f1(r.workerd.coldStartMs - scale.floor.coldStartMs),
      f2(passages?.p95 ?? Number.NaN),
      f2(answers?.p95 ?? Number.NaN),
      f2(r.probe.answerMs.p95),
    ]
  })
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]) => cells.map((c, i) => pad(c, (widths[i] ?? 0) + 1)).join('')
  const inIsolate = scale.rows.map(
    (r) =>
      `  ${r.factor}x in workerd: JSON.parse ${f1(r.workerd.startup.parse)} ms, load (parse +` +
      ` loadDossier) ${f1(r.workerd.startup.load)} ms, build at startup ` +
      `${f1(r.workerd.startup.build)} ms; index alone: load ${f1(r.workerd.startup.indexLoad)}` +
      ` ms, build ${f1(r.workerd.startup.indexBuild)} ms (batch means ${f2(r.workerd.startup.mean.indexLoad)}` +
      ` / ${f2(r.workerd.startup.mean.indexBuild)} ms); first /healthz` +
      ` ${f1(r.workerd.firstHealthzMs)} ms, first answer` +
      ` ${f1(r.workerd.firstAnswerMs)} ms;` +
      ` cold index (fresh Node, median): load ${f2(r.cold.load)}, build from the passages` +
      ` ${f2(r.cold.passages)}, from the corpus ${f2(r.cold.corpus)} ms;` +
      ` startup profile ${r.profile.runs.map(f1).join(' ')} ms (GC ${f1(r.profile.gcMs)});` +
      ` answer app p95 ${f2(route(r.workerd.routes, 'POST /v1/answers')?.server.p95 ?? Number.NaN)} ms;` +
      ` rss after requests ${f1(r.workerd.rssMiB.afterRequests)} MiB`
  )
  return [
    line(head),
    ...rows.map(line),
    `(dump, load, build, heap, cpu/ans: fresh Node process; load = JSON.parse + loadDossier; build`,
    ' = JSON.parse of passages + tokenize + insert + sentence stats; index only: both without the',
    ' passages (best of 5); cold index: the index alone loaded the first time in a fresh process',
    ' from its text (median); cold ratio: building it so instead, from the passages / from the',
    ' corpus (split first);',
    " bundle gz: the bench worker over that dossier; rss: workerd's resident memory",
    ` after start minus the smallest worker's (${f1(scale.floor.rssMiB)} MiB); startup: global-scope`,
    ' work of the production worker, by wrangler check startup (active CPU, median); spawn:',
    ' workerd to the end of global scope (a route outside the app answers), median of',
    ` ${scale.floor.coldStarts.length}, "-floor" minus the smallest worker's` +
      ` ${f1(scale.floor.coldStartMs)} ms; query, answer: workerd over loopback, ms)`,
    ...inIsolate,
  ]
}

/** Each target of the issue with its figure from this run, and whether it is met. */
function targets(
  routes: RouteFigures[],
  model: ModelFigures,
  bundle: BundleFigures,
  scale: ScaleFigures
): { target: string; figure: string; met: boolean }[] {
  const floor = route(routes, 'GET /healthz')
  const answers = route(routes, 'POST /v1/answers')
  const seed = scale.rows.find((r) => r.factor === 1)
  const at30 = scale.rows.find((r) => r.factor === 30)
  const out: { target: string; figure: string; met: boolean }[] = []
  if (floor && answers) {
    out.push({
      target: 'Extractive POST /v1/answers p50 within 2x the /healthz floor (seed)',
      figure: `${f2(answers.p50)} / ${f2(floor.p50)} ms = ${f2(answers.p50OverFloor)}x`,
      met: answers.p50OverFloor <= 2,
    })
  }
  if (at30) {
    out.push({
      target: 'CPU per answer under 5 ms at 30x the seed',
      figure:
        `p50 ${f2(at30.probe.answerMs.p50)}, mean ${f2(at30.probe.answerMs.mean)},` +
        ` p95 ${f2(at30.probe.answerMs.p95)} ms (Node); Server-Timing mean` +
        ` ${f2(route(at30.workerd.routes, 'POST /v1/answers')?.server.mean ?? Number.NaN)}, p95 ` +
        `${f2(route(at30.workerd.routes, 'POST /v1/answers')?.server.p95 ?? Number.NaN)} ms (workerd)`,
      met: at30.probe.answerMs.p95 < 5,
    })
    const spawned = at30.workerd.coldStartMs - scale.floor.coldStartMs
    out.push({
      target: 'Cold start under 100 ms of global-scope work at 30x the seed',
      figure:
        `${f1(at30.profile.activeMs)} ms (GC ${f1(at30.profile.gcMs)}) by wrangler check startup` +
        ` (${f1(seed?.profile.activeMs ?? Number.NaN)} ms at the seed); the dossier's load` +
        ` ${f1(at30.workerd.startup.load)} ms in workerd; spawning workerd to the end of global` +
        ` scope ${f1(spawned)} ms over the smallest worker's`,
      met: at30.profile.activeMs < 100,
    })
  }
  if (seed) {
    const warm = (r: ScaleRow) => r.probe.indexBuildMs / r.probe.indexLoadMs
    const cold = (r: ScaleRow) =>
      `${f1(r.cold.passages / r.cold.load)}x/${f1(r.cold.corpus / r.cold.load)}x`
    out.push({
      target: 'Index load at least 10x faster than building at startup',
      figure:
        `index alone, best of 5: ${scale.rows.map((r) => `${f1(warm(r))}x at ${r.factor}x`).join(', ')}` +
        ` (seed ${f2(seed.probe.indexLoadMs)} against ${f2(seed.probe.indexBuildMs)} ms);` +
        ` in workerd, batch means: ${scale.rows.map((r) => `${f1(r.workerd.startup.mean.indexBuild / r.workerd.startup.mean.indexLoad)}x at ${r.factor}x`).join(', ')};` +
        ` the whole dossier ${f1(seed.probe.buildMs / seed.probe.loadMs)}x at the seed;` +
        ` first run in a fresh process, built from the passages/the corpus:` +
        ` ${scale.rows.map((r) => `${cold(r)} at ${r.factor}x`).join(', ')}` +
        ` (seed ${f2(seed.cold.load)} against ${f2(seed.cold.passages)}/${f2(seed.cold.corpus)} ms)`,
      met: scale.rows.every((r) => warm(r) >= 10),
    })
  }
  out.push({
    target: 'Model-mode overhead under 5 ms to the first SSE byte',
    figure: `p50 ${f2(model.overhead.firstByte.p50)} ms (${f2(model.model.firstByte.p50)} − floor ${f2(model.floor.p50)})`,
    met: model.overhead.firstByte.p50 < 5,
  })
  out.push({
    target: 'Worker bundle under 1 MiB gzip (seed)',
    figure: `${kib(bundle.gzipBytes)} gzip, ${kib(bundle.bytes)} raw`,
    met: bundle.gzipBytes < 1024 * 1024,
  })
  return out
}

function fits(scale: ScaleFigures): string[] {
  return scale.rows.map((r) => {
    const memory = r.workerd.rssMiB.started - scale.floor.rssMiB
    const startup = r.profile.activeMs
    const checks = [
      [`isolate memory ${f1(memory)} of ${LIMITS.memoryMiB} MiB`, memory < LIMITS.memoryMiB],
      [`startup ${f1(startup)} of ${LIMITS.startupMs} ms`, startup < LIMITS.startupMs],
      [
        `CPU per answer p95 ${f2(r.probe.answerMs.p95)} of ${LIMITS.freeCpuMs} ms (free plan)`,
        r.probe.answerMs.p95 < LIMITS.freeCpuMs,
      ],
      [
        `script ${f1(mib(r.bundle.bytes))} of ${LIMITS.scriptMiB} MiB`,
        mib(r.bundle.bytes) < LIMITS.scriptMiB,
      ],
    ] as const
    const verdict = checks.every(([, ok]) => ok) ? 'fits' : 'does not fit'
    return `  ${r.factor}x ${verdict}: ${checks.map(([t, ok]) => `${t} ${ok ? 'ok' : 'OVER'}`).join('; ')}`
  })
}

// ---------------------------------------------------------------------------------------------

let server: ServerProcess | undefined
let fake: FakeAnthropic | undefined
const seedArtifact = await readFile(ARTIFACT_PATH)
// Never leave wrangler or workerd behind: on Ctrl-C, on kill (a second one exits at once), and
// on any exit.
cleanupOnSignals()

try {
  console.log('overview: computing it and checking follow-ups, in-process…')
  const overview = benchOverview(await readCorpusInputs())
  console.log('bundle: wrangler deploy --dry-run…')
  const bundle = await benchBundle({ outdir: join(BENCH_DIR, 'dist') })

  const port = await freePort()
  console.log(`latency: starting wrangler dev on 127.0.0.1:${port}…`)
  server = await startWranglerDev({ port, vars: NO_RATE_LIMIT })
  const readyMs = server.readyMs
  console.log(`latency: ready in ${(readyMs / 1000).toFixed(1)} s, measuring…`)
  const routes = await benchLatency({
    base: server.base,
    warmup: RUN.warmup,
    requests: RUN.requests,
  })
  console.log('latency: a 20,000-character summary check, alone…')
  const largeCheck = await benchLargeCheck(server.base, LARGE_CHECK_WARMUP, RUN.largeCheck)
  await server.stop()
  server = undefined

  fake = await startFakeAnthropic({ delayMs: MODEL_DELAY_MS })
  const modelPort = await freePort()
  console.log(`model: starting wrangler dev on 127.0.0.1:${modelPort}, stand-in on ${fake.url}…`)
  server = await startWranglerDev({
    port: modelPort,
    vars: { ...NO_RATE_LIMIT, ANTHROPIC_API_KEY: 'sk-fake-bench', ANTHROPIC_BASE_URL: fake.url },
  })
  console.log(`model: ready in ${(server.readyMs / 1000).toFixed(1)} s, measuring…`)
  // Tokens first: the stand-in's prompt cache must not yet hold what the latency runs ask.
  console.log('model: tokens per answer and per check, first and repeated…')
  const tokens = await benchTokens(server.base, fake)
  const model = await benchModel(server, server.readyMs, RUN.model)
  await server.stop()
  server = undefined
  await fake.close()
  fake = undefined

  // Last: it rewrites .build/dossier.txt, which a running wrangler dev would reload.
  const scale = await benchScale({
    inputs: await readCorpusInputs(),
    factors: RUN.scale,
    dir: BENCH_DIR,
    artifactPath: ARTIFACT_PATH,
    requests: RUN.scaleRequests,
    coldStarts: COLD_STARTS,
    profiles: PROFILES,
    root,
    vars: VARS,
  })
  await writeFile(ARTIFACT_PATH, seedArtifact)

  const goals = targets(routes, model, bundle, scale)
  const lines = [
    '',
    `latency against wrangler dev (ms; ${RUN.requests} sequential requests per route after` +
      ` ${RUN.warmup} warm-up, interleaved; app = Server-Timing, the worker's own time,` +
      ' whole ms in workerd)',
    ...latencyTable(routes),
    `(POST /v1/checks: a ${CHECK_SUMMARY.length}-character summary, ${CHECK_SENTENCES.length} sentences)`,
    `large check: ${largeCheck.chars} characters, ${largeCheck.sentences} sentences: p50 ` +
      `${f2(largeCheck.p50)} p95 ${f2(largeCheck.p95)} p99 ${f2(largeCheck.p99)} ms,` +
      ` ${f2(largeCheck.p50PerSentence)} ms a sentence (${largeCheck.n} requests, alone)`,
    '',
    ...modelTable(model),
    '',
    ...tokenTable(tokens),
    '',
    `bundle (production, wrangler deploy --dry-run): ${kib(bundle.bytes)}, gzip ${kib(bundle.gzipBytes)}` +
      (bundle.wranglerReported ? ` (wrangler: ${bundle.wranglerReported})` : ''),
    '',
    `overview, at build time (seed, best of 5): buildOverview ${f2(overview.buildOverviewMs)} ms,` +
      ` ${overview.followUps} follow-ups checked in ${f2(overview.followUpsMs)} ms;` +
      ` ${kib(overview.overviewBytes)} of JSON, served by GET /v1/dossier above`,
    '',
    'scale',
    ...scaleTable(scale),
    ...fits(scale),
    '',
    'targets',
    ...goals.map((g) => `  ${g.met ? 'met    ' : 'NOT MET'}  ${g.target}: ${g.figure}`),
  ]
  console.log(lines.join('\n'))

  const failed = [...routes, { ...largeCheck, route: 'POST /v1/checks (large)' }]
    .concat(
      scale.rows.flatMap((r) =>
        r.workerd.routes.map((x) => ({ ...x, route: `${r.factor}x ${x.route}` }))
      )
    )
    .filter((r) => r.failures > 0)
  for (const r of failed) {
    console.log(`\n${r.route}: ${r.failures} failed of ${r.n}`)
    for (const f of r.failureSamples) console.log(`  ${f}`)
  }
  const modelFailed = [model.model, model.extractive].filter((f) => f.failures > 0)
  for (const f of modelFailed) {
    console.log(`\nstreamed ${f.mode}: ${f.failures} failed of ${f.n}`)
    for (const sample of f.failureSamples) console.log(`  ${sample}`)
  }
  for (const f of tokens.failures) console.log(`\ntokens: ${f}`)

  await mkdir(BUILD_DIR, { recursive: true })
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    quick,
    targets: goals,
    latency: {
      warmup: RUN.warmup,
      requests: RUN.requests,
      readyMs,
      routes,
      checkSummary: { chars: CHECK_SUMMARY.length, sentences: CHECK_SENTENCES.length },
      largeCheck,
    },
    bundle,
    overview,
    model,
    tokens,
    scale,
    limits: LIMITS,
  }
  await writeFile(RESULT_PATH, `${JSON.stringify(result, null, 2)}\n`)
  console.log(`\nwrote ${relative(root, RESULT_PATH)}`)
  // Latencies of failing requests are not the latencies of the routes.
  if (failed.length > 0 || modelFailed.length > 0 || tokens.failures.length > 0) {
    process.exitCode = 1
  }
} catch (err) {
  console.error(err instanceof Error ? err.stack : err)
  process.exitCode = 1
} finally {
  await server?.stop()
  await fake?.close()
  await writeFile(ARTIFACT_PATH, seedArtifact)
}
