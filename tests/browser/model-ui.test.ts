/// <reference lib="dom" />
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NOTICES } from '../../src/answer/notices.ts'
import { ask, CHROMIUM, CHROMIUM_ARGS } from '../support/browser.ts'
import { type DevServer, startDevServer } from '../support/dev-server.ts'
import { type FakeAnthropic, startFakeAnthropic } from '../support/fake-anthropic.ts'

// The widget showing model answers, in Debian's Chromium against `npm start` wired to the
// stand-in Messages API, which answers in the real API's block pattern.

let fake: FakeAnthropic
let server: DevServer
let browser: Browser

beforeAll(async () => {
  fake = await startFakeAnthropic()
  server = await startDevServer(60_000, {
    ANTHROPIC_API_KEY: 'sk-ant-test-widget',
    ANTHROPIC_BASE_URL: fake.url,
  })
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
}, 90_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await fake?.close()
})

async function open(width: number): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(`${server.url}/`)
  return { page, errors }
}

describe('the widget, model mode', () => {
  it('Should show a cited answer as one paragraph of sentences, each labelled once', async () => {
    const { page, errors } = await open(1000)
    const turn = await ask(page, 'Who hosted the trilateral talks? [scenario:good]')
    const prose = turn.locator('p.prose')
    expect(await prose.count()).toBe(1)
    const sentences = prose.locator('.sentence')
    expect(await sentences.count()).toBe(3)
    for (const s of await sentences.all()) {
      expect(await s.locator('.labels').count()).toBe(1)
      expect(await s.locator('.marker').count()).toBe(1)
    }
    expect(await turn.locator('.label.uncited').count()).toBe(0)
    expect(await turn.locator('.seg').count()).toBe(0)
    // Markers number on through the answer, and name who says the quote.
    const markers = await turn.locator('.marker').allTextContents()
    expect(markers).toEqual(['[1]', '[2]', '[3]'])
    await turn.locator('.marker').first().click()
    await page.locator('verbatim-chat .card').waitFor({ state: 'visible' })
    expect(errors).toEqual([])
  })

  it('Should say the answer was cut short, and show only the sentences the model finished', async () => {
    const { page } = await open(1000)
    const turn = await ask(page, 'Who hosted the trilateral talks? [scenario:max-tokens]')
    expect(await turn.locator('p.prose .sentence').count()).toBe(2)
    expect(await turn.locator('p.seg-notice').allTextContents()).toEqual([NOTICES.cutShort])
  })

  it('Should answer “not covered” when the model says so, never “unavailable”', async () => {
    const { page } = await open(1000)
    const turn = await ask(page, 'Who hosted the trilateral talks? [scenario:not-covered]')
    expect(await turn.textContent()).toContain(NOTICES.notInCorpus)
    expect(await turn.textContent()).not.toContain('unavailable')
  })

  it('Should reflow a model answer at 320 px without horizontal scrolling', async () => {
    const { page } = await open(320)
    await ask(page, 'Who hosted the trilateral talks? [scenario:good]')
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    )
    expect(overflow).toBeLessThanOrEqual(0)
  })
})
