/**
 * The process machinery the scripts and tests that run `wrangler dev` share (tests/bench,
 * tests/load, tests/support/dev-server.ts). This module owns:
 *
 * - free loopback ports ({@link freePort});
 * - commands spawned in their own process group, output kept ({@link ProcessGroup}): npx, wrangler
 *   and workerd are a chain of processes, and ending the first leaves the rest;
 * - servers started that way and waited for until `/healthz` answers ({@link startServer}), and
 *   `wrangler dev` with optional `--var`s among them ({@link startWranglerDev});
 * - stopping a group reliably: SIGTERM, then SIGKILL, until none of it runs ({@link stopGroup});
 * - the table of running processes from /proc, zombie-aware ({@link processes}, {@link alive});
 * - the last-resort cleanup on exit, SIGINT and SIGTERM ({@link cleanupOnSignals});
 * - nearest-rank percentiles ({@link percentile}).
 *
 * Every group spawned here is tracked until it is stopped; nothing is registered on import.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** How long a server may take to answer `/healthz` unless told otherwise. */
const READY_TIMEOUT_MS = 60_000
/** Output chunks kept per process group, for error messages. */
const OUTPUT_CHUNKS = 500

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

// ---------------------------------------------------------------------------------------------
// Ports and figures

/** A free loopback port, so nothing started here collides with a developer's `npm start`. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port'))
      )
    })
  })
}

/** Nearest-rank percentile of ascending `sorted`; NaN when it is empty. */
export function percentile(sorted: number[], p: number): number {
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN
}

// ---------------------------------------------------------------------------------------------
// The process table

export interface ProcInfo {
  pid: number
  ppid: number
  pgid: number
  comm: string
  /** R, S, D…; Z for a zombie, which has ended but was not reaped (it holds no memory). */
  state: string
}

/** Every process from /proc/<pid>/stat (comm is in parentheses and may hold spaces). */
export function processes(): ProcInfo[] {
  const out: ProcInfo[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const open = stat.indexOf('(')
      const close = stat.lastIndexOf(')')
      const fields = stat.slice(close + 2).split(' ')
      out.push({
        pid: Number(entry),
        comm: stat.slice(open + 1, close),
        state: fields[0] ?? '',
        ppid: Number(fields[1]),
        pgid: Number(fields[2]),
      })
    } catch {
      // Ended while we read.
    }
  }
  return out
}

/** Whether `pid` is still running: it exists and is not a zombie. */
export function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return false
  }
}

// ---------------------------------------------------------------------------------------------
// Process groups

/** Process groups still running; {@link cleanupOnSignals} ends them on any way out. */
const groups = new Set<number>()

/** Without /proc (not Linux), a group is running while it can be signalled, zombies and all. */
const hasProc = existsSync('/proc/self/stat')

/** Signals a process group; false when no process of it is left. Synchronous, for `exit`. */
export function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal)
    return true
  } catch {
    return false
  }
}

/** Whether any process of group `pgid` runs; a zombie left unreaped does not count. */
function groupRunning(pgid: number): boolean {
  if (!hasProc) return signalGroup(pgid, 0)
  return processes().some((p) => p.pgid === pgid && p.state !== 'Z')
}

/** Waits up to `limit` ms until `done()`; whether it came true. */
async function until(done: () => boolean, limit: number): Promise<boolean> {
  for (let waited = 0; waited < limit; waited += 100) {
    if (done()) return true
    await sleep(100)
  }
  return done()
}

/**
 * Ends a process group: SIGTERM, then SIGKILL if any of it lingers; waits until none of it runs,
 * then briefly (up to 2 s) for its zombies to be reaped, so none is left in the process table.
 */
export async function stopGroup(pgid: number): Promise<void> {
  const stopped = () => !groupRunning(pgid)
  // wrangler runs workerd as a child, which may outlive it: wait for the group, not the child.
  signalGroup(pgid, 'SIGTERM')
  if (!(await until(stopped, 5_000))) {
    signalGroup(pgid, 'SIGKILL')
    await until(stopped, 5_000)
  }
  // Orphans are reaped by pid 1, which may take a moment; a zombie holds nothing, so not long.
  await until(() => !signalGroup(pgid, 0), 2_000)
  groups.delete(pgid)
}

/** Stops every group still running, all at once. */
export async function stopAllGroups(): Promise<void> {
  await Promise.all([...groups].map(stopGroup))
}

/** SIGKILLs every group still running. Synchronous, for `exit`. */
function killAllGroups(): void {
  for (const pgid of groups) signalGroup(pgid, 'SIGKILL')
}

/**
 * Never leaves a group behind, however the process ends: on `exit`, every group still running is
 * SIGKILLed; on the first SIGINT or SIGTERM, `cleanup` runs (by default, stopping every group),
 * then the process exits with 130; a second signal exits at once (the `exit` hook still runs).
 */
export function cleanupOnSignals(
  cleanup: (signal: NodeJS.Signals) => Promise<void> = stopAllGroups
): void {
  process.once('exit', killAllGroups)
  let stopping = false
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) process.exit(130)
      stopping = true
      void cleanup(signal).finally(() => process.exit(130))
    })
  }
}

