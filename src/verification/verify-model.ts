/**
 * @module verification/verify-model
 * Turns the model's draft into an answer only through verification. The API splits a cited
 * answer into blocks at every citation — "According to X, " uncited, the cited words, ". " — so
 * blocks are not what a reader reads: the answer's segments are its sentences, each carrying the
 * citations of every block it holds. Citations are resolved against the passages sent (see
 * `model-citations.ts`), rejected ones dropped and reported, then the same checks as every answer.
 * A sentence the model did not finish is never served; a reply that only says the dossier does
 * not cover the question is the usual not-covered answer; an answer left with no valid citation
 * is not an answer.
 */
import type { TextCitation } from '@anthropic-ai/sdk/resources/messages'
import type { ModelDraft } from '../answer/model/answer.ts'
import { ModelFailure } from '../answer/model/failure.ts'
import { NOTICES } from '../answer/notices.ts'
import type { Answer, Citation, Segment } from '../answer/schema.ts'
import type { Dossier } from '../index/load.ts'
import { endsSentence, splitSentences } from '../passages/sentences.ts'
import {
  type CitationRejection,
  joinBlocks,
  resolveCitation,
  sameCitation,
} from './model-citations.ts'
import { verifyAnswer } from './verify.ts'

/** What {@link verifyModelDraft} returns. */
export interface VerifiedModelAnswer {
  answer: Answer
  /** Citations the model gave that were rejected, by the sentence that held them. */
  rejected: { sentence: number; reason: CitationRejection }[]
}

/** One sentence of the model's text, with the raw citations of the blocks it holds. */
interface DraftSentence {
  text: string
  citations: TextCitation[]
}

/**
 * A sentence that only says what the search results do not hold: "The search results do not
 * say who will pay." Nothing may follow the gap it names (no "but …", no second clause), so no
 * claim rides along; it is replaced by a fixed notice, never shown in the model's words.
 */
const NOT_COVERED =
  /^(?:however,?\s+|but\s+)?(?:the|these|my)\s+(?:search\s+)?(?:results|dossier|passages|sources|articles|documents)(?:\s+(?:provided|given|here))?\s+(?:do|does)\s*n[o’']t\s+(?:say|cover|mention|state|address|include|specify|give|explain|answer|contain|tell)\b[^,;:]*[.!?]?$/i

/**
 * The model's text end to end, cut into sentences, each with the citations of the blocks that
 * overlap it by more than whitespace. When the model stopped early (`cut`), a last sentence
 * without its closing stop is left out.
 */
function sentencesOf(draft: ModelDraft): { sentences: DraftSentence[]; cut: boolean } {
  const cut = draft.reply.truncated
  const { text, spans } = joinBlocks(draft.reply.blocks)
  const out = splitSentences(text).map(({ start, end }) => ({
    text: text.slice(start, end),
    citations: spans
      .filter((s) => s.start < end && s.end > start)
      .filter((s) => text.slice(Math.max(s.start, start), Math.min(s.end, end)).trim() !== '')
      .flatMap((s) => s.citations),
  }))
  const unfinished = cut && out.length > 0 && !endsSentence(out.at(-1)?.text ?? '')
  return { sentences: unfinished ? out.slice(0, -1) : out, cut }
}

/**
 * @example
 * ```ts
 * const { answer, rejected } = verifyModelDraft(dossier, draft, { id, question, coverage: 'answered' })
 * ```
 */
export function verifyModelDraft(
  dossier: Dossier,
  draft: ModelDraft,
  meta: Pick<Answer, 'id' | 'question' | 'coverage'>
): VerifiedModelAnswer {
  const rejected: VerifiedModelAnswer['rejected'] = []
  const { sentences, cut } = sentencesOf(draft)
  const segments: Segment[] = []
  let notCovered = false
  sentences.forEach((sentence, i) => {
    const citations: Citation[] = []
    for (const c of sentence.citations) {
      const resolved = resolveCitation(c, draft.sent)
      if (!resolved.ok) rejected.push({ sentence: i, reason: resolved.reason })
      else if (!citations.some((x) => sameCitation(x, resolved.citation))) {
        citations.push(resolved.citation)
      }
    }
    if (citations.length === 0 && NOT_COVERED.test(sentence.text)) {
      if (!notCovered) segments.push(notice(NOTICES.partialModel))
      notCovered = true
      return
    }
    segments.push({ text: sentence.text, kind: 'text', citations, labels: [] })
  })
  const { answer } = verifyAnswer(dossier, { ...meta, mode: 'model', segments, passages: [] })
  const grounded = answer.segments.some((s) => s.citations.length > 0)
  if (!grounded && notCovered && answer.segments.every((s) => s.kind === 'notice')) {
    // The model answered that the dossier does not cover the question: that is an answer.
    return {
      answer: { ...answer, coverage: 'not_in_corpus', segments: [notice(NOTICES.notInCorpus)] },
      rejected,
    }
  }
  if (!grounded) {
    const [reason, why] = cut
      ? (['truncated', 'The model stopped before it finished a cited sentence.'] as const)
      : (['unverifiable', 'No sentence of the model’s answer had a valid citation.'] as const)
    throw new ModelFailure(reason, why, { requestId: draft.reply.requestId })
  }
  const coverage = notCovered ? 'partial' : answer.coverage
  const end = cut ? [notice(NOTICES.cutShort)] : []
  return {
    answer: {
      ...answer,
      coverage,
      segments: [...answer.segments, ...end],
      ...(cut && { truncated: true }),
    },
    rejected,
  }
}

const notice = (text: string): Segment => ({ text, kind: 'notice', citations: [], labels: [] })
