/**
 * What the browser tests share: Debian's Chromium with the flags this machine needs, and asking
 * the widget a question the way a reader does.
 */
import type { Locator, Page } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Flags for a root, offline machine: no sandbox, and none of Chromium's own network chatter. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Types `question` into the widget, presses Enter, and returns the answer's turn once shown. */
export async function ask(page: Page, question: string): Promise<Locator> {
  const turns = page.locator('verbatim-chat article.turn')
  const before = await turns.count()
  await page.getByLabel('Your question about the negotiations').fill(question)
  await page.keyboard.press('Enter')
  await turns.nth(before).waitFor()
  return turns.nth(before)
}
