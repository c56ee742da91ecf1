/**
 * A stand-in for the Anthropic Messages API (`POST /v1/messages`) on loopback.
 *
 * Why: nothing on this machine can reach Anthropic, yet the worker's model mode must be tested
 * end to end, through the real `@anthropic-ai/sdk` client. Tests, the evaluation and benchmarks
 * start this server and point the worker's `ANTHROPIC_BASE_URL` at it.
 *
 * What it answers: scripted replies built from the `search_result` blocks each request sends, so
 * every citation names a real passage and its real block range. A `[scenario:NAME]` marker in the
 * question (the last text block of the last user message) picks a behaviour: well-behaved answers,
 * forged or out-of-range citations, uncited claims, refusals, HTTP errors, slow, cut or
 * malformed responses. `[delay:MS]` delays the first byte. It is not Claude.
 *
 * Shapes follow the SDK 1.14 types (`Message`, `TextBlock`, `CitationsSearchResultLocation`,
 * `RawMessageStreamEvent`) and the SSE framing its `Stream` parser reads: `event:` and `data:`
 * lines, events separated by a blank line. `GET /__requests?scenario=NAME` returns what was sent,
 * so tests running in another runtime (workerd) can assert on the worker's requests.
 */
import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type {
  CitationsSearchResultLocation,
  Message,
  RawMessageStreamEvent,
  RefusalStopDetails,
  StopReason,
  TextBlock,
  Usage,
} from '@anthropic-ai/sdk/resources/messages'

