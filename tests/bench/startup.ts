/**
 * Global-scope work as Cloudflare counts it: `wrangler check startup` runs a bundled worker's
 * startup in workerd under V8's CPU profiler, the same phase Cloudflare holds to its startup
 * limit. The profile's samples say where the time went; its active time (every sample but the
 * idle ones: compiling the bundle, evaluating modules, loading the dossier, garbage collection)
 * is the figure, and the same tool reports it. Timing from outside (spawning workerd until it
 * answers) also counts workerd reading its config and the bundle, which a deployed worker does
 * not pay per isolate; the bench reports both.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { spawnWrangler } from '../support/processes.ts'
import { spread } from './latency.ts'

/** Median active and garbage-collection time of the startup profiles, in ms. */
export interface StartupFigures {
  activeMs: number
  gcMs: number
  runs: number[]
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string } }[]
  samples: number[]
  timeDeltas: number[]
}

async function wrangler(args: string[]): Promise<string> {
  const run = spawnWrangler(args)
  const code = await run.exit
  await run.stop()
  if (code !== 0) throw new Error(`wrangler ${args[0]} exited with ${code}:\n${run.tail()}`)
  return run.text()
}

/**
 * Bundles the production worker (src/worker.ts, over whatever `.build/dossier.txt` holds now)
 * into one upload file, as `wrangler check startup --worker` reads it. The config is
 * wrangler.toml without its `[build]`, which would rebuild the seed's dossier over the bench's,
 * and with its static assets' directory pointed back at the project's.
 */
export async function bundleWorker(root: string, dir: string): Promise<string> {
  const config = join(dir, 'wrangler.toml')
  const main = relative(dir, join(root, 'src', 'worker.ts'))
  const production = await readFile(join(root, 'wrangler.toml'), 'utf8')
  await writeFile(
    config,
    production
      .replace(/^\[build\]\n(?:(?!\[).*\n)*/m, '')
      .replace(/^main = .*$/m, `main = ${JSON.stringify(main)}`)
      // Paths in the config are relative to it: the static assets stay the project's.
      .replace(
        /^directory = "(.*)"$/m,
        (_, assets: string) => `directory = ${JSON.stringify(relative(dir, join(root, assets)))}`
      )
  )
  const outfile = join(dir, 'worker.bundle')
  await wrangler(['deploy', '--dry-run', '--config', config, '--outfile', outfile])
  return outfile
}

/** Active and garbage-collection time of one profile, in ms. */
export function activeTime(profile: CpuProfile): { activeMs: number; gcMs: number } {
  const names = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName]))
  let activeMs = 0
  let gcMs = 0
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000
    const name = names.get(id)
    if (name === '(idle)') return
    activeMs += ms
    if (name === '(garbage collector)') gcMs += ms
  })
  return { activeMs, gcMs }
}

/** Profiles the startup of `bundle` `runs` times; medians of the active and GC times. */
export async function profileStartup(
  bundle: string,
  runs: number,
  dir: string
): Promise<StartupFigures> {
  const outfile = join(dir, 'startup.cpuprofile')
  const figures: { activeMs: number; gcMs: number }[] = []
  for (let i = 0; i < runs; i++) {
    await wrangler(['check', 'startup', '--worker', bundle, '--outfile', outfile])
    figures.push(activeTime(JSON.parse(await readFile(outfile, 'utf8')) as CpuProfile))
  }
  return {
    activeMs: spread(figures.map((f) => f.activeMs)).p50,
    gcMs: spread(figures.map((f) => f.gcMs)).p50,
    runs: figures.map((f) => f.activeMs),
  }
}
