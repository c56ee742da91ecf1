/**
 * `npm run dev:fake-model`: `wrangler dev` with model mode wired to the local stand-in for the
 * Anthropic Messages API (tests/support/fake-anthropic.ts), so the model path can be tried by hand
 * with no key and no network. The stand-in replays scripted answers built from the passages it is
 * sent; it is not Claude.
 *
 * Ports: the worker on `PORT` (default 8787), the stand-in on `FAKE_ANTHROPIC_PORT` (default
 * 8788). Stops the stand-in when wrangler exits, and passes SIGINT/SIGTERM on to wrangler.
 */
import { spawn } from 'node:child_process'
import { startFakeAnthropic } from './fake-anthropic.ts'

const fakePort = Number(process.env.FAKE_ANTHROPIC_PORT || 8788)
const workerPort = process.env.PORT || '8787'
if (!Number.isInteger(fakePort) || fakePort < 0 || fakePort > 65535) {
  console.error(
    `FAKE_ANTHROPIC_PORT must be a port number, not "${process.env.FAKE_ANTHROPIC_PORT}"`
  )
  process.exit(1)
}

console.log(
  `Model mode is wired to a local stand-in on 127.0.0.1:${fakePort} that replays scripted answers ` +
    'built from the passages it is sent; it is not Claude.'
)

const fake = await startFakeAnthropic({ port: fakePort })
const child = spawn(
  'npx',
  [
    'wrangler',
    'dev',
    '--ip',
    '127.0.0.1',
    '--port',
    workerPort,
    '--var',
    'ANTHROPIC_API_KEY:sk-fake-local',
    '--var',
    `ANTHROPIC_BASE_URL:${fake.url}`,
  ],
  { stdio: 'inherit' }
)

let finishing = false
async function finish(code: number): Promise<void> {
  if (finishing) return
  finishing = true
  await fake.close()
  process.exit(code)
}

child.on('error', (err) => {
  console.error(`Could not start wrangler: ${err.message}`)
  void finish(1)
})
child.on('exit', (code, signal) => {
  void finish(code ?? (signal ? 0 : 1))
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    // If wrangler does not stop in time, stop it hard; its exit then ends this process.
    setTimeout(() => child.kill('SIGKILL'), 5000).unref()
  })
}
