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

/** Runs `npm start` and waits (up to `timeoutMs`) until `/healthz` answers. */
export async function startDevServer(timeoutMs = 30_000): Promise<DevServer> {
  const port = await freePort()
  const group = new ProcessGroup('npm', ['start'], { env: { PORT: String(port) } })
  const server = await startServer('npm start', port, group, timeoutMs)
  return { url: server.base, readyMs: server.readyMs, stop: server.stop }
}
