/**
 * A stand-in for the Anthropic Messages API (`POST /v1/messages`) on loopback.
 *
 * Why: nothing on this machine can reach Anthropic, yet the worker's model mode must be tested
 * end to end, through the real `@anthropic-ai/sdk` client, against the wire format the real API
 * speaks rather than a convenient one. Tests, the evaluation and benchmarks start this server and
 * point the worker's `ANTHROPIC_BASE_URL` at it.
 *
 * What it answers: scripted replies built from the `search_result` blocks each request sends
 * (`fake-anthropic-replies.ts`), so every citation names a real passage and its real block range.
 * A `[scenario:NAME]` marker in the question (the last text block of the last user message) picks
 * a behaviour; `[delay:MS]` delays the first byte. `fake-anthropic.md` names the documented
 * example each scenario follows. It is not Claude.
 *
 * Like the API it validates what it is sent (non-empty text blocks; citations on all search
 * results or none; at most four cache breakpoints), enforces `max_tokens` on its output, caches
 * prompt prefixes marked with `cache_control` for five minutes and reports them in `usage`,
 * streams a `ping` after `message_start` and between blocks, and may fail mid-stream with
 * `event: error` after a 200. Tokens are counted as four characters each: the API's tokenizer
 * is not public, so token figures from it are estimates. `GET /__requests?scenario=NAME`
 * returns what was sent and the usage answered, so tests in another runtime (workerd) and the
 * bench can read them.
 */
import { createHash, randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { RawMessageStreamEvent, StopReason, Usage } from '@anthropic-ai/sdk/resources/messages'
import {
  answerPlan,
  CHECK_HEADER,
  checkPlan,
  type ErrorReply,
  errorFor,
  FAKE_SCENARIOS,
  type FakeScenario,
  type Plan,
  type PlannedBlock,
  type SearchResult,
} from './fake-anthropic-replies.ts'

export { FAKE_SCENARIOS, FAKE_TEXT, type FakeScenario } from './fake-anthropic-replies.ts'

/** The token counts a reply reported, as the API's `usage` names them. */
export interface RecordedUsage {
  input_tokens: number
  cache_creation_input_tokens: number
  cache_read_input_tokens: number
  output_tokens: number
}

/** One request the fake received on its messages endpoint, and how it answered. */
export interface RecordedRequest {
  scenario: string
  headers: Record<string, string>
  body: unknown
  at: number
  /** Set when it answered 200. */
  usage?: RecordedUsage
  stopReason?: StopReason | null
  requestId?: string
}

/** A running fake; `url` is the value for `ANTHROPIC_BASE_URL` (no trailing slash). */
export interface FakeAnthropic {
  url: string
  port: number
  requests: RecordedRequest[]
  close(): Promise<void>
}

export interface FakeAnthropicOptions {
  /** Port on 127.0.0.1; 0 (the default) takes any free port. */
  port?: number
  /** Delay before the first byte of every response, unless the request has `[delay:MS]`. */
  delayMs?: number
}

const SLOW_DEFAULT_MS = 5000
const SCENARIO_MARKER = /\[scenario:([A-Za-z0-9_-]+)\]/
const DELAY_MARKER = /\[delay:(\d+)\]/

/**
 * The shortest prefix each model caches, in tokens, from the prompt-caching page (copy of
 * 2026-10-08); a shorter prefix is processed without caching, and no error is given.
 */
const MIN_CACHEABLE: [RegExp, number][] = [
  [/-(?:fable|mythos)-5(?:-1)?$|-opus-5(?:-5)?$|-sonnet-5-5$|-haiku-5-5$/, 512],
  [/-mythos-preview$|-opus-4-7$/, 2048],
  [/-opus-4-[56]$|-haiku-4-5/, 4096],
]
const minCacheable = (model: string) => MIN_CACHEABLE.find(([m]) => m.test(model))?.[1] ?? 1024

/** The default cache lifetime, refreshed on each hit. */
const CACHE_TTL_MS = 5 * 60_000
const MAX_BREAKPOINTS = 4

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isScenario(name: string): name is FakeScenario {
  return (FAKE_SCENARIOS as readonly string[]).includes(name)
}

/** `search_result` blocks in request order, across messages and inside tool results. */
function collectSearchResults(messages: unknown[]): SearchResult[] {
  const out: SearchResult[] = []
  const visit = (blocks: unknown): void => {
    if (!Array.isArray(blocks)) return
    for (const block of blocks) {
      if (!isRecord(block)) continue
      if (block.type === 'search_result') {
        const content = Array.isArray(block.content) ? block.content : []
        out.push({
          source: String(block.source ?? ''),
          title: String(block.title ?? ''),
          blocks: content.map((c) => (isRecord(c) && typeof c.text === 'string' ? c.text : '')),
        })
      } else if (block.type === 'tool_result') {
        visit(block.content)
      }
    }
  }
  for (const message of messages) if (isRecord(message)) visit(message.content)
  return out
}

/** The last text block of the last user message, where the markers live. */
function questionText(messages: unknown[]): string {
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i]
    if (!isRecord(message) || message.role !== 'user') continue
    if (typeof message.content === 'string') return message.content
    if (!Array.isArray(message.content)) return ''
    for (let j = message.content.length - 1; j >= 0; j--) {
      const block: unknown = message.content[j]
      if (isRecord(block) && block.type === 'text' && typeof block.text === 'string') {
        return block.text
      }
    }
    return ''
  }
  return ''
}

