/**
 * @module verification
 * The verification step owns the promise: every citation names a passage of the dossier and
 * quotes it exactly (`passage.text.slice(start, end) === quote`), every cited passage travels
 * with the answer, and every label is derived from the passages, never taken from the answerer.
 * It runs on every answer, extractive or model, before the answer leaves the worker.
 */

import { citedPassages, labelCitation } from '../answer/passages.ts'
import type { Answer, Citation, Label, Segment } from '../answer/schema.ts'
import { sourcesOf } from '../answer/sources.ts'
import type { Dossier } from '../index/load.ts'
import { attributionWarning, speakerNames } from './attribution.ts'
import { unsupportedSpecifics } from './specifics.ts'

/** A citation that failed verification, and why. */
export interface VerificationProblem {
  segment: number
  citation: Citation
  reason: 'unknown_passage' | 'out_of_range' | 'quote_mismatch'
}

/** What {@link verifyAnswer} returns. */
export interface Verified {
  answer: Answer
  /** Citations removed from the answer. Empty for a sound answer. */
  problems: VerificationProblem[]
}

/** Checks one citation against the dossier. */
export function checkCitation(dossier: Dossier, c: Citation): VerificationProblem['reason'] | null {
  const passage = dossier.byId.get(c.passageId)
  if (!passage) return 'unknown_passage'
  if (!(Number.isInteger(c.start) && Number.isInteger(c.end))) return 'out_of_range'
  if (c.start < 0 || c.end > passage.text.length || c.start >= c.end) return 'out_of_range'
  return passage.text.slice(c.start, c.end) === c.quote ? null : 'quote_mismatch'
}

const LABEL_ORDER: Label[] = ['sourced', 'unsourced', 'contested', 'uncited']

/**
 * Drops citations that fail, labels each citation with the sentences it quotes and every segment
 * from its citations' labels, not the whole passages' (a segment left without a citation is
 * `uncited`, and a quote left without one becomes plain text), and sets
 * `passages` to exactly the cited passages, in first-cited order, and `sources` to their documents.
 *
 * @example
 * ```ts
 * const { answer, problems } = verifyAnswer(dossier, draft)
 * problems.length // 0 for an extractive answer
 * ```
 */
export function verifyAnswer(dossier: Dossier, draft: Answer): Verified {
  const problems: VerificationProblem[] = []
  const cited: string[] = []
  const segments = draft.segments.map((segment, i): Segment => {
    if (segment.kind === 'notice') return { ...segment, citations: [], labels: [] }
    const citations = segment.citations.flatMap((c) => {
      const reason = checkCitation(dossier, c)
      if (reason) problems.push({ segment: i, citation: c, reason })
      const passage = dossier.byId.get(c.passageId)
      return reason === null && passage ? [labelCitation(passage, c)] : []
    })
    const labels = new Set<Label>()
    for (const c of citations) {
      if (!cited.includes(c.passageId)) cited.push(c.passageId)
      if (c.status) labels.add(c.status)
    }
    const kind = segment.kind === 'quote' && citations.length === 0 ? 'text' : segment.kind
    // The answerer's own words may add a detail its quotes lack; verbatim quotes cannot. The
    // name of who speaks is compared with who the dossier says speaks, not with the quote.
    const own = kind === 'text' && citations.length > 0
    const details = own
      ? unsupportedSpecifics(
          dossier.tokenizer,
          segment.text,
          citations.map((c) => c.quote),
          speakerNames(dossier, segment.text)
        )
      : []
    const misattributed = own ? attributionWarning(dossier, segment.text, citations) : undefined
    const warnings = [...details, ...(misattributed ? [misattributed] : [])]
    // A detail no quote holds is not sourced; a sentence left with no label is uncited there.
    if (details.length > 0) labels.delete('sourced')
    if (labels.size === 0) labels.add('uncited')
    const { warnings: _drafted, ...rest } = segment
    return {
      ...rest,
      kind,
      citations,
      labels: LABEL_ORDER.filter((l) => labels.has(l)),
      ...(warnings.length > 0 && { warnings }),
    }
  })
  const passages = citedPassages(dossier, cited)
  const sources = sourcesOf(
    dossier.documents,
    passages.map((p) => p.documentId)
  )
  return { answer: { ...draft, segments, passages, sources }, problems }
}
