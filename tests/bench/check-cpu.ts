/**
 * `node tests/bench/check-cpu.ts <other tree>`: the extractive checker's CPU on the seed dossier
 * for the 2,000-character summary, this tree against another checkout (e.g. a worktree of an
 * older commit, built), in one process and alternating, so a busy machine weighs on both alike.
 * Prints the median of twenty runs each and their ratio. Build both trees first.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CHECK_SENTENCES, CHECK_SUMMARY } from './summaries.ts'

const trees = { new: join(import.meta.dirname, '..', '..'), old: process.argv[2] as string }
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
console.log(`${CHECK_SENTENCES.length} sentences, ${CHECK_SUMMARY.length} chars`)
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
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
const n = median(cpu.new ?? [])
const o = median(cpu.old ?? [])
console.log(`median CPU ms: new ${n.toFixed(1)}, old ${o.toFixed(1)}, ratio ${(n / o).toFixed(2)}`)