/** Every block of the prompt in the API's order: system, then each message's content. */
function promptBlocks(body: Record<string, unknown>, messages: unknown[]): unknown[] {
  const system = body.system
  const out: unknown[] = typeof system === 'string' ? [{ type: 'text', text: system }] : []
  if (Array.isArray(system)) out.push(...system)
  for (const m of messages) {
    if (!isRecord(m)) continue
    if (typeof m.content === 'string') out.push({ type: 'text', text: m.content })
    else if (Array.isArray(m.content)) out.push(...m.content)
  }
  return out
}

/**
 * What the API would reject, in its words where its documentation gives them: a request the
 * real API answers 400 must not pass here.
 */
function invalid(body: Record<string, unknown>, messages: unknown[]): string | undefined {
  if (typeof body.model !== 'string' || typeof body.max_tokens !== 'number') {
    return 'model and max_tokens are required'
  }
  if (!Number.isInteger(body.max_tokens) || body.max_tokens < 1) {
    return 'max_tokens: must be a positive integer'
  }
  const blocks = promptBlocks(body, messages)
  const results = blocks.filter((b) => isRecord(b) && b.type === 'search_result')
  const enabled = results.map(
    (r) => isRecord(r) && isRecord(r.citations) && r.citations.enabled === true
  )
  if (enabled.some(Boolean) && !enabled.every(Boolean)) {
    return 'citations must be enabled on all or none of the search results'
  }
  const texts = [
    ...blocks,
    ...results.flatMap((r) => (isRecord(r) && Array.isArray(r.content) ? r.content : [])),
  ].filter((b) => isRecord(b) && b.type === 'text')
  if (texts.some((b) => isRecord(b) && (typeof b.text !== 'string' || b.text === ''))) {
    return 'messages: text content blocks must be non-empty'
  }
  const breakpoints = blocks.filter((b) => isRecord(b) && isRecord(b.cache_control)).length
  if (breakpoints > MAX_BREAKPOINTS) {
    return `A maximum of ${MAX_BREAKPOINTS} blocks with cache_control may be provided. Found ${breakpoints}.`
  }
  const thinking = body.thinking
  if (thinking !== undefined) {
    if (
      !isRecord(thinking) ||
      !['enabled', 'disabled', 'adaptive'].includes(String(thinking.type))
    ) {
      return 'thinking: unknown type'
    }
    if (thinking.type === 'enabled') {
      const budget = Number(thinking.budget_tokens)
      if (!(budget >= 1024 && budget < (body.max_tokens as number))) {
        return 'thinking.budget_tokens: must be at least 1024 and less than max_tokens'
      }
    }
  }
  return undefined
}

