/**
 * @module answer/model/answer
 * The model answerer: sends the retrieved passages to Claude as cited search results and returns
 * its reply: text blocks with their raw citations, stop reason and usage. Nothing here is
 * trusted: `verifyModelDraft` maps and checks every citation before a reader sees a word.
 */
import type { Dossier } from '../../index/load.ts'
import type { LabelledPassage } from '../../provenance/schema.ts'
import type { Retrieval } from '../../retrieval/search.ts'
import { type ModelReply, type StreamMessageOptions, streamMessage } from './client.ts'
import { buildRequest } from './request.ts'

/** Options for {@link draftWithModel}. */
export interface DraftWithModelOptions extends StreamMessageOptions {
  /** The conversation's earlier questions, oldest first. */
  thread?: readonly string[]
}

/** What the model said, before verification. */
export interface ModelDraft {
  reply: ModelReply
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
  const { model: _model, ...params } = buildRequest({
    model: options.model,
    question,
    thread: options.thread ?? [],
    passages: sent,
    documents: dossier.documents,
  })
  return { reply: await streamMessage(params, options), sent }
}
