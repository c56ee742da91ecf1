/**
 * @module answer/model/client
 * One call to the Messages API, streamed, under one deadline, returning the text blocks with
 * their raw citations, why the model stopped, its token usage and the API's request id. Every
 * failure — HTTP, mid-stream error, network, timeout, refusal, unreadable output — is thrown as
 * a {@link ModelFailure}. Answers and summary checks both call it.
 */
import type {
  MessageCreateParamsStreaming,
  StopReason,
  TextCitation,
} from '@anthropic-ai/sdk/resources/messages'
import { ModelFailure, toModelFailure } from './failure.ts'

/** How to reach the Messages API. */
export interface ModelClientOptions {
  apiKey: string
  /** A proxy or AI Gateway; the SDK's default when absent. */
  baseURL?: string | undefined
  model: string
  /** The whole attempt, retries included. */
  timeoutMs: number
  maxRetries: number
  /**
   * `disabled` (the default): answers quote and need no reasoning, and thinking would spend the
   * reader's seconds and the output budget. `adaptive` for a model that cannot turn it off: the
   * budget then grows by {@link THINKING_ALLOWANCE}, since thinking counts toward `max_tokens`.
   */
  thinking?: 'disabled' | 'adaptive'
}

/** Options for {@link streamMessage}. */
export interface StreamMessageOptions extends ModelClientOptions {
  /** Called with each piece of text as it streams in. */
  onText?: (delta: string) => void
}

/** The model's text blocks, with the citations the API attached to each. */
export type ModelBlocks = { text: string; citations: TextCitation[] }[]

/** Tokens one call cost, as the API's `usage` counts them. */
export interface ModelUsage {
  /** Input after the last cache breakpoint, or all of it when nothing was cached. */
  input: number
  /** Input written to the prompt cache (billed at 1.25× for five minutes' lifetime). */
  cacheWrite: number
  /** Input read from the prompt cache (billed at 0.1×). */
  cacheRead: number
  output: number
}

/** What one call returned. */
export interface ModelReply {
  blocks: ModelBlocks
  stopReason: StopReason
  /**
   * The model stopped before it meant to (`max_tokens`, `pause_turn`,
   * `model_context_window_exceeded`): its last sentence may be unfinished.
   */
  truncated: boolean
  usage: ModelUsage
  /** The API's `request-id`, for support requests; undefined from a proxy that drops it. */
  requestId: string | undefined
}

/** Extra output tokens when thinking is on: it counts toward `max_tokens`. */
export const THINKING_ALLOWANCE = 2048

/** Stop reasons after which the reply is what the model meant to say. */
const COMPLETE: ReadonlySet<StopReason> = new Set(['end_turn', 'stop_sequence'])

/**
 * @example
 * ```ts
 * const reply = await streamMessage(params, { apiKey, model, timeoutMs: 12000, maxRetries: 1 })
 * reply.truncated // true when the budget ran out mid-sentence
 * ```
 */
export async function streamMessage(
  params: Omit<MessageCreateParamsStreaming, 'model'>,
  options: StreamMessageOptions
): Promise<ModelReply> {
  // Imported on the first model call, not at global scope: the SDK's module set-up was 16 ms of
  // every isolate's cold start (npm run bench), paid even where no key is configured.
  const sdk = await import('@anthropic-ai/sdk')
  const deadline = Date.now() + options.timeoutMs
  const client = new sdk.default({
    // Passed explicitly: the SDK would read process.env, which a Worker does not have.
    apiKey: options.apiKey,
    ...(options.baseURL && { baseURL: options.baseURL }),
    maxRetries: options.maxRetries,
    timeout: options.timeoutMs,
    fetch: withinDeadline(deadline),
  })
  const adaptive = options.thinking === 'adaptive'
  try {
    const stream = client.messages.stream(
      {
        ...params,
        model: options.model,
        max_tokens: params.max_tokens + (adaptive ? THINKING_ALLOWANCE : 0),
        thinking: adaptive ? { type: 'adaptive' } : { type: 'disabled' },
      },
      { signal: AbortSignal.timeout(options.timeoutMs) }
    )
    if (options.onText) stream.on('text', options.onText)
    const message = await stream.finalMessage()
    const requestId = stream.request_id ?? undefined
    const stopReason = message.stop_reason
    if (stopReason === 'refusal') {
      throw new ModelFailure('refusal', 'The model declined.', { requestId })
    }
    // No tools are offered, so a tool call is not an answer; nor is a stream that never said
    // why it stopped.
    if (stopReason === null || stopReason === 'tool_use') {
      throw new ModelFailure('malformed', `The model stopped with “${stopReason}”.`, { requestId })
    }
    const { usage } = message
    return {
      // Thinking blocks, and anything else that is not text, are never shown.
      blocks: message.content.flatMap((b) =>
        b.type === 'text' ? [{ text: b.text, citations: b.citations ?? [] }] : []
      ),
      stopReason,
      // A reason this code does not know is treated as the unsafe one: possibly unfinished.
      truncated: !COMPLETE.has(stopReason),
      usage: {
        input: usage.input_tokens,
        cacheWrite: usage.cache_creation_input_tokens ?? 0,
        cacheRead: usage.cache_read_input_tokens ?? 0,
        output: usage.output_tokens,
      },
      requestId,
    }
  } catch (err) {
    throw toModelFailure(err, sdk)
  }
}

/**
 * The SDK waits out a `retry-after` in full before retrying; past the deadline that wait only
 * makes the reader wait for a timeout. A response asking for a wait that ends after the deadline
 * is marked `x-should-retry: false` (which the SDK honours), so it fails at once as what it is.
 * An arrow wrapper: the SDK calls fetch unbound, as Workers require.
 */
function withinDeadline(deadline: number): typeof fetch {
  return async (input, init) => {
    const res = await fetch(input, init)
    const wait = retryAfterMs(res.headers)
    if (wait === undefined || Date.now() + wait < deadline) return res
    const headers = new Headers(res.headers)
    headers.set('x-should-retry', 'false')
    return new Response(res.body, { status: res.status, statusText: res.statusText, headers })
  }
}

/** The wait a response asks for, as the SDK reads it: `retry-after-ms`, then `retry-after`. */
function retryAfterMs(headers: Headers): number | undefined {
  const ms = Number.parseFloat(headers.get('retry-after-ms') ?? '')
  if (Number.isFinite(ms)) return ms
  const after = headers.get('retry-after')
  if (after === null) return undefined
  const seconds = Number.parseFloat(after)
  if (Number.isFinite(seconds)) return seconds * 1000
  const date = Date.parse(after)
  return Number.isFinite(date) ? date - Date.now() : undefined
}
