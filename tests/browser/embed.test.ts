/// <reference lib="dom" />
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ask, CHROMIUM, CHROMIUM_ARGS } from '../support/browser.ts'
import { type DevServer, startDevServer } from '../support/dev-server.ts'
import { freePort } from '../support/processes.ts'

// The widget as a news site embeds it: a page on another origin (another loopback port) with the
// script tag and the element, calling npm start, which allows that origin (CORS_ORIGINS).
let server: DevServer
let site: Server
let siteUrl = ''
let browser: Browser

beforeAll(async () => {
  const port = await freePort()
  siteUrl = `http://127.0.0.1:${port}`
  server = await startDevServer(60_000, { CORS_ORIGINS: siteUrl })
  site = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(`<!doctype html><html lang="en"><head><title>A news site</title>
<script src="${server.url}/widget.js" defer></script></head>
<body><main><h1>A news story</h1>
<verbatim-chat endpoint="${server.url}" title="Ask about this story"></verbatim-chat></main></body></html>`)
  })
  await new Promise<void>((resolve) => site.listen(port, '127.0.0.1', resolve))
  expect((site.address() as AddressInfo).port).toBe(port)
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
}, 90_000)
afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => site?.close(resolve))
  await server?.stop()
})

describe('the widget embedded on a news site', () => {
  it('Should answer, cite, list sources and take feedback from another origin', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text())
    })
    await page.goto(`${siteUrl}/`)
    const turn = await ask(page, 'What percentage of Ukrainians oppose giving up Donbas?')
    expect(await turn.locator('blockquote').first().textContent()).toMatch(/^Over 54%/)
    expect(await turn.locator('.sources li').count()).toBeGreaterThan(0)
    await turn.locator('.marker').first().click()
    await page.locator('verbatim-chat .card mark').waitFor()
    await page.keyboard.press('Escape')
    await turn.getByRole('button', { name: 'Helpful', exact: true }).click()
    await turn.getByText('Thank you: your feedback is recorded.').waitFor()
    const next = await ask(page, 'and what did Russia say about that?')
    expect(await next.locator('p.seg-notice').first().textContent()).toMatch(/^Read as a follow-up/)
    expect(errors).toEqual([])
  })
})