/** Four characters a token: an estimate, the tokenizer not being public. */
function tokens(text: string): number {
  return Math.ceil(text.length / 4)
}

/** Prompt prefixes cached with `cache_control`, by hash, with when each expires. */
type Cache = Map<string, number>

/**
 * The prompt's usage under caching: each block with `cache_control` ends a prefix; the longest
 * prefix already cached is read, the prefix up to the last breakpoint is written if new and long
 * enough, and `input_tokens` counts only what follows the last breakpoint (or everything, when
 * nothing is cached) — the three add up to the prompt.
 */
function promptUsage(
  blocks: unknown[],
  cache: Cache,
  now: number,
  minimum: number
): Omit<RecordedUsage, 'output_tokens'> {
  const serialised = blocks.map((b) => JSON.stringify(b))
  const total = tokens(serialised.join(''))
  const ends = blocks.flatMap((b, i) => (isRecord(b) && isRecord(b.cache_control) ? [i + 1] : []))
  const prefix = (end: number) => {
    const text = serialised.slice(0, end).join('')
    return { key: createHash('sha256').update(text).digest('hex'), size: tokens(text) }
  }
  let read = 0
  for (const end of ends) {
    const p = prefix(end)
    const expires = cache.get(p.key)
    if (expires !== undefined && expires > now) {
      read = Math.max(read, p.size)
      cache.set(p.key, now + CACHE_TTL_MS)
    }
  }
  let written = 0
  const last = ends.at(-1)
  if (last !== undefined) {
    const p = prefix(last)
    if (p.size >= minimum && p.size > read) {
      written = p.size - read
      cache.set(p.key, now + CACHE_TTL_MS)
    }
  }
  return {
    input_tokens: total - read - written,
    cache_creation_input_tokens: written,
    cache_read_input_tokens: read,
  }
}

/** The reply's text blocks cut to `share` of their characters (never inside a code point). */
function cutText(blocks: PlannedBlock[], share: number): PlannedBlock[] {
  const size = blocks.reduce((n, b) => n + (b.type === 'text' ? Array.from(b.text).length : 0), 0)
  let left = Math.max(1, Math.floor(size * share))
  const out: PlannedBlock[] = []
  for (const b of blocks) {
    if (b.type !== 'text') {
      out.push(b)
      continue
    }
    const chars = Array.from(b.text)
    if (chars.length <= left) {
      out.push(b)
      left -= chars.length
      continue
    }
    out.push({ ...b, text: chars.slice(0, left).join('') })
    break
  }
  return out
}

/** What a block costs in output tokens: its text or thinking, never `cited_text`. */
function outputTokens(blocks: PlannedBlock[]): number {
  return blocks.reduce(
    (n, b) =>
      n +
      tokens(
        b.type === 'text' ? b.text : b.type === 'thinking' ? b.thinking : JSON.stringify(b.input)
      ),
    0
  )
}

/** The plan as sent: cut where the scenario says, or where `max_tokens` runs out. */
function bounded(plan: Plan, maxTokens: number): Plan {
  if (plan.cutAt !== undefined) return { ...plan, blocks: cutText(plan.blocks, plan.cutAt) }
  const needed = outputTokens(plan.blocks)
  if (needed <= maxTokens) return plan
  return { ...plan, blocks: cutText(plan.blocks, maxTokens / needed), stopReason: 'max_tokens' }
}

