/**
 * Makes sure the browser tests have a browser: Debian's Chromium at /usr/bin/chromium (or
 * CHROMIUM_PATH). Playwright's own browser download cannot work on these machines, so on a fresh
 * one `npm test` installs Debian's package itself, as root, rather than ask for a step the README
 * does not list.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

if (!existsSync(path)) {
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    console.error(
      `The browser tests need Chromium at ${path}. Install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`
    )
    process.exit(1)
  }
  console.log('Installing Debian’s chromium for the browser tests…')
  execFileSync('apt-get', ['update'], { stdio: 'inherit' })
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
}
