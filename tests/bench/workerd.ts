/**
 * Runs a bundled worker in workerd directly, without wrangler: the runtime's own start is then
 * all there is besides the worker's, so spawning it and waiting for the first answer measures a
 * cold start. `wrangler deploy --dry-run --outdir` makes the bundle; this module writes the
 * workerd config (the bundle's modules, the variables as text bindings) and starts it.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { freePort, ProcessGroup } from '../support/processes.ts'

/** workerd's binary, from the `workerd` package wrangler depends on. */
const WORKERD = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'node_modules',
  '.bin',
  'workerd'
)
/** As in wrangler.toml. */
const COMPATIBILITY_DATE = '2026-11-01'
const READY_TIMEOUT_MS = 30_000

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Options for {@link startWorkerd}. */
export interface WorkerdOptions {
  /** A `--outdir` of `wrangler deploy --dry-run`: `.js` modules, the first sorted being main. */
  bundleDir: string
  /** Text bindings (wrangler's `[vars]`). */
  vars?: Record<string, string>
  /** The request that must answer 200 before the worker counts as started. */
  ready: { path: string; init?: RequestInit }
}

/** A running workerd and how long its cold start took. */
export interface Workerd {
  base: string
  pid: number
  /** From spawning workerd to the first 200 of the ready request, in ms. */
  coldStartMs: number
  /** The ready request alone: its round trip, the first request of the isolate. */
  firstRequestMs: number
  /** workerd's resident memory now, in MiB (VmRSS). */
  rssMiB(): Promise<number>
  stop(): Promise<void>
}

const capnpString = (s: string) => JSON.stringify(s)

/** Starts workerd on a free loopback port and waits for the ready request to answer 200. */
export async function startWorkerd({
  bundleDir,
  vars = {},
  ready,
}: WorkerdOptions): Promise<Workerd> {
  const files = await readdir(bundleDir)
  const modules = files.filter((f) => f.endsWith('.js')).sort()
  if (modules.length !== 1) throw new Error(`expected one module in ${bundleDir}: ${modules}`)
  // wrangler's Text rule (`**/*.txt`): modules it copies beside the bundle, imported by name.
  const texts = files.filter((f) => f.endsWith('.txt'))
  const port = await freePort()
  const bindings = Object.entries(vars).map(
    ([name, text]) => `(name = ${capnpString(name)}, text = ${capnpString(text)})`
  )
  const config = join(bundleDir, 'workerd.capnp')
  await writeFile(
    config,
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [${[
    `(name = ${capnpString(modules[0] ?? '')}, esModule = embed ${capnpString(modules[0] ?? '')})`,
    ...texts.map((t) => `(name = ${capnpString(t)}, text = embed ${capnpString(t)})`),
  ].join(', ')}],
  compatibilityDate = ${capnpString(COMPATIBILITY_DATE)},
  bindings = [${bindings.join(', ')}],
);
`
  )
  const base = `http://127.0.0.1:${port}`
  const started = performance.now()
  const group = new ProcessGroup(WORKERD, ['serve', config])
  const pid = group.pgid
  if (!pid) throw new Error('workerd did not start')
  for (;;) {
    if (group.exited) throw new Error(`workerd exited:\n${group.tail()}`)
    if (performance.now() - started > READY_TIMEOUT_MS) {
      await group.stop()
      throw new Error(`workerd did not answer within ${READY_TIMEOUT_MS} ms:\n${group.tail()}`)
    }
    const sent = performance.now()
    try {
      const res = await fetch(`${base}${ready.path}`, ready.init)
      await res.arrayBuffer()
      if (res.ok) {
        const now = performance.now()
        return {
          base,
          pid,
          coldStartMs: now - started,
          firstRequestMs: now - sent,
          rssMiB: () => rssMiB(pid),
          stop: () => group.stop(),
        }
      }
    } catch {
      // Not listening yet: poll often, the figure is in milliseconds.
    }
    await sleep(5)
  }
}

/** A process's resident memory, in MiB. */
export async function rssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1])
  return kb / 1024
}

/** Writes the smallest worker there is, for the runtime's own cold start (the floor). */
export async function writeFloorWorker(dir: string): Promise<void> {
  await writeFile(join(dir, 'floor.js'), "export default { fetch: () => new Response('ok') }\n")
}