function usageOf(prompt: Omit<RecordedUsage, 'output_tokens'>, output: number): Usage {
  return {
    cache_creation: {
      ephemeral_1h_input_tokens: 0,
      ephemeral_5m_input_tokens: prompt.cache_creation_input_tokens,
    },
    cache_creation_input_tokens: prompt.cache_creation_input_tokens,
    cache_read_input_tokens: prompt.cache_read_input_tokens,
    inference_geo: null,
    input_tokens: prompt.input_tokens,
    output_tokens: output,
    output_tokens_details: null,
    server_tool_use: null,
    service_tier: 'standard',
    speed: null,
  }
}

interface Reply {
  id: string
  model: string
  plan: Plan
  usage: Usage
}

function message(reply: Reply) {
  return {
    id: reply.id,
    type: 'message',
    role: 'assistant',
    model: reply.model,
    // As planned: an uncited text block has no `citations` key, as in the documented response.
    content: reply.plan.blocks,
    container: null,
    diagnostics: null,
    stop_reason: reply.plan.stopReason,
    stop_sequence: reply.plan.stopReason === 'stop_sequence' ? '\n\nReader:' : null,
    stop_details: reply.plan.stopDetails,
    usage: reply.usage,
  }
}

/** Splits text into 2–3 pieces (1 if it is a single character), never inside a code point. */
function pieces(text: string): string[] {
  const chars = Array.from(text)
  if (chars.length < 2) return [text]
  const n = chars.length >= 3 ? 3 : 2
  const size = Math.ceil(chars.length / n)
  const out: string[] = []
  for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(''))
  return out
}

/** One content block's events: start, deltas, stop. */
function blockEvents(
  b: PlannedBlock,
  index: number,
  order: Plan['citationOrder']
): Record<string, unknown>[] {
  if (b.type === 'thinking') {
    return [
      {
        type: 'content_block_start',
        index,
        content_block: { type: 'thinking', thinking: '', signature: '' },
      },
      ...pieces(b.thinking).map((thinking) => ({
        type: 'content_block_delta',
        index,
        delta: { type: 'thinking_delta', thinking },
      })),
      {
        type: 'content_block_delta',
        index,
        delta: { type: 'signature_delta', signature: b.signature },
      },
      { type: 'content_block_stop', index },
    ]
  }
  if (b.type === 'tool_use') {
    return [
      { type: 'content_block_start', index, content_block: { ...b, input: {} } },
      {
        type: 'content_block_delta',
        index,
        delta: { type: 'input_json_delta', partial_json: JSON.stringify(b.input) },
      },
      { type: 'content_block_stop', index },
    ]
  }
  // A cited block opens with `citations: []`; an uncited one has no `citations` key.
  const start = b.citations ? { type: 'text', text: '', citations: [] } : { type: 'text', text: '' }
  const texts = pieces(b.text).map((text) => ({
    type: 'content_block_delta',
    index,
    delta: { type: 'text_delta', text },
  }))
  const citations = (b.citations ?? []).map((citation) => ({
    type: 'content_block_delta',
    index,
    delta: { type: 'citations_delta', citation },
  }))
  const deltas =
    order === 'before'
      ? [...citations, ...texts]
      : order === 'between'
        ? [...texts.slice(0, 1), ...citations, ...texts.slice(1)]
        : [...texts, ...citations]
  return [
    { type: 'content_block_start', index, content_block: start },
    ...deltas,
    { type: 'content_block_stop', index },
  ]
}

/**
 * The SSE events that, accumulated by the SDK, rebuild the message: `message_start` with the
 * prompt's usage and one output token, a `ping`, each block (a `ping` between blocks), then
 * `message_delta` with the stop reason and the cumulative usage, and `message_stop`. A
 * mid-stream error replaces everything after its block with `event: error`.
 */
