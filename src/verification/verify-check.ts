/**
 * @module verification/verify-check
 * The promise for checks, as for answers: every citation names a passage of the dossier and
 * quotes it exactly, and the passages it names travel with the check. A sentence whose
 * `supported` or `contested` verdict loses its only citation cannot keep that verdict. Each
 * citation is labelled with the sentences it quotes.
 */
import { citedPassages, labelCitation } from '../answer/passages.ts'
import { type Check, countVerdicts } from '../check/schema.ts'
import type { Dossier } from '../index/load.ts'
import { checkCitation } from './verify.ts'

/**
 * @example
 * ```ts
 * const verified = verifyCheck(dossier, checkExtractive(dossier, summary, id))
 * ```
 */
export function verifyCheck(dossier: Dossier, check: Check): Check {
  const sentences = check.sentences.map((s) => {
    // Each quote carries the label of the sentences it lies in, as answers' quotes do.
    const citations = s.citations.flatMap((c) => {
      const passage = dossier.byId.get(c.passageId)
      return checkCitation(dossier, c) === null && passage ? [labelCitation(passage, c)] : []
    })
    if (citations.length === 0 && (s.verdict === 'supported' || s.verdict === 'contested')) {
      return {
        ...s,
        citations,
        verdict: 'unsupported' as const,
        explanation: 'The passage that would decide it could not be verified.',
      }
    }
    return { ...s, citations }
  })
  const counts = countVerdicts(sentences)
  const cited = [...new Set(sentences.flatMap((s) => s.citations.map((c) => c.passageId)))]
  return { ...check, sentences, counts, passages: citedPassages(dossier, cited) }
}
