import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { afterAll, describe, expect, it } from 'vitest'

/** A free loopback port, so the test never collides with a developer's `npm start`. */
function freePort(): Promise<number> {
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

describe('npm start', () => {
  let child: ChildProcess | undefined

  afterAll(() => {
    // wrangler runs workerd as a child: end the whole process group.
    if (child?.pid) process.kill(-child.pid, 'SIGTERM')
  })

  it('Should serve /healthz on 127.0.0.1:$PORT within 30 seconds', async () => {
    const port = await freePort()
    child = spawn('npm', ['start'], {
      env: { ...process.env, PORT: String(port), CI: 'true' },
      stdio: 'ignore',
      detached: true,
    })
    const started = Date.now()
    let body: unknown
    while (Date.now() - started < 30_000) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/healthz`)
        body = await res.json()
        break
      } catch {
        await new Promise((r) => setTimeout(r, 250))
      }
    }
    expect(body).toMatchObject({ status: 'ok', passages: 111 })
  })
})
