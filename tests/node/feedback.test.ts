import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { startDevServer } from '../support/dev-server.ts'

const run = promisify(execFile)

async function post(base: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
}

describe('feedback in the local D1 database', () => {
  it('Should survive a restart of npm start, and be printed by npm run feedback', async () => {
    const comment = `The figure is wrong (${crypto.randomUUID()}).`
    const first = await startDevServer(60_000)
    let answerId = ''
    try {
      const answer = (await (
        await post(first.url, '/v1/answers', { question: 'How many drones did Russia launch?' })
      ).json()) as { id: string }
      answerId = answer.id
      // The answer is recorded just after it is served; a reader clicks well after that.
      let res = await post(first.url, '/v1/feedback', { answerId, helpful: false, comment })
      for (let i = 0; res.status === 404 && i < 20; i++) {
        await new Promise((r) => setTimeout(r, 50))
        res = await post(first.url, '/v1/feedback', { answerId, helpful: false, comment })
      }
      expect(res.status).toBe(201)
    } finally {
      await first.stop()
    }
    const second = await startDevServer(60_000)
    try {
      // The answer's record survived too: feedback on it is still accepted.
      const again = await post(second.url, '/v1/feedback', { answerId, helpful: true })
      expect(again.status).toBe(201)
    } finally {
      await second.stop()
    }
    const { stdout } = await run('npm', ['run', '--silent', 'feedback', '--', '--limit', '50'])
    expect(stdout).toContain(comment)
    expect(stdout).toContain('question: How many drones did Russia launch?')
  }, 180_000)
})
