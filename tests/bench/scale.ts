/**
 * The scale runs: dossiers of 1, 10, 30 and 100 times the seed's passages (tests/bench/generate.ts),
 * each measured three ways:
 *
 * - in a fresh Node process (tests/bench/probe.ts): dump size, load and build times, heap, and
 *   the handler's time per answer and per passage search, with a precise clock; and the index
 *   alone, first run in fresh processes (tests/bench/cold.ts): loaded against built;
 * - the production worker over that dossier, its startup profiled by `wrangler check startup`
 *   (tests/bench/startup.ts): the global-scope work Cloudflare counts;
 * - in workerd directly, on the bench worker bundled over that dossier (tests/bench/worker.ts):
 *   cold start from spawning workerd to the end of global scope (beside the smallest worker's,
 *   the runtime's floor), then the app's first request and first answer, workerd's resident
 *   memory, the load's parts timed inside the isolate, and request latency over loopback with
 *   `Server-Timing`.
 *
 * The bench writes each dossier to `.build/dossier.txt` (where the worker imports it from) and
 * puts the seed's back when done; `npm run build`, which every script runs first, would too.
 */
import { spawn } from 'node:child_process'
import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { serializeArtifact } from '../../src/index/artifact.ts'
import type { BuildDossierOptions } from '../../src/index/build-dossier.ts'
import { assembleArtifact } from '../../src/index/build-dossier.ts'
import { splitPassages } from '../../src/passages/split.ts'
import { labelPassages } from '../../src/provenance/label.ts'
import { type BundleFigures, benchBundle } from './bundle.ts'
import { type ColdMode, coldInputs } from './cold.ts'
import { generateDocuments } from './generate.ts'
import { benchLatency, ROUTES, type RouteFigures, spread } from './latency.ts'
import type { ProbeFigures } from './probe.ts'
import { bundleWorker, profileStartup, type StartupFigures } from './startup.ts'
import type { StartupTimings } from './worker.ts'
import { startWorkerd, type Workerd, writeFloorWorker } from './workerd.ts'

/** Options for {@link benchScale}. */
export interface ScaleOptions {
  inputs: BuildDossierOptions
  factors: number[]
  /** Where the bench keeps its files (a folder of `.build`). */
  dir: string
  /** `.build/dossier.txt`, which the bench worker imports. */
  artifactPath: string
  /** Requests per route in workerd, and per kind in the Node probe. */
  requests: number
  /** workerd cold starts per dossier (and for the floor), and fresh processes per cold mode. */
  coldStarts: number
  /** Startup profiles per dossier. */
  profiles: number
  /** The repository, whose wrangler.toml and src/worker.ts the startup profile bundles. */
  root: string
  vars: Record<string, string>
}

/** `GET /__bench/startup`'s medians, in ms (whole ms: workerd's clock). */
export interface InIsolateStartup {
  parse: number
  load: number
  build: number
  indexLoad: number
  indexBuild: number
  /** The index alone, averaged over batches: precise where one load is under a millisecond. */
  mean: { indexLoad: number; indexBuild: number }
}

export interface ScaleRow {
  factor: number
  passages: number
  probe: ProbeFigures
  /** Medians of fresh Node processes, the first time each does it, in ms (tests/bench/cold.ts). */
  cold: Record<ColdMode, number>
  /** The production worker's global-scope work, by `wrangler check startup` (startup.ts). */
  profile: StartupFigures
  bundle: Pick<BundleFigures, 'bytes' | 'gzipBytes'>
  workerd: {
    /** Median of the cold starts: spawn to the first answer of `/__bench/ping` (global scope). */
    coldStartMs: number
    coldStarts: number[]
    /** Median of the app's first request (`GET /healthz`) of each isolate, after it started. */
    firstHealthzMs: number
    /** Median of the first `POST /v1/answers` of each isolate, after it started. */
    firstAnswerMs: number
    /** workerd's resident memory after the first answer, and after the requests. */
    rssMiB: { started: number; afterRequests: number }
    startup: InIsolateStartup
    routes: RouteFigures[]
  }
}

