/**
 * @module answer/model/client
 * One call to the Messages API, streamed, under one deadline, returning the text blocks with
 * their raw citations. Every failure — HTTP, network, timeout, refusal, unreadable output — is
 * thrown as a {@link ModelFailure}. Answers and summary checks both call it.
 */
import type {
  MessageCreateParamsStreaming,
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
}

/** Options for {@link streamMessage}. */
export interface StreamMessageOptions extends ModelClientOptions {
  /** Called with each piece of text as it streams in. */
  onText?: (delta: string) => void
}

/** The model's text blocks, with the citations the API attached to each. */
export type ModelBlocks = { text: string; citations: TextCitation[] }[]

/**
 * @example
 * ```ts
 * const blocks = await streamMessage(params, { apiKey, model, timeoutMs: 12000, maxRetries: 1 })
 * ```
 */
export async function streamMessage(
  params: Omit<MessageCreateParamsStreaming, 'model'>,
  options: StreamMessageOptions
): Promise<ModelBlocks> {
  // Imported on the first model call, not at global scope: the SDK's module set-up was 16 ms of
  // every isolate's cold start (npm run bench), paid even where no key is configured.
  const sdk = await import('@anthropic-ai/sdk')
  const client = new sdk.default({
    // Passed explicitly: the SDK would read process.env, which a Worker does not have.
    apiKey: options.apiKey,
    ...(options.baseURL && { baseURL: options.baseURL }),
    maxRetries: options.maxRetries,
    timeout: options.timeoutMs,
  })
  try {
    const stream = client.messages.stream(
      { ...params, model: options.model },
      { signal: AbortSignal.timeout(options.timeoutMs) }
    )
    if (options.onText) stream.on('text', options.onText)
    const message = await stream.finalMessage()
    if (message.stop_reason === 'refusal') throw new ModelFailure('refusal', 'The model declined.')
    return message.content.flatMap((b) =>
      b.type === 'text' ? [{ text: b.text, citations: b.citations ?? [] }] : []
    )
  } catch (err) {
    throw toModelFailure(err, sdk)
  }
}
