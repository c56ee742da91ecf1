/**
 * @module answer/model/answer
 * The model answerer: sends the retrieved passages to Claude as cited search results and returns
 * its text blocks with their raw citations. Nothing here is trusted: `verifyModelDraft` maps and
 * checks every citation before a reader sees a word.
 */
import Anthropic from '@anthropic-ai/sdk'
import type { TextCitation } from '@anthropic-ai/sdk/resources/messages'
import type { Dossier } from '../../index/load.ts'
import type { LabelledPassage } from '../../provenance/schema.ts'
import type { Retrieval } from '../../retrieval/search.ts'
import { ModelFailure, toModelFailure } from './failure.ts'
import { buildRequest } from './request.ts'

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

/** Options for {@link draftWithModel}. */
export interface DraftWithModelOptions extends ModelClientOptions {
  /** Called with each piece of text as it streams in. */
  onText?: (delta: string) => void
}

/** What the model said, before verification. */
export interface ModelDraft {
  blocks: { text: string; citations: TextCitation[] }[]
  /** The passages sent, in `search_result_index` order. */
  sent: LabelledPassage[]
}

/** Most passages sent: the best retrieved, plus the other side of contested ones. */
const MAX_SENT = 8
const MAX_OTHER_SIDES = 2

/**
 * The passages to send: the best retrieved ones, and for a contested passage among them the
 * passages that contradict it, so the model can give both sides.
 */
export function passagesToSend(dossier: Dossier, retrieval: Retrieval): LabelledPassage[] {
  const sent = retrieval.passages.slice(0, MAX_SENT).map((p) => p.passage)
  const others = sent
    .flatMap((p) => p.conflictsWith ?? [])
    .filter((id, i, all) => all.indexOf(id) === i && !sent.some((p) => p.id === id))
    .slice(0, MAX_OTHER_SIDES)
    .flatMap((id) => dossier.byId.get(id) ?? [])
  return [...sent, ...others]
}

/**
 * Asks the model. Always streams from the API (one code path for plain and streamed answers),
 * under one deadline for the whole attempt. Throws a {@link ModelFailure} for every way it can
 * fail, a refusal included.
 *
 * @example
 * ```ts
 * const draft = await draftWithModel(dossier, question, sent, { apiKey, model, timeoutMs: 12000, maxRetries: 1 })
 * ```
 */
export async function draftWithModel(
  dossier: Dossier,
  question: string,
  sent: LabelledPassage[],
  options: DraftWithModelOptions
): Promise<ModelDraft> {
  const client = new Anthropic({
    // Passed explicitly: the SDK would read process.env, which a Worker does not have.
    apiKey: options.apiKey,
    ...(options.baseURL && { baseURL: options.baseURL }),
    maxRetries: options.maxRetries,
    timeout: options.timeoutMs,
  })
  const params = buildRequest({
    model: options.model,
    question,
    passages: sent,
    documents: dossier.documents,
  })
  try {
    const stream = client.messages.stream(params, {
      signal: AbortSignal.timeout(options.timeoutMs),
    })
    if (options.onText) stream.on('text', options.onText)
    const message = await stream.finalMessage()
    if (message.stop_reason === 'refusal') throw new ModelFailure('refusal', 'The model declined.')
    const blocks = message.content.flatMap((b) =>
      b.type === 'text' ? [{ text: b.text, citations: b.citations ?? [] }] : []
    )
    return { blocks, sent }
  } catch (err) {
    throw toModelFailure(err)
  }
}