function streamEvents(reply: Reply): string[] {
  const msg = message(reply)
  const out: string[] = [
    sseEvent({
      type: 'message_start',
      message: {
        ...msg,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        stop_details: null,
        usage: { ...reply.usage, output_tokens: 1 },
      },
    }),
    sseEvent({ type: 'ping' }),
  ]
  const { blocks, citationOrder, midStreamError } = reply.plan
  for (const [index, b] of blocks.entries()) {
    if (midStreamError && index === midStreamError.afterBlocks) {
      out.push(
        sse(
          'error',
          JSON.stringify({
            type: 'error',
            error: { type: midStreamError.type, message: midStreamError.message },
          })
        )
      )
      return out
    }
    if (index > 0) out.push(sseEvent({ type: 'ping' }))
    out.push(...blockEvents(b, index, citationOrder).map(sseEvent))
  }
  out.push(
    sseEvent({
      type: 'message_delta',
      delta: {
        container: null,
        stop_details: msg.stop_details,
        stop_reason: msg.stop_reason,
        stop_sequence: msg.stop_sequence,
      },
      // Cumulative, as the streaming page says.
      usage: {
        cache_creation_input_tokens: reply.usage.cache_creation_input_tokens,
        cache_read_input_tokens: reply.usage.cache_read_input_tokens,
        input_tokens: reply.usage.input_tokens,
        output_tokens: reply.usage.output_tokens,
        output_tokens_details: null,
        server_tool_use: null,
      },
    }),
    sseEvent({ type: 'message_stop' })
  )
  return out
}

function sse(type: string, data: string): string {
  return `event: ${type}\ndata: ${data}\n\n`
}

function sseEvent(event: RawMessageStreamEvent | Record<string, unknown>): string {
  return sse(String(event.type), JSON.stringify(event))
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined)
      out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
  }
  return out
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function requestId(): string {
  return `req_fake_${randomUUID().replaceAll('-', '').slice(0, 24)}`
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  })
  res.end(text)
}

function sendError(res: ServerResponse, reply: ErrorReply): void {
  const id = requestId()
  sendJson(
    res,
    reply.status,
    { type: 'error', error: { type: reply.type, message: reply.message }, request_id: id },
    { 'request-id': id, ...reply.headers }
  )
}

