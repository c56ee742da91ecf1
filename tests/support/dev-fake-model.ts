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
// Its own process group, so a signal reaches npx, wrangler and workerd alike: npx alone does not
// always pass signals on before it exits, which would leave workerd listening.
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
  { stdio: 'inherit', detached: true }
)
const group = child.pid

/** Signals every process in wrangler's group; false once none is left. */
function signalGroup(signal: NodeJS.Signals | 0): boolean {
  if (group === undefined) return false
  try {
    process.kill(-group, signal)
    return true
  } catch {
    return false
  }
}

let stopping = false
let finishing = false
async function finish(code: number): Promise<void> {
  if (finishing) return
  finishing = true
  // npx can exit before wrangler and workerd do: wait for the whole group, then force it.
  const deadline = Date.now() + 5000
  while (signalGroup(0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
  signalGroup('SIGKILL')
  await fake.close()
  process.exit(code)
}

child.on('error', (err) => {
  console.error(`Could not start wrangler: ${err.message}`)
  void finish(1)
})
child.on('exit', (code) => {
  void finish(stopping ? 0 : (code ?? 1))
})
process.on('exit', () => {
  signalGroup('SIGTERM')
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopping = true
    signalGroup(signal)
  })
}