export interface SpawnOptions {
  /** Added to the environment, over `process.env` and `CI=true`. */
  env?: Record<string, string>
  /** Where it runs; the repository root unless given (another checkout, to compare with). */
  cwd?: string
}

/** A command in its own process group, run from the repository root, its output kept. */
export class ProcessGroup {
  private readonly child: ChildProcess
  private readonly output: string[] = []
  private readonly listeners: ((text: string) => void)[] = []
  /** The exit code (null when killed by a signal); rejects if the command could not start. */
  readonly exit: Promise<number | null>
  exited = false

  constructor(command: string, args: string[], options: SpawnOptions = {}) {
    this.child = spawn(command, args, {
      cwd: options.cwd ?? root,
      env: { ...process.env, CI: 'true', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    if (this.child.pid) groups.add(this.child.pid)
    const keep = (chunk: Buffer) => {
      const text = chunk.toString()
      this.output.push(text)
      if (this.output.length > OUTPUT_CHUNKS) this.output.shift()
      for (const listener of this.listeners) listener(text)
    }
    this.child.stdout?.on('data', keep)
    this.child.stderr?.on('data', keep)
    this.exit = new Promise((resolve, reject) => {
      this.child.once('error', (err) => {
        this.output.push(`spawn failed: ${err.message}\n`)
        this.exited = true
        reject(err)
      })
      this.child.once('close', (code) => {
        this.exited = true
        resolve(code)
      })
    })
    // Only those who await `exit` hear of a failed spawn; the others see `exited`.
    this.exit.catch(() => {})
  }

  /** The group's id: the leader's pid, undefined if it never started. */
  get pgid(): number | undefined {
    return this.child.pid
  }

  /** Calls `listener` with every chunk of output from now on. */
  onOutput(listener: (text: string) => void): void {
    this.listeners.push(listener)
  }

  /** The output kept (the last {@link OUTPUT_CHUNKS} chunks, stdout and stderr as they came). */
  text(): string {
    return this.output.join('')
  }

  /** The last 40 lines of output. */
  tail(): string {
    return this.text().split('\n').slice(-40).join('\n')
  }

  async stop(): Promise<void> {
    if (this.pgid) await stopGroup(this.pgid)
  }
}

/** `npx wrangler …args` in its own process group. */
export function spawnWrangler(args: string[], options: SpawnOptions = {}): ProcessGroup {
  return new ProcessGroup('npx', ['wrangler', ...args], options)
}

// ---------------------------------------------------------------------------------------------
// Servers

/** A server in its own process group that has answered `/healthz` on 127.0.0.1. */
export interface ServerProcess {
  port: number
  /** `http://127.0.0.1:<port>` */
  base: string
  /** Milliseconds from spawning to the first 2xx of `/healthz`. */
  readyMs: number
  group: ProcessGroup
  stop(): Promise<void>
}

/**
 * Waits until `group`, a server called `name` on `port`, answers `/healthz` (up to `timeoutMs`);
 * if it exits first or never answers, stops its group and throws with its output.
 */
export async function startServer(
  name: string,
  port: number,
  group: ProcessGroup,
  timeoutMs = READY_TIMEOUT_MS
): Promise<ServerProcess> {
  const base = `http://127.0.0.1:${port}`
  const started = performance.now()
  while (performance.now() - started < timeoutMs) {
    if (group.exited) {
      await group.stop()
      throw new Error(`${name} exited early:\n${group.tail()}`)
    }
    try {
      const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2_000) })
      await res.text()
      if (res.ok) {
        const readyMs = performance.now() - started
        return { port, base, readyMs, group, stop: () => group.stop() }
      }
    } catch {
      // Not listening yet.
    }
    await sleep(250)
  }
  await group.stop()
  throw new Error(`${name} did not answer /healthz within ${timeoutMs / 1000} s:\n${group.tail()}`)
}

export interface WranglerDevOptions {
  /** A free loopback port unless given. */
  port?: number
  /** Each becomes `--var NAME:VALUE`, overriding wrangler.toml and `.dev.vars`. */
  vars?: Record<string, string>
  timeoutMs?: number
  /** The checkout to serve; this one unless given. */
  cwd?: string
}

/**
 * `npx wrangler dev` on 127.0.0.1 in its own process group, once `/healthz` answers. The local D1
 * migrations are applied first, as `npm start` applies them, so answers can be recorded.
 */
export async function startWranglerDev(options: WranglerDevOptions = {}): Promise<ServerProcess> {
  const config = readFileSync(join(options.cwd ?? root, 'wrangler.toml'), 'utf8')
  // An older checkout (the CPU bench serves some) may have no database.
  if (config.includes('[[d1_databases]]')) {
    const migrate = spawnWrangler(['d1', 'migrations', 'apply', 'DB', '--local'], {
      ...(options.cwd && { cwd: options.cwd }),
    })
    if ((await migrate.exit) !== 0) throw new Error('wrangler d1 migrations apply failed')
  }
  const port = options.port ?? (await freePort())
  const vars = Object.entries(options.vars ?? {}).flatMap(([name, value]) => [
    '--var',
    `${name}:${value}`,
  ])
  const group = spawnWrangler(['dev', '--ip', '127.0.0.1', '--port', String(port), ...vars], {
    ...(options.cwd && { cwd: options.cwd }),
  })
  return startServer('wrangler dev', port, group, options.timeoutMs)
}
