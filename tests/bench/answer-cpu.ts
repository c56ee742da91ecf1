/**
 * The extractive answer's cost alone, at one scale: the dossier built as the bench's scale runs
 * build it (tests/bench/scale.ts, from tests/bench/generate.ts), loaded as the worker loads it,
 * then `answerQuestion` over the probe's question mix (tests/bench/probe.ts) after a warm-up. No
 * HTTP, no child processes: quick enough to run before and after a change.
 *
 * With `--against <dir>` (a checkout of another commit, e.g. by `git worktree add`), that tree's
 * `src/` is loaded too, builds its own dossier from its own corpus, and the two answer in turn,
 * question by question, in this one process: on a busy machine only such paired figures compare.
 *
 * Usage: node tests/bench/answer-cpu.ts [factor=30] [rounds=30] [--against <dir>] [--answers]
 *
 * Prints, per tree, each question's median, then p50 and p95 of every answer's wall time (as the
 * probe measures) and the main thread's CPU per answer over the run (the thread's clock ticks too
 * coarsely to time one answer). `--answers` adds a digest of every answer's JSON (what-if
 * questions too), which must not move when only the cost does.
 */
import { createHash } from 'node:crypto'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { spread } from './latency.ts'
import { QUESTIONS, SCENARIO_QUESTIONS } from './summaries.ts'

type Ask = (question: string) => Promise<unknown>

/** A tree's own modules, by path: another commit's, or this one's. */
async function setup(root: string, factor: number): Promise<{ ask: Ask; passages: number }> {
  // biome-ignore lint/suspicious/noExplicitAny: modules of another commit, typed by their use
  const load = (path: string): Promise<any> => import(pathToFileURL(join(root, path)).href)
  const { serializeArtifact } = await load('src/index/artifact.ts')
  const { readCorpusInputs } = await load('src/index/build.ts')
  const { assembleArtifact } = await load('src/index/build-dossier.ts')
  const { loadDossier } = await load('src/index/load.ts')
  const { splitPassages } = await load('src/passages/split.ts')
  const { labelPassages } = await load('src/provenance/label.ts')
  const { answerQuestion } = await load('src/response/answer-question.ts')
  const { readConfig } = await load('src/response/config.ts')
  const { generateDocuments } = await load('tests/bench/generate.ts')
  const inputs = await readCorpusInputs(join(root, 'corpus'))
  // As tests/bench/scale.ts labels it: the seed as `npm run build` does, each copy on its own.
  const documents: { id: string }[] = generateDocuments({
    documents: inputs.documents,
    factor,
    seed: 1,
  })
  const seedIds = new Set(inputs.documents.map((d: { id: string }) => d.id))
  const seed = documents.filter((d) => seedIds.has(d.id)).flatMap((d) => splitPassages(d))
  const passages = [
    ...labelPassages(seed, inputs.editorial ?? { passages: [] }),
    ...documents
      .filter((d) => !seedIds.has(d.id))
      .flatMap((d) => labelPassages(splitPassages(d), { passages: [] })),
  ]
  const artifact = assembleArtifact({
    documents,
    passages,
    aliases: inputs.aliases,
    roster: inputs.roster,
  })
  // Through the dump's text, as the worker receives it.
  const dossier = loadDossier(JSON.parse(serializeArtifact(artifact)))
  const config = readConfig({ RATE_LIMIT_ENABLED: 'false' })
  const ask: Ask = (question) =>
    answerQuestion(dossier, { question, mode: 'extractive', config, id: 'ans_bench' })
  return { ask, passages: dossier.passages.length }
}

interface Run {
  name: string
  ask: Ask
  wall: number[]
  cpu: number
  perQuestion: Map<string, number[]>
}

async function main(): Promise<void> {
  console.log = () => {}
  const args = process.argv.slice(2)
  const digest = args.includes('--answers')
  const againstAt = args.indexOf('--against')
  const against = againstAt >= 0 ? args[againstAt + 1] : undefined
  const [factorArg, roundsArg] = args.filter(
    (a, i) => !a.startsWith('--') && (againstAt < 0 || i !== againstAt + 1)
  )
  const factor = Number(factorArg) || 30
  const rounds = Number(roundsArg) || 30
  const roots = [join(dirname(fileURLToPath(import.meta.url)), '..', '..')]
  if (against) roots.push(resolve(against))
  const out = process.stdout
  const runs: Run[] = []
  for (const root of roots) {
    const { ask, passages } = await setup(root, factor)
    const name = root === roots[0] ? 'this tree' : (against ?? '')
    out.write(`${name}: ${passages} passages\n`)
    if (digest) {
      const hash = createHash('sha256')
      for (const q of [...QUESTIONS, ...SCENARIO_QUESTIONS])
        hash.update(JSON.stringify(await ask(q)))
      out.write(`${name}: answers ${hash.digest('hex').slice(0, 16)}\n`)
    }
    runs.push({ name, ask, wall: [], cpu: 0, perQuestion: new Map() })
  }
  // Warm-up, then each question asked of each tree in turn.
  for (const run of runs) for (const q of QUESTIONS) for (let i = 0; i < 3; i++) await run.ask(q)
  for (let r = 0; r < rounds; r++) {
    for (const q of QUESTIONS) {
      for (const run of r % 2 ? [...runs].reverse() : runs) {
        const before = process.threadCpuUsage()
        const started = performance.now()
        await run.ask(q)
        const ms = performance.now() - started
        const used = process.threadCpuUsage(before)
        run.cpu += (used.user + used.system) / 1000
        run.wall.push(ms)
        run.perQuestion.set(q, [...(run.perQuestion.get(q) ?? []), ms])
      }
    }
  }
  const medians = runs.map((run) => QUESTIONS.map((q) => spread(run.perQuestion.get(q) ?? []).p50))
  out.write(`wall p50 per question, ms (${runs.map((r) => r.name).join(' | ')}):\n`)
  QUESTIONS.forEach((q, i) => {
    const cells = medians.map((m) => (m[i] ?? Number.NaN).toFixed(2).padStart(7)).join(' ')
    out.write(`${cells}  ${q}\n`)
  })
  for (const run of runs) {
    const s = spread(run.wall)
    const cpu = run.cpu / run.wall.length
    out.write(
      `${run.name}, ${factor}x: wall p50 ${s.p50.toFixed(2)} p95 ${s.p95.toFixed(2)} ms; ` +
        `cpu ${cpu.toFixed(2)} ms an answer\n`
    )
  }
  const [a, b] = runs
  if (a && b) {
    const ratio = (f: (r: Run) => number) => (f(a) / f(b)).toFixed(2)
    out.write(
      `ratio this/${b.name}: wall p50 ${ratio((r) => spread(r.wall).p50)}, ` +
        `p95 ${ratio((r) => spread(r.wall).p95)}, cpu ${ratio((r) => r.cpu)}\n`
    )
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err)
  process.exit(1)
})
