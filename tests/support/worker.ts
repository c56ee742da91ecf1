/**
 * Calls the worker under test through its fetch handler inside workerd, as a client would.
 */
import { exports } from 'cloudflare:workers'
import type { Answer } from '../../src/answer/schema.ts'

const worker = (exports as unknown as { default: Fetcher }).default

let client = 0

/**
 * Sends a request to the worker, as a client of its own (a fresh address from the documentation
 * range, unless `init` names one), so tests do not share the per-client rate limit.
 */
export function call(path: string, init?: RequestInit): Promise<Response> {
  const request = new Request(`http://verbatim.test${path}`, init)
  if (!request.headers.has('cf-connecting-ip')) {
    request.headers.set('cf-connecting-ip', `2001:db8::${(++client).toString(16)}`)
  }
  return worker.fetch(request)
}

/** POSTs a JSON body. */
export function postJson(
  path: string,
  body: unknown,
  headers: HeadersInit = {}
): Promise<Response> {
  return call(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

/** Asks a question and returns the parsed answer, failing on any status but 200. */
export async function ask(question: string, mode?: string): Promise<Answer> {
  const res = await postJson('/v1/answers', mode ? { question, mode } : { question })
  if (res.status !== 200) throw new Error(`status ${res.status}: ${await res.text()}`)
  return (await res.json()) as Answer
}
