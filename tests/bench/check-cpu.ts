/**
 * `node tests/bench/check-cpu.ts <other tree>`: the extractive checker's cost on the seed dossier
 * for the 2,000-character summary, this tree against another checkout (e.g. a worktree of an
 * older commit, built), alternating, so a busy machine weighs on both alike. Twice: in one Node
 * process (CPU, median of twenty runs each), then in workerd, each tree served by its own
 * `wrangler dev` (the worker's `Server-Timing`, mean of eighty requests each, in whole ms).
 * Prints both and their ratios; the ratio is the figure to read. Build both trees first.
 *
 * @example
 * ```sh
 * git worktree add ../before <commit> && (cd ../before && npm run build)
 * node tests/bench/check-cpu.ts ../before
 * ```
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { startWranglerDev } from '../support/processes.ts'
import { serverTime } from './latency.ts'
import { CHECK_SENTENCES, CHECK_SUMMARY } from './summaries.ts'

const trees = { new: join(import.meta.dirname, '..', '..'), old: process.argv[2] as string }
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length
const report = (what: string, n: number, o: number) =>
  console.log(`${what}: new ${n.toFixed(1)}, old ${o.toFixed(1)}, ratio ${(n / o).toFixed(2)}`)

console.log(`${CHECK_SENTENCES.length} sentences, ${CHECK_SUMMARY.length} chars`)

const checkers: Record<string, () => unknown> = {}
for (const [name, root] of Object.entries(trees)) {
  const { parseArtifact } = await import(join(root, 'src/index/artifact.ts'))
  const { loadDossier } = await import(join(root, 'src/index/load.ts'))
  const { checkExtractive } = await import(join(root, 'src/check/extractive.ts'))
  const dossier = loadDossier(
    parseArtifact(await readFile(join(root, '.build/dossier.txt'), 'utf8'))
  )
  checkers[name] = () => checkExtractive(dossier, CHECK_SUMMARY, 'b')
}
for (const f of Object.values(checkers)) for (let i = 0; i < 5; i++) f() // warm up
const cpu: Record<string, number[]> = { new: [], old: [] }
for (let round = 0; round < 20; round++) {
  for (const [name, f] of Object.entries(checkers)) {
    const t = process.cpuUsage()
    f()
    const d = process.cpuUsage(t)
    cpu[name]?.push((d.user + d.system) / 1000)
  }
}
report('Node, median CPU ms', median(cpu.new ?? []), median(cpu.old ?? []))

// The rate limit is off: eighty checks a minute from one client would meet it.
const servers = Object.fromEntries(
  await Promise.all(
    Object.entries(trees).map(
      async ([name, cwd]) =>
        [name, await startWranglerDev({ cwd, vars: { RATE_LIMIT_ENABLED: 'false' } })] as const
    )
  )
)
try {
  const check = async (base: string) => {
    const res = await fetch(`${base}/v1/checks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ summary: CHECK_SUMMARY }),
    })
    await res.text()
    if (res.status !== 200) throw new Error(`${base}: ${res.status}`)
    return serverTime(res)
  }
  const worker: Record<string, number[]> = { new: [], old: [] }
  for (let round = 0; round < 90; round++) {
    for (const [name, server] of Object.entries(servers)) {
      const ms = await check(server.base)
      if (round >= 10) worker[name]?.push(ms) // the first ten warm the isolates
    }
  }
  report('workerd, mean Server-Timing ms', mean(worker.new ?? []), mean(worker.old ?? []))
} finally {
  await Promise.all(Object.values(servers).map((s) => s.stop()))
}
