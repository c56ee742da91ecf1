/**
 * @module verification/verify-model
 * Turns the model's draft into an answer only through verification: citations resolved against
 * the passages sent (see `model-citations.ts`), rejected ones dropped and reported, then the same
 * checks as every answer. An answer left with no valid citation is not an answer.
 */
import type { ModelDraft } from '../answer/model/answer.ts'
import { ModelFailure } from '../answer/model/failure.ts'
import type { Answer, Citation, Segment } from '../answer/schema.ts'
import type { Dossier } from '../index/load.ts'
import { type CitationRejection, resolveCitation } from './model-citations.ts'
import { verifyAnswer } from './verify.ts'

/** What {@link verifyModelDraft} returns. */
export interface VerifiedModelAnswer {
  answer: Answer
  /** Citations the model gave that were rejected, by block. */
  rejected: { block: number; reason: CitationRejection }[]
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
  const segments: Segment[] = []
  draft.blocks.forEach((block, i) => {
    // Whitespace between cited blocks states nothing.
    if (block.text.trim() === '') return
    const citations: Citation[] = []
    for (const c of block.citations) {
      const resolved = resolveCitation(c, draft.sent)
      if (resolved.ok) citations.push(resolved.citation)
      else rejected.push({ block: i, reason: resolved.reason })
    }
    segments.push({ text: block.text, kind: 'text', citations, labels: [] })
  })
  const { answer } = verifyAnswer(dossier, { ...meta, mode: 'model', segments, passages: [] })
  if (!answer.segments.some((s) => s.citations.length > 0)) {
    throw new ModelFailure(
      'unverifiable',
      'No sentence of the model’s answer had a valid citation.'
    )
  }
  return { answer, rejected }
}
