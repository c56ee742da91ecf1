/**
 * @module check
 * The check step owns judging a newsroom summary against the dossier, sentence by sentence:
 * `supported`, `contradicted`, `unsupported`, or `contested`, each with the quotes that decide it
 * and one sentence saying what decided it. It stands beside the answer step and shares
 * retrieval before it and verification after it.
 */
// From @hono/zod-openapi, not zod: the response schemas call `.openapi()` on these, which needs
// zod extended before they are created, whichever module happens to import them first.
import { z } from '@hono/zod-openapi'
import { ApiPassageSchema, CitationSchema, DegradedReasonSchema } from '../answer/schema.ts'

export const VerdictSchema = z.enum(['supported', 'contradicted', 'unsupported', 'contested'])
export type Verdict = z.infer<typeof VerdictSchema>

export const CheckedSentenceSchema = z.object({
  text: z.string(),
  /** Where the sentence sits in the submitted summary: `summary.slice(start, end) === text`. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  verdict: VerdictSchema,
  /** How sure the checker is, 0–1. */
  confidence: z.number().min(0).max(1),
  citations: z.array(CitationSchema),
  /** One sentence: what decided the verdict. */
  explanation: z.string(),
})
export type CheckedSentence = z.infer<typeof CheckedSentenceSchema>

export const CheckSchema = z.object({
  id: z.string(),
  mode: z.enum(['extractive', 'model']),
  sentences: z.array(CheckedSentenceSchema),
  counts: z.record(VerdictSchema, z.number().int().min(0)),
  /** Every passage a citation names, so each quote can be checked against its passage. */
  passages: z.array(ApiPassageSchema),
  /** Set when the model was asked but failed, and the extractive checker's verdicts stand in. */
  degraded: z.object({ reason: DegradedReasonSchema }).optional(),
})
export type Check = z.infer<typeof CheckSchema>

/** How many sentences got each verdict. */
export function countVerdicts(sentences: readonly CheckedSentence[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = {
    supported: 0,
    contradicted: 0,
    unsupported: 0,
    contested: 0,
  }
  for (const s of sentences) counts[s.verdict]++
  return counts
}
