/// <reference lib="dom" />
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { type Browser, chromium, type Locator, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ask, CHROMIUM, CHROMIUM_ARGS } from '../support/browser.ts'
import { type DevServer, startDevServer } from '../support/dev-server.ts'

// The reader's page, the widget and the check page, in Debian's Chromium against `npm start`.
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

let server: DevServer
let browser: Browser

// `wrangler dev` may take longer than vitest's 10 s hook default to start on a loaded machine;
// the server's own 60 s limit is the one that should decide.
beforeAll(async () => {
  server = await startDevServer(60_000)
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
}, 90_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/**
 * Opens a page. `axe: true` lets the test inject axe-core, which the pages' Content-Security-
 * Policy would otherwise block as an inline script (as it blocks any).
 */
async function open(
  path: string,
  width = 1000,
  { axe = false } = {}
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, bypassCSP: axe })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  await page.goto(`${server.url}${path}`)
  return { page, errors }
}

/** axe-core's serious and critical violations on the page as it is now (shadow DOM included). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE })
  const results = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>
        }
      }
    ).axe
    return (await axe.run()).violations
  })
  return results
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.nodes.length})`)
}

async function text(locator: Locator): Promise<string> {
  return (await locator.textContent()) ?? ''
}

describe('the reader’s page and widget', () => {
  it('Should answer with quotes, labels in words and symbols, and a source card', async () => {
    const { page, errors } = await open('/', 1000, { axe: true })
    await page.waitForFunction(() =>
      document
        .querySelector('verbatim-chat')
        ?.shadowRoot?.querySelector('.notice')
        ?.textContent?.includes('newest')
    )
    expect(await text(page.locator('verbatim-chat .notice'))).toContain(
      'newest is undated, written between 26 and 31 January 2026'
    )
    const turn = await ask(page, 'Is Zelensky stealing American aid money?')
    // The allegation is quoted, labelled contested, and its marker opens its source card.
    const segment = turn.locator('.seg', { hasText: 'siphoning billions' })
    expect(await text(segment.locator('.label.contested').first())).toBe('⚠ Contested')
    await segment.locator('.marker').first().click()
    const card = page.locator('verbatim-chat .card')
    await card.waitFor({ state: 'visible' })
    expect(await text(card.locator('mark'))).toContain('Reports suggest that Zelensky')
    expect(await text(card)).toContain('Why contested')
    const focused = await card.evaluate(
      (el) => (el.getRootNode() as ShadowRoot).activeElement === el
    )
    expect(focused).toBe(true)
    expect(await seriousViolations(page)).toEqual([])
    // Escape closes it and gives the focus back to the marker that opened it.
    await page.keyboard.press('Escape')
    await card.waitFor({ state: 'hidden' })
    const marker = await segment
      .locator('.marker')
      .first()
      .evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)
    expect(marker).toBe(true)
    expect(errors).toEqual([])
  })

  it('Should number source markers on through the conversation, and explain each label once', async () => {
    const { page } = await open('/')
    const first = await ask(page, 'How many drones did Russia launch at Ukraine?')
    const second = await ask(page, 'Who hosted the trilateral talks?')
    const a = await first.locator('.marker').allTextContents()
    const b = await second.locator('.marker').allTextContents()
    expect([...a, ...b]).toEqual([...a, ...b].map((_, i) => `[${i + 1}]`))
    // "Unsourced" is explained under the first answer only.
    expect(await first.locator('.legend .label.unsourced').count()).toBe(1)
    expect(await second.locator('.legend .label.unsourced').count()).toBe(0)
    // No landing suggestion asks about an allegation.
    const suggestions = await page.locator('verbatim-chat .suggestions button').allTextContents()
    expect(suggestions.join(' ')).not.toMatch(/stealing|siphon/i)
  })

  it('Should lead a “what share” answer with the figure', async () => {
    const { page } = await open('/')
    const turn = await ask(page, 'What percentage of Ukrainians oppose giving up Donbas?')
    // The first thing the answer shows, before any notice, is the quote with the figure.
    const first = turn.locator('.seg').first()
    expect(await first.getAttribute('class')).toContain('seg-quote')
    expect(await text(first.locator('blockquote'))).toMatch(/^Over 54% of respondents/)
  })

  it('Should highlight in the source card exactly the text its citation quotes', async () => {
    const question = 'What does Putin demand before ending the war?'
    const { page } = await open('/')
    const turn = await ask(page, question)
    const res = await fetch(`${server.url}/v1/answers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question }),
    })
    const answer = (await res.json()) as {
      segments: { citations: { passageId: string; start: number; end: number }[] }[]
      passages: { id: string; text: string }[]
    }
    const citations = answer.segments.flatMap((s) => s.citations)
    const markers = turn.locator('.marker')
    expect(await markers.count()).toBe(citations.length)
    for (const [i, c] of citations.entries()) {
      await markers.nth(i).click()
      const card = page.locator('verbatim-chat .card')
      await card.waitFor({ state: 'visible' })
      const passage = answer.passages.find((p) => p.id === c.passageId)
      expect(await text(card.locator('mark'))).toBe(passage?.text.slice(c.start, c.end))
      await page.keyboard.press('Escape')
    }
  })

  it('Should render a hostile passage inert, in the answer and in its source card', async () => {
    const { page } = await open('/')
    const hostile =
      'Talks ended. <img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=2</script>'
    const passage = {
      id: 'hostile-doc.p01',
      documentId: 'hostile-doc',
      text: hostile,
      status: 'unsourced',
      location: { start: 0, end: hostile.length },
      sentences: [{ start: 0, end: hostile.length, status: 'unsourced' }],
    }
    const citation = {
      passageId: passage.id,
      quote: hostile,
      start: 0,
      end: hostile.length,
      status: 'unsourced',
    }
    const done = {
      id: `ans_${crypto.randomUUID()}`,
      question: 'What happened?',
      mode: 'extractive',
      coverage: 'answered',
      segments: [{ kind: 'quote', text: hostile, citations: [citation], labels: ['unsourced'] }],
      passages: [passage],
      sources: [],
    }
    // The API answering with a passage whose text carries markup, as a hostile document would.
    await page.route('**/v1/answers', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/event-stream',
        body: `event: passages\ndata: ${JSON.stringify([passage])}\n\nevent: done\ndata: ${JSON.stringify(done)}\n\n`,
      })
    )
    const turn = await ask(page, 'What happened?')
    expect(await text(turn.locator('blockquote'))).toBe(hostile)
    await turn.locator('.marker').first().click()
    const card = page.locator('verbatim-chat .card')
    await card.waitFor({ state: 'visible' })
    expect(await text(card.locator('mark'))).toBe(hostile)
    const inert = await page.evaluate(() => {
      const root = document.querySelector('verbatim-chat')?.shadowRoot
      return {
        elements: root?.querySelectorAll('img, script').length,
        pwned: (globalThis as { pwned?: number }).pwned,
      }
    })
    expect(inert).toEqual({ elements: 0, pwned: undefined })
  })

  it('Should say plainly when the dossier does not cover a question', async () => {
    const { page } = await open('/')
    const turn = await ask(page, 'What is Hungary’s position on the talks?')
    expect(await text(turn)).toContain('The dossier does not mention “Hungary')
    expect(await turn.locator('.error').count()).toBe(0)
  })

  it('Should put the completed answer in the log region, and insert text as text', async () => {
    const { page } = await open('/')
    const log = page.locator('verbatim-chat [role="log"]')
    expect(await log.getAttribute('aria-live')).toBe('polite')
    const turn = await ask(page, '<img src=x onerror="globalThis.pwned=1"> Who hosted the talks?')
    expect(await text(turn.locator('.question'))).toContain('<img src=x')
    expect(await turn.locator('img').count()).toBe(0)
    expect(await page.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined()
    expect(await log.locator('article.turn').count()).toBe(1)
    // And the page's Content-Security-Policy refuses any inline script outright.
    await expect(page.addScriptTag({ content: 'globalThis.pwned = 2' })).rejects.toThrow(
      /Content Security Policy/
    )
  })

  it('Should work by keyboard alone, with targets of at least 24 px', async () => {
    const { page } = await open('/')
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab')
      const inWidget = await page.evaluate(
        () => document.activeElement?.tagName === 'VERBATIM-CHAT'
      )
      if (inWidget) break
    }
    await page.keyboard.press('Enter') // the first suggested question
    await page.locator('verbatim-chat article.turn').first().waitFor()
    const sizes = await page.locator('verbatim-chat button').evaluateAll((buttons) =>
      buttons
        .map((b) => b.getBoundingClientRect())
        // A button inside a closed form (a report not yet asked for) is no target.
        .filter((r) => r.width > 0 && r.height > 0)
        .map((r) => Math.min(r.width, r.height))
    )
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24)
  })

  it('Should group a scenario answer under headings and offer follow-ups that answer', async () => {
    const { page, errors } = await open('/', 1000, { axe: true })
    const turn = await ask(page, 'What happens if Ukraine gives up Donbas?')
    const headings = await turn.locator('h3.group').allTextContents()
    expect(headings).toContainEqual(expect.stringMatching(/ · Polls$/))
    expect(headings).toContainEqual(expect.stringMatching(/ · Analysts’ views$/))
    const followUps = turn.getByRole('group', { name: 'Follow-up questions' }).getByRole('button')
    expect(await followUps.count()).toBeGreaterThanOrEqual(2)
    const question = await text(followUps.first())
    await followUps.first().click()
    const next = page.locator('verbatim-chat article.turn').nth(1)
    await next.waitFor()
    expect(await text(next.locator('.question'))).toBe(question)
    // The follow-up's answer is brought into view and has the focus.
    expect(await next.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(
      true
    )
    const box = await next.boundingBox()
    // Scrolled to its start (to within a sub-pixel), inside the 900 px viewport.
    expect(box && box.y > -1 && box.y < 900).toBe(true)
    expect(await next.locator('blockquote').count()).toBeGreaterThan(0)
    expect(await seriousViolations(page)).toEqual([])
    expect(errors).toEqual([])
  })

  it('Should draw the overview as a timeline strip and a grid, every mark opening its quote', async () => {
    const { page, errors } = await open('/', 1000, { axe: true })
    await page.locator('verbatim-chat details.overview > summary').click()
    const overview = page.locator('verbatim-chat details.overview')
    const strip = overview.locator('.strip > li')
    await strip.first().waitFor()
    const dates = await strip.locator('.when').allTextContents()
    expect(dates).toEqual(expect.arrayContaining(['August 2025 (approximate)', '2026-01-22']))
    // To come when the article was written, and past for a reader today.
    const round = strip.filter({ has: page.locator('.when', { hasText: /^2026-02-01$/ }) })
    expect(await text(round.locator('.meta'))).toBe('upcoming when written, now past')

    const d = (await (await fetch(`${server.url}/v1/dossier`)).json()) as {
      parties: { id: string; name: string }[]
      proposals: {
        name: string
        quotes: {
          role: string
          parties: string[]
          conditional?: string[]
          citation: { quote: string }
        }[]
      }[]
      timeline: { citation: { quote: string } }[]
    }
    // A party for, on conditions, and against one proposal shows each mark, each opening its
    // own quote.
    const grid = overview.locator('table.grid')
    for (const p of d.proposals) {
      const row = grid.locator('tbody tr', { has: page.locator('th', { hasText: p.name }) })
      for (const party of d.parties) {
        const roles = new Set(
          p.quotes
            .filter((q) => q.parties.includes(party.id))
            .map((q) =>
              q.role === 'backs' && q.conditional?.includes(party.id) ? 'conditional' : q.role
            )
        )
        const marks = (
          await row.locator(`button.mark[aria-label*=": ${party.name} on "]`).allTextContents()
        ).map((t) => t.replace(/ \(\d+\)$/, ''))
        const where = `${p.name} / ${party.name}`
        if (roles.has('backs')) expect(marks, where).toContain('For')
        if (roles.has('conditional')) expect(marks, where).toContain('On conditions')
        if (roles.has('objects')) expect(marks, where).toContain('Against')
      }
    }
    // Every mark of the strip and the grid opens a card highlighting a quote of the dossier.
    const quotes = new Set([
      ...d.timeline.map((e) => e.citation.quote),
      ...d.proposals.flatMap((p) => p.quotes.map((q) => q.citation.quote)),
    ])
    const marks = overview.locator('.strip button.mark, table.grid button.mark')
    const count = await marks.count()
    expect(count).toBeGreaterThan(10)
    const card = page.locator('verbatim-chat .card')
    for (let i = 0; i < count; i++) {
      await marks.nth(i).click()
      await card.waitFor({ state: 'visible' })
      expect(quotes.has(await text(card.locator('mark')))).toBe(true)
      await page.keyboard.press('Escape')
    }
    await overview.locator('summary', { hasText: 'Contested claims' }).click()
    expect(await text(overview)).toContain(
      'Why contested: Not confirmed by the text: it says “Reports suggest”'
    )
    await overview.locator('summary', { hasText: 'Figures' }).click()
    expect(await text(overview)).toContain(
      '40 Ukrainian drones (reported by Russia’s Defense Ministry)'
    )
    expect(await seriousViolations(page)).toEqual([])
    expect(errors).toEqual([])
  })

  it('Should reflow at 320 px wide without horizontal scrolling', async () => {
    const { page } = await open('/', 320)
    await ask(page, 'How many drones did Russia launch at Ukraine?')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  })

  it.each([1280, 320])(
    'Should not shift the page’s layout as it loads, at %i px',
    async (width) => {
      const page = await browser.newPage({ viewport: { width, height: 900 } })
      await page.addInitScript(() => {
        const w = globalThis as unknown as { shift: number }
        w.shift = 0
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as {
            value: number
            hadRecentInput: boolean
          }[])
            if (!e.hadRecentInput) w.shift += e.value
        }).observe({ type: 'layout-shift', buffered: true })
      })
      await page.goto(`${server.url}/`)
      // The widget is defined and its notice has the dossier's dates.
      await page.waitForFunction(() =>
        document
          .querySelector('verbatim-chat')
          ?.shadowRoot?.querySelector('.notice')
          ?.textContent?.includes('newest')
      )
      const shift = await page.evaluate(() => (globalThis as unknown as { shift: number }).shift)
      expect(shift).toBeLessThan(0.1)
    }
  )

  it('Should be harmless when the script tag is pasted twice', async () => {
    const { page, errors } = await open('/')
    await page.addScriptTag({ url: `${server.url}/widget.js` })
    await page.evaluate(() =>
      document.body.insertAdjacentHTML('beforeend', '<verbatim-chat></verbatim-chat>')
    )
    expect(await page.locator('verbatim-chat').count()).toBe(2)
    await page.locator('verbatim-chat').nth(1).locator('form').waitFor()
    expect(errors).toEqual([])
  })
})