/** Starts the fake on 127.0.0.1 and resolves once it is listening. */
export function startFakeAnthropic(options: FakeAnthropicOptions = {}): Promise<FakeAnthropic> {
  const requests: RecordedRequest[] = []
  const cache: Cache = new Map()
  const sockets = new Set<Socket>()
  const cancels = new Set<() => void>()
  let closed = false

  /** Waits `ms`; resolves false instead if the client went away or the fake closed. */
  const pause = (ms: number, res: ServerResponse): Promise<boolean> => {
    if (closed || res.destroyed) return Promise.resolve(false)
    if (ms <= 0) return Promise.resolve(true)
    return new Promise((resolve) => {
      const finish = (ok: boolean) => {
        clearTimeout(timer)
        cancels.delete(cancel)
        res.off('close', cancel)
        resolve(ok && !closed && !res.destroyed)
      }
      const cancel = () => finish(false)
      const timer = setTimeout(() => finish(true), ms)
      cancels.add(cancel)
      res.on('close', cancel)
    })
  }

  /** Writes `data`, then drops the connection without finishing the response. */
  const cutAfter = (res: ServerResponse, data: string): void => {
    res.write(data, () => {
      res.socket?.destroy()
    })
  }

  const handleMessages = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const raw = await readBody(req)
    let body: unknown
    try {
      body = JSON.parse(raw)
    } catch {
      requests.push({ scenario: '', headers: flatHeaders(req), body: raw, at: Date.now() })
      sendError(res, { status: 400, type: 'invalid_request_error', message: 'Body is not JSON' })
      return
    }
    const messages = isRecord(body) && Array.isArray(body.messages) ? body.messages : undefined
    const question = messages ? questionText(messages) : ''
    const scenario = SCENARIO_MARKER.exec(question)?.[1] ?? 'good'
    const record: RecordedRequest = { scenario, headers: flatHeaders(req), body, at: Date.now() }
    requests.push(record)

    const marked = DELAY_MARKER.exec(question)?.[1]
    const delay =
      marked !== undefined
        ? Number(marked)
        : scenario === 'slow'
          ? SLOW_DEFAULT_MS
          : (options.delayMs ?? 0)
    if (!(await pause(delay, res))) return

    if (!isRecord(body) || !messages) {
      sendError(res, { status: 400, type: 'invalid_request_error', message: 'messages: required' })
      return
    }
    const problem = invalid(body, messages)
    if (problem) {
      sendError(res, { status: 400, type: 'invalid_request_error', message: problem })
      return
    }
    if (!isScenario(scenario)) {
      sendError(res, {
        status: 400,
        type: 'invalid_request_error',
        message: `Unknown fake scenario "${scenario}"; known: ${FAKE_SCENARIOS.join(', ')}`,
      })
      return
    }
    const error = errorFor(scenario)
    if (error) {
      sendError(res, error)
      return
    }

    const results = collectSearchResults(messages)
    const planned = CHECK_HEADER.test(question)
      ? checkPlan(scenario, results, question)
      : answerPlan(scenario, results, question)
    const plan = bounded(planned, body.max_tokens as number)
    const prompt = promptUsage(
      promptBlocks(body, messages),
      cache,
      Date.now(),
      minCacheable(String(body.model))
    )
    const reply: Reply = {
      id: `msg_fake_${randomUUID().replaceAll('-', '').slice(0, 24)}`,
      model: String(body.model),
      plan,
      usage: usageOf(prompt, outputTokens(plan.blocks)),
    }
    const id = requestId()
    record.usage = { ...prompt, output_tokens: reply.usage.output_tokens }
    record.stopReason = plan.stopReason
    record.requestId = id

    if (body.stream === true) {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        'request-id': id,
      })
      const events = streamEvents(reply)
      if (scenario === 'cut') {
        // message_start, the ping, the first content_block_start and text_delta, then a drop.
        cutAfter(res, events.slice(0, 4).join(''))
        return
      }
      if (scenario === 'invalid-json') {
        res.end((events[0] ?? '') + sse('content_block_start', '{not json'))
        return
      }
      res.end(events.join(''))
      return
    }

    if (plan.midStreamError) {
      // Unstreamed, the same failure is an HTTP error.
      const status = plan.midStreamError.type === 'overloaded_error' ? 529 : 500
      sendError(res, {
        status,
        type: plan.midStreamError.type,
        message: plan.midStreamError.message,
      })
      return
    }
    const text = JSON.stringify(message(reply))
    if (scenario === 'cut') {
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(text),
        'request-id': id,
      })
      cutAfter(res, text.slice(0, Math.floor(text.length / 2)))
      return
    }
    if (scenario === 'invalid-json') {
      res.writeHead(200, { 'content-type': 'application/json', 'request-id': id })
      res.end('{"id": "msg_fake", "content": [')
      return
    }
    sendJson(res, 200, message(reply), { 'request-id': id })
  }

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (req.method === 'POST' && url.pathname.endsWith('/v1/messages')) {
      await handleMessages(req, res)
      return
    }
    if (req.method === 'GET' && url.pathname === '/__requests') {
      const scenario = url.searchParams.get('scenario')
      sendJson(
        res,
        200,
        scenario === null ? requests : requests.filter((r) => r.scenario === scenario)
      )
      return
    }
    req.resume()
    sendError(res, {
      status: 404,
      type: 'not_found_error',
      message: `No route for ${req.method ?? '?'} ${url.pathname}`,
    })
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (res.headersSent || res.destroyed) {
        res.destroy()
        return
      }
      sendError(res, { status: 500, type: 'api_error', message: `Fake failed: ${String(err)}` })
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject)
      const { port } = server.address() as AddressInfo
      resolve({
        url: `http://127.0.0.1:${port}`,
        port,
        requests,
        close: () =>
          new Promise<void>((done) => {
            closed = true
            for (const cancel of [...cancels]) cancel()
            server.close(() => done())
            server.closeAllConnections()
            for (const socket of sockets) socket.destroy()
          }),
      })
    })
  })
}