export interface ScaleFigures {
  floor: { coldStartMs: number; coldStarts: number[]; rssMiB: number }
  rows: ScaleRow[]
}

const median = (values: number[]) => spread(values).p50
/** Passage search, answer, and the floor: the routes that scale with the dossier. */
const SCALE_ROUTES = ROUTES.filter((r) =>
  ['GET /healthz', 'GET /v1/passages', 'POST /v1/answers'].includes(r.name)
)
const FIRST_ANSWER: RequestInit = {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ question: 'Who hosted the trilateral talks?' }),
}

/** The seed labelled as `npm run build` does; each copy labelled on its own (see generate.ts). */
function scaledArtifact(inputs: BuildDossierOptions, factor: number) {
  const documents = generateDocuments({ documents: inputs.documents, factor, seed: 1 })
  const seedIds = new Set(inputs.documents.map((d) => d.id))
  const seed = documents.filter((d) => seedIds.has(d.id)).flatMap((d) => splitPassages(d))
  const passages = [
    ...labelPassages(seed, inputs.editorial ?? { passages: [] }),
    ...documents
      .filter((d) => !seedIds.has(d.id))
      .flatMap((d) => labelPassages(splitPassages(d), { passages: [] })),
  ]
  return {
    documents,
    artifact: assembleArtifact({
      documents,
      passages,
      aliases: inputs.aliases,
      roster: inputs.roster,
    }),
  }
}

/** Runs a bench script in a fresh Node process and returns the last line it prints. */
function child(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString()
    })
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString()
    })
    child.once('error', reject)
    child.once('close', (code) => {
      if (code !== 0)
        reject(new Error(`${args.join(' ')} exited with ${code}:\n${err.slice(-2000)}`))
      else resolve(out.trim().split('\n').at(-1) ?? '')
    })
  })
}

/** tests/bench/probe.ts in a fresh Node process. */
async function probe(path: string, requests: number): Promise<ProbeFigures> {
  const line = await child([
    '--expose-gc',
    join('tests', 'bench', 'probe.ts'),
    path,
    String(requests),
  ])
  return JSON.parse(line) as ProbeFigures
}

const COLD_MODES: ColdMode[] = ['load', 'passages', 'corpus']

/** Each mode of tests/bench/cold.ts in `runs` fresh processes, interleaved; the medians. */
async function coldIndex(paths: Record<ColdMode, string>, runs: number) {
  const times: Record<ColdMode, number[]> = { load: [], passages: [], corpus: [] }
  for (let i = 0; i < runs; i++) {
    for (const mode of COLD_MODES) {
      const line = await child([join('tests', 'bench', 'cold.ts'), mode, paths[mode]])
      times[mode].push(Number(line))
    }
  }
  return {
    load: median(times.load),
    passages: median(times.passages),
    corpus: median(times.corpus),
  }
}

/** `coldStarts` fresh workerd processes, each stopped after its first answer; the last is kept. */
async function coldStarts(
  count: number,
  start: () => Promise<Workerd>,
  first?: RequestInit & { path: string }
): Promise<{ runs: Workerd[]; firsts: number[]; healthz: number[]; kept: Workerd }> {
  const runs: Workerd[] = []
  const firsts: number[] = []
  const healthz: number[] = []
  for (let i = 0; i < count; i++) {
    const w = await start()
    runs.push(w)
    if (first) {
      // The app's first request (routing, config), then its first answer (retrieval's code).
      const asked = performance.now()
      const health = await fetch(`${w.base}/healthz`)
      await health.arrayBuffer()
      healthz.push(performance.now() - asked)
      // The isolate's first answer: retrieval's code runs for the first time.
      const sent = performance.now()
      const res = await fetch(`${w.base}${first.path}`, first)
      await res.arrayBuffer()
      if (!res.ok) throw new Error(`first answer: HTTP ${res.status}`)
      firsts.push(performance.now() - sent)
    }
    if (i < count - 1) await w.stop()
  }
  const kept = runs.at(-1)
  if (!kept) throw new Error('no cold start')
  return { runs, firsts, healthz, kept }
}