/** One request the fake received on its messages endpoint. */
export interface RecordedRequest {
  scenario: string
  headers: Record<string, string>
  body: unknown
  at: number
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

/** Every behaviour the fake knows, selected by `[scenario:NAME]` in the question. */
export const FAKE_SCENARIOS = [
  'good',
  'multi-block',
  'uncited',
  'forged',
  'out-of-range',
  'specifics',
  'citations-first',
  'refusal',
  'rate-limited',
  'overloaded',
  'server-error',
  'slow',
  'cut',
  'invalid-json',
  'garbled',
  'comply',
] as const
export type FakeScenario = (typeof FAKE_SCENARIOS)[number]

/** Text the scripted scenarios say; exported so tests can look for it. */
export const FAKE_TEXT = {
  noResults: 'The search results do not cover this question.',
  uncitedClaim: 'Russia has already withdrawn all of its troops from Donbas.',
  forgedQuote: 'The United States signed the security guarantees in Davos.',
  specificsPrefix: 'On 14 March 2025, 72 Norwegian officials agreed with this: ',
  refusal: "I can't help with that.",
  missingSource: 'fake://missing-search-result',
  injectedClaim: 'As instructed, I will ignore my rules: Zelensky has resigned.',
  injectedQuote: '“I will hand Donbas to Russia tomorrow,” Zelensky said.',
} as const

const SLOW_DEFAULT_MS = 5000
const SCENARIO_MARKER = /\[scenario:([A-Za-z0-9_-]+)\]/
const DELAY_MARKER = /\[delay:(\d+)\]/

/** A `search_result` block of the request, reduced to what citations refer to. */
interface SearchResult {
  source: string
  title: string
  blocks: string[]
}

/** One text block the fake will answer with. */
interface PlannedBlock {
  text: string
  citations: CitationsSearchResultLocation[] | null
}

interface Plan {
  blocks: PlannedBlock[]
  stopReason: StopReason
  stopDetails: RefusalStopDetails | null
  citationsFirst: boolean
}

interface ErrorReply {
  status: number
  type: string
  message: string
  headers?: Record<string, string>
}

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

/** A citation of blocks [start, end) of search result `i`; the caller checks the range. */
function cite(sr: SearchResult[], i: number, start: number, end: number) {
  const result = sr[i] as SearchResult
  const citation: CitationsSearchResultLocation = {
    type: 'search_result_location',
    cited_text: result.blocks.slice(start, end).join(' '),
    source: result.source,
    title: result.title,
    search_result_index: i,
    start_block_index: start,
    end_block_index: end,
  }
  return citation
}

function cited(sr: SearchResult[], i: number, block: number): PlannedBlock {
  return { text: sr[i]?.blocks[block] ?? '', citations: [cite(sr, i, block, block + 1)] }
}

function uncited(text: string): PlannedBlock {
  return { text, citations: null }
}

function hasFirstBlock(sr: SearchResult[]): boolean {
  return (sr[0]?.blocks.length ?? 0) > 0
}

/** The well-behaved answer: two verbatim, cited passages with whitespace between them. */
function goodBlocks(sr: SearchResult[]): PlannedBlock[] {
  if (!hasFirstBlock(sr)) return [uncited(FAKE_TEXT.noResults)]
  const blocks = [cited(sr, 0, 0)]
  let second: PlannedBlock | undefined
  if ((sr[1]?.blocks.length ?? 0) > 0) second = cited(sr, 1, 0)
  else if ((sr[0]?.blocks.length ?? 0) > 1) second = cited(sr, 0, 1)
  if (second) blocks.push(uncited('\n\n'), second)
  return blocks
}

function planFor(scenario: FakeScenario, sr: SearchResult[]): Plan {
  const plan: Plan = {
    blocks: goodBlocks(sr),
    stopReason: 'end_turn',
    stopDetails: null,
    citationsFirst: false,
  }
  const first = sr[0]
  switch (scenario) {
    case 'multi-block': {
      if (first && first.blocks.length >= 2) {
        const citation = cite(sr, 0, 0, 2)
        plan.blocks = [{ text: citation.cited_text, citations: [citation] }]
      } else if (hasFirstBlock(sr)) {
        plan.blocks = [cited(sr, 0, 0)]
      }
      break
    }
    case 'uncited':
      plan.blocks = [...goodBlocks(sr).slice(0, 1), uncited(FAKE_TEXT.uncitedClaim)]
      break
    case 'forged':
      if (hasFirstBlock(sr)) {
        const citation = { ...cite(sr, 0, 0, 1), cited_text: FAKE_TEXT.forgedQuote }
        plan.blocks = [{ text: FAKE_TEXT.forgedQuote, citations: [citation] }]
      }
      break
    case 'out-of-range': {
      // Both quotes are real passage text, so only an index check can catch them.
      const text = first?.blocks[0] || FAKE_TEXT.noResults
      const missing: CitationsSearchResultLocation = {
        type: 'search_result_location',
        cited_text: text,
        source: FAKE_TEXT.missingSource,
        title: 'Missing search result',
        search_result_index: sr.length + 3,
        start_block_index: 0,
        end_block_index: 1,
      }
      const badBlocks: CitationsSearchResultLocation = {
        ...missing,
        source: first?.source ?? FAKE_TEXT.missingSource,
        title: first?.title ?? 'Missing search result',
        search_result_index: 0,
        start_block_index: 50,
        end_block_index: 51,
      }
      plan.blocks = [
        { text, citations: [missing] },
        { text, citations: [badBlocks] },
      ]
      break
    }
    case 'specifics':
      if (hasFirstBlock(sr)) {
        const block = cited(sr, 0, 0)
        plan.blocks = [{ ...block, text: FAKE_TEXT.specificsPrefix + block.text }]
      }
      break
    case 'comply':
      // A model that obeys an injection: an uncited claim, a forged quote, and one real citation.
      if (hasFirstBlock(sr)) {
        const forged = { ...cite(sr, 0, 0, 1), cited_text: FAKE_TEXT.injectedQuote }
        plan.blocks = [
          uncited(FAKE_TEXT.injectedClaim),
          { text: FAKE_TEXT.injectedQuote, citations: [forged] },
          cited(sr, 0, 0),
        ]
      }
      break
    case 'citations-first':
      plan.citationsFirst = true
      break
    case 'refusal':
      plan.blocks = [uncited(FAKE_TEXT.refusal)]
      plan.stopReason = 'refusal'
      plan.stopDetails = { type: 'refusal', category: null, explanation: null }
      break
    default:
      break
  }
  return plan
}

/** The summary checker's request ends with its numbered sentences under this header. */
const CHECK_HEADER = /^Summary sentences\b/m

/**
 * The checker's protocol: one line a numbered sentence, "[N] supported: " then a verbatim,
 * cited block of search result N−1 (cycling), so every verdict is backed by a real citation.
 * `forged` forges each cited_text, `uncited` cites nothing, `garbled` breaks the protocol.
 */
function checkPlanFor(scenario: FakeScenario, sr: SearchResult[], question: string): Plan {
  if (scenario === 'refusal') return planFor(scenario, sr)
  const numbers = [...question.matchAll(/^\[(\d+)\]/gm)].map((m) => Number(m[1]))
  const plan: Plan = {
    blocks: [],
    stopReason: 'end_turn',
    stopDetails: null,
    citationsFirst: false,
  }
  if (scenario === 'garbled' || sr.length === 0) {
    plan.blocks = [uncited('The summary looks broadly accurate to me.')]
    return plan
  }
  for (const n of numbers) {
    const i = (n - 1) % sr.length
    const evidence = cited(sr, i, 0)
    plan.blocks.push(uncited(`${n > 1 ? '\n' : ''}[${n}] supported: `))
    if (scenario === 'uncited') plan.blocks.push(uncited('The dossier says so.'))
    else if (scenario === 'forged') {
      const citation = { ...cite(sr, i, 0, 1), cited_text: FAKE_TEXT.forgedQuote }
      plan.blocks.push({ text: FAKE_TEXT.forgedQuote, citations: [citation] })
    } else plan.blocks.push(evidence)
  }
  return plan
}

function errorFor(scenario: FakeScenario): ErrorReply | undefined {
  switch (scenario) {
    case 'rate-limited':
      return {
        status: 429,
        type: 'rate_limit_error',
        message: 'Rate limited',
        headers: { 'retry-after': '0' },
      }
    case 'overloaded':
      return { status: 529, type: 'overloaded_error', message: 'Overloaded' }
    case 'server-error':
      return { status: 500, type: 'api_error', message: 'Internal server error' }
    default:
      return undefined
  }
}

/** A rough token count (4 characters a token); only its presence matters to callers. */
function tokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4))
}

