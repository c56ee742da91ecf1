import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { compileErrors, validate } from '@readme/openapi-parser'
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
  let port_ = 0

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
    port_ = port
  })

  it('Should serve an OpenAPI 3.1 document that validates', async () => {
    const res = await fetch(`http://127.0.0.1:${port_}/openapi.json`)
    const document = (await res.json()) as { openapi: string }
    expect(document.openapi).toBe('3.1.0')
    const result = await validate(structuredClone(document) as never)
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true)
  })

  it('Should serve the browsable reference at /docs', async () => {
    const res = await fetch(`http://127.0.0.1:${port_}/docs`)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('/openapi.json')
  })
})
