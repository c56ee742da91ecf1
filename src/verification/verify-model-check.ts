/**
 * @module verification/verify-model-check
 * Reads the model checker's numbered lines ("[2] contradicted: …") back into verdicts, with the
 * citations the API attached to the text of each line, each resolved against the passages sent
 * (as for answers). A line for every sentence, once, with a known verdict, or the output is
 * malformed; a verdict that needs evidence and has no valid citation becomes `unsupported`. A
 * reply the model did not finish is not read at all: its last line may be half a verdict.
 */
import type { ModelReply } from '../answer/model/client.ts'
import { ModelFailure } from '../answer/model/failure.ts'
import type { Citation } from '../answer/schema.ts'
import type { CheckedSentence, Verdict } from '../check/schema.ts'
import type { LabelledPassage } from '../provenance/schema.ts'
import { joinBlocks, resolveCitation, sameCitation } from './model-citations.ts'

const LINE = /\[(\d+)\]\s*(supported|contradicted|unsupported|contested)\s*[:—–-]\s*/gi

/** A summary sentence as the checker sent it: its text and place in the summary. */
export interface SentSentence {
  text: string
  start: number
  end: number
}

/**
 * @example
 * ```ts
 * const sentences = verifyModelCheck(reply, summarySentences, sent)
 * ```
 */
export function verifyModelCheck(
  reply: ModelReply,
  sentences: readonly SentSentence[],
  sent: readonly LabelledPassage[]
): CheckedSentence[] {
  if (reply.truncated) {
    const { stopReason, requestId } = reply
    throw new ModelFailure('truncated', `The model stopped (${stopReason}) before it finished.`, {
      requestId,
    })
  }
  const { text, spans } = joinBlocks(reply.blocks)
  const lines = [...text.matchAll(LINE)]
  const byNumber = new Map<number, CheckedSentence>()
  lines.forEach((m, i) => {
    const n = Number(m[1])
    const sentence = sentences[n - 1]
    if (!sentence || byNumber.has(n)) throw malformed(`a line for sentence ${m[1]} it cannot use`)
    const from = m.index + m[0].length
    const to = lines[i + 1]?.index ?? text.length
    const citations: Citation[] = []
    for (const span of spans) {
      if (span.end <= m.index || span.start >= to) continue
      for (const c of span.citations) {
        const resolved = resolveCitation(c, sent)
        if (resolved.ok && !citations.some((x) => sameCitation(x, resolved.citation))) {
          citations.push(resolved.citation)
        }
      }
    }
    let verdict = (m[2] ?? '').toLowerCase() as Verdict
    let explanation = text.slice(from, to).replace(/\s+/g, ' ').trim() || 'No reason given.'
    if (verdict !== 'unsupported' && citations.length === 0) {
      verdict = 'unsupported'
      explanation = `The model said ${m[2]?.toLowerCase()}, but cited nothing that could be verified.`
    }
    byNumber.set(n, {
      ...sentence,
      verdict,
      confidence: verdict === 'unsupported' ? 0.5 : 0.8,
      citations,
      explanation,
    })
  })
  if (byNumber.size !== sentences.length) {
    throw malformed(`${byNumber.size} of ${sentences.length} sentences judged`)
  }
  return sentences.map((_, i) => byNumber.get(i + 1) as CheckedSentence)
}

function malformed(what: string): ModelFailure {
  return new ModelFailure('malformed', `The model's verdicts could not be read: ${what}.`)
}