/**
 * Every factor in turn, the smallest worker's cold start first.
 *
 * @example
 * ```ts
 * const { floor, rows } = await benchScale({ inputs, factors: [1, 10], dir, artifactPath, … })
 * ```
 */
export async function benchScale(options: ScaleOptions): Promise<ScaleFigures> {
  const { dir, factors, requests, vars } = options
  await mkdir(dir, { recursive: true })
  const floorDir = join(dir, 'floor')
  await mkdir(floorDir, { recursive: true })
  await writeFloorWorker(floorDir)
  const floorRuns = await coldStarts(options.coldStarts, () =>
    startWorkerd({ bundleDir: floorDir, ready: { path: '/' } })
  )
  const floorRss = await floorRuns.kept.rssMiB()
  await floorRuns.kept.stop()
  const floorStarts = floorRuns.runs.map((r) => r.coldStartMs)

  const rows: ScaleRow[] = []
  for (const factor of factors) {
    const { artifact, documents } = scaledArtifact(options.inputs, factor)
    const path = join(dir, `dossier-${factor}x.json`)
    await writeFile(path, serializeArtifact(artifact))
    const inputs = coldInputs(artifact, documents)
    const coldPaths = {} as Record<ColdMode, string>
    for (const mode of COLD_MODES) {
      coldPaths[mode] = join(dir, `cold-${mode}-${factor}x.json`)
      await writeFile(coldPaths[mode], inputs[mode])
    }
    console.log(`scale ${factor}x: ${artifact.passages.length} passages; Node probe…`)
    const figures = await probe(path, requests)
    console.log(`scale ${factor}x: the index cold, ${options.coldStarts} fresh processes a mode…`)
    const cold = await coldIndex(coldPaths, options.coldStarts)
    await copyFile(path, options.artifactPath)
    console.log(`scale ${factor}x: profiling the production worker's startup…`)
    const profileDir = join(dir, `startup-${factor}x`)
    await mkdir(profileDir, { recursive: true })
    const profile = await profileStartup(
      await bundleWorker(options.root, profileDir),
      options.profiles,
      profileDir
    )
    console.log(`scale ${factor}x: bundling the bench worker…`)
    const bundleDir = join(dir, `dist-${factor}x`)
    const bundle = await benchBundle({ outdir: bundleDir, config: 'tests/bench/wrangler.toml' })
    console.log(`scale ${factor}x: ${options.coldStarts} cold starts in workerd, then requests…`)
    const { runs, firsts, healthz, kept } = await coldStarts(
      options.coldStarts,
      () => startWorkerd({ bundleDir, vars, ready: { path: '/__bench/ping' } }),
      { path: '/v1/answers', ...FIRST_ANSWER }
    )
    try {
      const started = await kept.rssMiB()
      const res = await fetch(`${kept.base}/__bench/startup?runs=5`)
      const timings = (await res.json()) as StartupTimings
      const routes = await benchLatency({
        base: kept.base,
        routes: SCALE_ROUTES,
        warmup: 10,
        requests,
      })
      rows.push({
        factor,
        passages: artifact.passages.length,
        probe: figures,
        cold,
        profile,
        bundle: { bytes: bundle.bytes, gzipBytes: bundle.gzipBytes },
        workerd: {
          coldStartMs: median(runs.map((r) => r.coldStartMs)),
          coldStarts: runs.map((r) => r.coldStartMs),
          firstHealthzMs: median(healthz),
          firstAnswerMs: median(firsts),
          rssMiB: { started, afterRequests: await kept.rssMiB() },
          startup: {
            parse: median(timings.rounds.map((r) => r.parse)),
            load: median(timings.rounds.map((r) => r.load)),
            build: median(timings.rounds.map((r) => r.build)),
            indexLoad: median(timings.rounds.map((r) => r.indexLoad)),
            indexBuild: median(timings.rounds.map((r) => r.indexBuild)),
            mean: timings.mean,
          },
          routes,
        },
      })
    } finally {
      await kept.stop()
    }
  }
  return {
    floor: { coldStartMs: median(floorStarts), coldStarts: floorStarts, rssMiB: floorRss },
    rows,
  }
}
