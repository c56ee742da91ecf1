/**
 * Starts `npm start` (wrangler dev, the real workerd runtime) on a free loopback port for tests
 * that drive the app as a person or a client would, and stops its whole process group after.
 */
import { freePort, ProcessGroup, startServer } from './processes.ts'

export interface DevServer {
  url: string
  /** Milliseconds from spawning to the first answer of `/healthz`. */
  readyMs: number
  /** Ends the whole process group (wrangler runs workerd as a child) and waits until it has. */
  stop(): Promise<void>
}

/**
 * Runs `npm start` and waits (up to `timeoutMs`) until `/healthz` answers. `vars` are passed to
 * wrangler as `--var NAME:VALUE`, e.g. to wire model mode to the stand-in Messages API.
 */
export async function startDevServer(
  timeoutMs = 30_000,
  vars: Record<string, string> = {}
): Promise<DevServer> {
  const port = await freePort()
  const extra = Object.entries(vars).flatMap(([k, v]) => ['--var', `${k}:${v}`])
  const args = extra.length > 0 ? ['start', '--', ...extra] : ['start']
  const group = new ProcessGroup('npm', args, { env: { PORT: String(port) } })
  const server = await startServer('npm start', port, group, timeoutMs)
  return { url: server.base, readyMs: server.readyMs, stop: server.stop }
}
