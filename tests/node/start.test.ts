import { compileErrors, validate } from '@readme/openapi-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type DevServer, startDevServer } from '../support/dev-server.ts'

describe('npm start', () => {
  let server: DevServer

  // The hook's own limit above the server's: npm start applies the D1 migrations first.
  beforeAll(async () => {
    server = await startDevServer(30_000)
  }, 60_000)
  afterAll(() => server?.stop())

  it('Should serve /healthz on 127.0.0.1:$PORT within 30 seconds', async () => {
    expect(server.readyMs).toBeLessThan(30_000)
    const body = await (await fetch(`${server.url}/healthz`)).json()
    expect(body).toMatchObject({ status: 'ok', passages: 111 })
  })

  it('Should serve an OpenAPI 3.1 document that validates', async () => {
    const document = (await (await fetch(`${server.url}/openapi.json`)).json()) as {
      openapi: string
    }
    expect(document.openapi).toBe('3.1.0')
    const result = await validate(structuredClone(document) as never)
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true)
  })

  it('Should serve the browsable reference at /docs', async () => {
    const res = await fetch(`${server.url}/docs`)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('/openapi.json')
  })
})
