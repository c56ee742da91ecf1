/**
 * The worker the benchmark runs in workerd directly: the production worker (the same app over the
 * same global-scope load of `.build/dossier.txt`, which the bench may have replaced by a larger
 * dossier) plus one route, `GET /__bench/startup`, that times the load's parts inside the isolate.
 *
 * Why a route: workerd reads 0 from `performance.now()` and `Date.now()` at global scope (its
 * clocks advance only once a request runs), so the global-scope load cannot time itself. The
 * route repeats the same work in a request, where local workerd's clock does advance, in whole
 * milliseconds: loading the dump (`JSON.parse` + `loadDossier`) against building the index at
 * startup from the corpus it was made from (`JSON.parse` of passages and aliases, tokenizing,
 * inserting, sentence statistics), and the same for the index alone (the passages, which both
 * need, left out).
 */
import artifactText from '../../.build/dossier.txt'
import { compileAliases } from '../../src/index/aliases.ts'
import { type Artifact, parseArtifact } from '../../src/index/artifact.ts'
import { dossier } from '../../src/index/dossier.ts'
import { loadDossier } from '../../src/index/load.ts'
import { createTokenizer } from '../../src/index/tokenizer.ts'
import { createApp } from '../../src/response/app.ts'
import type { Bindings } from '../../src/response/config.ts'
import { buildIndexAlone, loadIndexAlone } from './index-alone.ts'

const app = createApp({ dossier })
// The same module `dossier` was loaded from: bundled once.
const imported = parseArtifact(artifactText)

/** The timings of one round, in ms. */
export interface StartupRound {
  parse: number
  load: number
  build: number
  /** The index alone: its part of the dump parsed and loaded, against tokenizing + inserting. */
  indexLoad: number
  indexBuild: number
}

/** What `GET /__bench/startup` answers. */
export interface StartupTimings {
  passages: number
  dumpBytes: number
  corpusBytes: number
  rounds: StartupRound[]
  /**
   * The index alone again, each repeated for at least {@link BATCH_MS} and averaged: workerd's
   * clock ticks in whole milliseconds, too coarse for one load of the seed's index.
   */
  mean: { indexLoad: number; indexBuild: number }
}

const BATCH_MS = 250

/** Mean time of `f`, repeated until `BATCH_MS` have passed (at least 3 times, at most 10,000). */
function mean(f: () => void): number {
  const started = performance.now()
  let times = 0
  while (times < 3 || (performance.now() - started < BATCH_MS && times < 10_000)) {
    f()
    times++
  }
  return (performance.now() - started) / times
}

function startup(runs: number): StartupTimings {
  // The texts a worker would ship either way; made outside the clock.
  const { format: _, stats: _stats, index: _index, ...corpus } = imported
  const dumpText = JSON.stringify(imported)
  const corpusText = JSON.stringify(corpus)
  const indexText = JSON.stringify({ stats: imported.stats, index: imported.index })
  const ids = imported.passages.map((p) => p.id)
  const compiled = compileAliases(imported.aliases)
  const tokenizer = createTokenizer(compiled)
  const loadIndex = () =>
    loadIndexAlone(JSON.parse(indexText) as Pick<Artifact, 'stats' | 'index'>, ids, tokenizer)
  // A fresh tokenizer, as at startup: its stem cache starts empty.
  const buildIndex = () => buildIndexAlone(imported.passages, createTokenizer(compiled))
  const rounds: StartupRound[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    const artifact = JSON.parse(dumpText) as Artifact
    const t1 = performance.now()
    loadDossier(artifact)
    const t2 = performance.now()
    const parsed = JSON.parse(corpusText) as Pick<Artifact, 'passages' | 'aliases'>
    buildIndexAlone(parsed.passages, createTokenizer(compileAliases(parsed.aliases)))
    const t3 = performance.now()
    loadIndex()
    const t4 = performance.now()
    buildIndex()
    const t5 = performance.now()
    rounds.push({
      parse: t1 - t0,
      load: t2 - t0,
      build: t3 - t2,
      indexLoad: t4 - t3,
      indexBuild: t5 - t4,
    })
  }
  return {
    passages: dossier.passages.length,
    dumpBytes: dumpText.length,
    corpusBytes: corpusText.length,
    rounds,
    mean: { indexLoad: mean(loadIndex), indexBuild: mean(buildIndex) },
  }
}

export default {
  fetch(request: Request, env: Bindings, ctx: ExecutionContext): Response | Promise<Response> {
    const url = new URL(request.url)
    // Answered without the app: the first one marks the end of global scope (compiling the
    // bundle, loading the dossier, creating the app), and nothing of the app's first request.
    if (url.pathname === '/__bench/ping') return new Response('ok')
    if (url.pathname === '/__bench/startup') {
      const runs = Math.min(50, Math.max(1, Number(url.searchParams.get('runs')) || 5))
      return Response.json(startup(runs))
    }
    return app.fetch(request, env, ctx)
  },
}