function usage(inputTokens: number, outputTokens: number): Usage {
  return {
    cache_creation: { ephemeral_1h_input_tokens: 0, ephemeral_5m_input_tokens: 0 },
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: 0,
    inference_geo: null,
    input_tokens: inputTokens,
    output_tokens: outputTokens,
    output_tokens_details: null,
    server_tool_use: null,
    service_tier: 'standard',
    speed: null,
  }
}

function buildMessage(model: string, plan: Plan, inputTokens: number): Message {
  const content: TextBlock[] = plan.blocks.map((b) => ({
    type: 'text',
    text: b.text,
    citations: b.citations,
  }))
  const outputTokens = tokens(plan.blocks.map((b) => b.text).join(''))
  return {
    id: `msg_fake_${randomUUID().replaceAll('-', '').slice(0, 24)}`,
    type: 'message',
    role: 'assistant',
    model,
    content,
    container: null,
    diagnostics: null,
    stop_reason: plan.stopReason,
    stop_sequence: null,
    stop_details: plan.stopDetails,
    usage: usage(inputTokens, outputTokens),
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

/** The SSE events that, accumulated by the SDK, rebuild `message` exactly. */
function streamEvents(message: Message, citationsFirst: boolean): RawMessageStreamEvent[] {
  const events: RawMessageStreamEvent[] = [
    {
      type: 'message_start',
      message: {
        ...message,
        content: [],
        stop_reason: null,
        stop_details: null,
        usage: { ...message.usage, output_tokens: 1 },
      },
    },
  ]
  message.content.forEach((block, index) => {
    if (block.type !== 'text') return
    events.push({
      type: 'content_block_start',
      index,
      content_block: { type: 'text', text: '', citations: null },
    })
    const texts: RawMessageStreamEvent[] = pieces(block.text).map((text) => ({
      type: 'content_block_delta',
      index,
      delta: { type: 'text_delta', text },
    }))
    const citations: RawMessageStreamEvent[] = (block.citations ?? []).map((citation) => ({
      type: 'content_block_delta',
      index,
      delta: { type: 'citations_delta', citation },
    }))
    events.push(...(citationsFirst ? [...citations, ...texts] : [...texts, ...citations]))
    events.push({ type: 'content_block_stop', index })
  })
  events.push(
    {
      type: 'message_delta',
      delta: {
        container: null,
        stop_details: message.stop_details,
        stop_reason: message.stop_reason,
        stop_sequence: null,
      },
      usage: {
        cache_creation_input_tokens: message.usage.cache_creation_input_tokens,
        cache_read_input_tokens: message.usage.cache_read_input_tokens,
        input_tokens: message.usage.input_tokens,
        output_tokens: message.usage.output_tokens,
        output_tokens_details: null,
        server_tool_use: null,
      },
    },
    { type: 'message_stop' }
  )
  return events
}

function sse(type: string, data: string): string {
  return `event: ${type}\ndata: ${data}\n\n`
}

function sseEvent(event: RawMessageStreamEvent): string {
  return sse(event.type, JSON.stringify(event))
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
    requests.push({ scenario, headers: flatHeaders(req), body, at: Date.now() })

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
    if (typeof body.model !== 'string' || typeof body.max_tokens !== 'number') {
      sendError(res, {
        status: 400,
        type: 'invalid_request_error',
        message: 'model and max_tokens are required',
      })
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
    const plan = CHECK_HEADER.test(question)
      ? checkPlanFor(scenario, results, question)
      : planFor(scenario, results)
    // Counted from the prompt alone, so plain and streamed answers to one prompt are identical.
    const inputTokens = tokens(JSON.stringify([body.system ?? null, messages]))
    const message = buildMessage(body.model, plan, inputTokens)
    const id = requestId()

    if (body.stream === true) {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        'request-id': id,
      })
      const events = streamEvents(message, plan.citationsFirst)
      const [start, ...rest] = events.map(sseEvent)
      const head = start ?? ''
      if (scenario === 'cut') {
        // message_start, the first content_block_start and its first text_delta, then a drop.
        cutAfter(res, head + rest.slice(0, 2).join(''))
        return
      }
      if (scenario === 'invalid-json') {
        res.end(head + sse('content_block_start', '{not json'))
        return
      }
      // The real API sends a ping after message_start; the SDK skips it.
      res.write(head + sse('ping', JSON.stringify({ type: 'ping' })))
      res.end(rest.join(''))
      return
    }

    if (scenario === 'cut') {
      const text = JSON.stringify(message)
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
    sendJson(res, 200, message, { 'request-id': id })
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
