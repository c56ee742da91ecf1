/**
 * Starts `npm start` (wrangler dev, the real workerd runtime) on a free loopback port for tests
 * that drive the app as a person or a client would, and stops its whole process group after.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'

export interface DevServer {
  url: string
  /** Milliseconds from spawning to the first answer of `/healthz`. */
  readyMs: number
  stop(): void
}

/** A free loopback port, so a test never collides with a developer's `npm start`. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject()
      )
    })
  })
}

/** Runs `npm start` and waits (up to `timeoutMs`) until `/healthz` answers. */
export async function startDevServer(timeoutMs = 30_000): Promise<DevServer> {
  const port = await freePort()
  const started = Date.now()
  const child: ChildProcess = spawn('npm', ['start'], {
    env: { ...process.env, PORT: String(port), CI: 'true' },
    stdio: 'ignore',
    detached: true,
  })
  // wrangler runs workerd as a child: end the whole process group.
  const stop = () => {
    if (child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // Already gone.
      }
    }
  }
  const url = `http://127.0.0.1:${port}`
  while (Date.now() - started < timeoutMs) {
    try {
      const res = await fetch(`${url}/healthz`)
      if (res.ok) return { url, readyMs: Date.now() - started, stop }
    } catch {
      await new Promise((r) => setTimeout(r, 250))
    }
  }
  stop()
  throw new Error(`npm start did not answer /healthz within ${timeoutMs} ms`)
}