describe('the check page', () => {
  it('Should mark each sentence with its verdict, explanation and quotes', async () => {
    const { page, errors } = await open('/check', 1000, { axe: true })
    await page
      .getByLabel('Summary')
      .fill(
        'Air defenses shot down 60 Ukrainian drones over the weekend. Zelensky has siphoned billions in U.S. tax dollars. Russian forces launched 138 drones at Ukraine.'
      )
    await page.getByRole('button', { name: 'Check', exact: true }).click()
    await page.locator('.sentence').nth(2).waitFor()
    expect(await text(page.locator('#status'))).toContain('Checked 3 sentences')
    const verdicts = await page.locator('.verdict').allTextContents()
    expect(verdicts).toEqual(['✗ contradicted', '⚠ contested', '✓ supported'])
    expect(await text(page.locator('.sentence').first())).toContain('“40 Ukrainian drones”')
    expect(await seriousViolations(page)).toEqual([])
    expect(errors).toEqual([])
  })

  it('Should download the verdicts as ClaimReview JSON-LD, one review a sentence', async () => {
    const { page, errors } = await open('/check')
    await page
      .getByLabel('Summary')
      .fill('Russian forces launched 138 drones at Ukraine. Belarus has offered to host the talks.')
    await page.getByRole('button', { name: 'Check', exact: true }).click()
    await page.locator('.sentence').nth(1).waitFor()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as ClaimReview' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('claimreview.jsonld')
    const doc = JSON.parse(await readFile((await download.path()) ?? '', 'utf8')) as {
      '@graph': { claimReviewed: string; reviewRating: { alternateName: string } }[]
    }
    expect(doc['@graph'].map((r) => r.claimReviewed)).toEqual([
      'Russian forces launched 138 drones at Ukraine.',
      'Belarus has offered to host the talks.',
    ])
    expect(doc['@graph'][0]?.reviewRating.alternateName).toBe('Supported by the dossier')
    expect(errors).toEqual([])
  })
})

describe('the API reference', () => {
  it('Should render every operation at /docs with every request to another origin blocked', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const elsewhere: string[] = []
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.route('**/*', (route) => {
      const url = route.request().url()
      if (new URL(url).origin === server.url || url.startsWith('data:')) return route.continue()
      elsewhere.push(url)
      return route.abort()
    })
    await page.goto(`${server.url}/docs`)
    await page.locator('.opblock').first().waitFor()
    const document = (await (await fetch(`${server.url}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>
    }
    const operations = Object.values(document.paths).flatMap((p) => Object.keys(p)).length
    expect(await page.locator('.opblock').count()).toBe(operations)
    expect(await text(page.locator('.opblock-summary-path').first())).toMatch(/^\//)
    expect(elsewhere).toEqual([])
    expect(errors).toEqual([])
  })
})
