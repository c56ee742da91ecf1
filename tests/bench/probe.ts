/**
 * One dossier's load, memory and per-request work, measured in a fresh Node process (the bench
 * runs this file as a child, once per dossier size, with `--expose-gc`): the nearest Node gets to
 * a new isolate, with a precise clock and a heap to read. Prints one JSON object.
 *
 * Usage: node --expose-gc tests/bench/probe.ts <artifact.json> <requests>
 *
 * - load: `JSON.parse` + `loadDossier`, the first time in the process (cold code) and the best of
 *   later runs; build: what a worker that indexed at startup would do instead (`JSON.parse` of
 *   passages and aliases, tokenizing, inserting, sentence statistics); and the index alone, the
 *   passages (which both need) left out;
 * - heap: `heapUsed` after a full GC, before and after loading, the dossier kept and the text not;
 * - requests: the app's own handler, in-process (`app.request`, no network), for
 *   `POST /v1/answers` and `GET /v1/passages`: all CPU, since nothing in them waits on I/O.
 */
import { readFile } from 'node:fs/promises'
import { gzipSync } from 'node:zlib'
import { compileAliases } from '../../src/index/aliases.ts'
import type { Artifact } from '../../src/index/artifact.ts'
import { type Dossier, loadDossier } from '../../src/index/load.ts'
import { createTokenizer } from '../../src/index/tokenizer.ts'
import { createApp } from '../../src/response/app.ts'
import { buildIndexAlone, loadIndexAlone } from './index-alone.ts'
import { spread } from './latency.ts'
import { QUESTIONS } from './summaries.ts'

/** What the probe prints. */
export interface ProbeFigures {
  passages: number
  dumpBytes: number
  dumpGzipBytes: number
  /** Of the dump: passages (with provenance), sentence statistics, packed index, in bytes. */
  parts: Record<string, number>
  firstLoadMs: number
  loadMs: number
  buildMs: number
  /**
   * The index alone, without the passages both need: parsing and loading the index and the
   * sentence statistics, against tokenizing and inserting the passages and computing them.
   */
  indexLoadMs: number
  indexBuildMs: number
  heapMiB: { before: number; loaded: number; dossier: number }
  answerMs: { p50: number; p95: number; p99: number; mean: number }
  passagesMs: { p50: number; p95: number; p99: number; mean: number }
}

const BEST_OF = 5
const mib = (bytes: number) => bytes / 1024 / 1024

function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc
  if (!collect) throw new Error('run with --expose-gc')
  collect()
  collect()
}

const time = <T>(f: () => T): [T, number] => {
  const started = performance.now()
  const result = f()
  return [result, performance.now() - started]
}

async function main(): Promise<void> {
  // The app's access log would interleave with the one line this prints.
  console.log = () => {}
  const [path, requestsArg] = process.argv.slice(2)
  if (!path) throw new Error('usage: probe.ts <artifact.json> <requests>')
  const requests = Number(requestsArg) || 100
  let text: string | undefined = await readFile(path, 'utf8')
  const dumpBytes = Buffer.byteLength(text)
  const dumpGzipBytes = gzipSync(text).length

  gc()
  const before = process.memoryUsage().heapUsed
  const [dossier, firstLoadMs] = time(() => loadDossier(JSON.parse(text ?? '') as Artifact))
  const source = text
  text = undefined
  gc()
  const loaded = process.memoryUsage().heapUsed

  let loadMs = Number.POSITIVE_INFINITY
  for (let i = 0; i < BEST_OF; i++) {
    loadMs = Math.min(loadMs, time(() => loadDossier(JSON.parse(source) as Artifact))[1])
  }
  const artifact = JSON.parse(source) as Artifact
  const { format: _, stats, index, ...corpus } = artifact
  const corpusText = JSON.stringify(corpus)
  let buildMs = Number.POSITIVE_INFINITY
  for (let i = 0; i < Math.max(1, Math.ceil(BEST_OF / 2)); i++) {
    const [, ms] = time(() => {
      const parsed = JSON.parse(corpusText) as Pick<Artifact, 'passages' | 'aliases'>
      buildIndexAlone(parsed.passages, createTokenizer(compileAliases(parsed.aliases)))
    })
    buildMs = Math.min(buildMs, ms)
  }

  const compiled = compileAliases(corpus.aliases)
  const tokenizer = createTokenizer(compiled)
  const indexText = JSON.stringify({ stats, index })
  const ids = corpus.passages.map((p) => p.id)
  let indexLoadMs = Number.POSITIVE_INFINITY
  let indexBuildMs = Number.POSITIVE_INFINITY
  for (let i = 0; i < BEST_OF; i++) {
    const [, loadOnly] = time(() =>
      loadIndexAlone(JSON.parse(indexText) as Pick<Artifact, 'stats' | 'index'>, ids, tokenizer)
    )
    indexLoadMs = Math.min(indexLoadMs, loadOnly)
    if (i % 2 === 1) continue
    // A fresh tokenizer, as at startup: its stem cache starts empty.
    const [, buildOnly] = time(() => buildIndexAlone(corpus.passages, createTokenizer(compiled)))
    indexBuildMs = Math.min(indexBuildMs, buildOnly)
  }

  const figures: ProbeFigures = {
    passages: dossier.passages.length,
    dumpBytes,
    dumpGzipBytes,
    parts: {
      passages: JSON.stringify(corpus.passages).length,
      stats: JSON.stringify(stats).length,
      index: JSON.stringify(index).length,
    },
    firstLoadMs,
    loadMs,
    buildMs,
    indexLoadMs,
    indexBuildMs,
    heapMiB: { before: mib(before), loaded: mib(loaded), dossier: mib(loaded - before) },
    ...(await requestTimes(dossier, requests)),
  }
  process.stdout.write(`${JSON.stringify(figures)}\n`)
}

/** The app's handler in-process: answers and passage searches, after a warm-up. */
async function requestTimes(
  dossier: Dossier,
  requests: number
): Promise<Pick<ProbeFigures, 'answerMs' | 'passagesMs'>> {
  const app = createApp({ dossier })
  // One env object for all requests, as workerd passes: the config is parsed once per env.
  const env = { RATE_LIMIT_ENABLED: 'false' }
  const answer = (i: number) =>
    app.request(
      '/v1/answers',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question: QUESTIONS[i % QUESTIONS.length] }),
      },
      env
    )
  const passages = () => app.request('/v1/passages?q=fortress%20belt&limit=5', {}, env)
  const answers: number[] = []
  const searches: number[] = []
  for (let i = 0; i < requests + 20; i++) {
    let started = performance.now()
    const a = await answer(i)
    const answerMs = performance.now() - started
    if (a.status !== 200) throw new Error(`answer: HTTP ${a.status}`)
    started = performance.now()
    const p = await passages()
    const passagesMs = performance.now() - started
    if (p.status !== 200) throw new Error(`passages: HTTP ${p.status}`)
    if (i < 20) continue
    answers.push(answerMs)
    searches.push(passagesMs)
  }
  return { answerMs: spread(answers), passagesMs: spread(searches) }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err)
  process.exit(1)
})
