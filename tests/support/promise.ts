/**
 * The promise, as one check every test and the evaluation apply to every answer: each citation's
 * passage is in the response and quotes it exactly, and labels follow from the sentences each
 * citation quotes (as the passage in the response labels them), not from the whole passage.
 */
import type { Answer, ApiPassage } from '../../src/answer/schema.ts'

/** The label of the sentences of `passage` that `[start, end)` lies in. */
export function quotedStatus(passage: ApiPassage, start: number, end: number): string {
  const under = passage.sentences.filter((s) => s.start < end && start < s.end)
  if (under.length === 0) return passage.status
  const statuses = under.map((s) => s.status)
  if (statuses.includes('contested')) return 'contested'
  return statuses.includes('sourced') ? 'sourced' : 'unsourced'
}

/** Returns the ways `answer` breaks the promise; empty when it keeps it. */
export function promiseViolations(answer: Answer): string[] {
  const out: string[] = []
  const byId = new Map(answer.passages.map((p) => [p.id, p]))
  answer.segments.forEach((segment, i) => {
    const statuses = new Set<string>()
    for (const c of segment.citations) {
      const passage = byId.get(c.passageId)
      if (!passage) {
        out.push(`segment ${i}: cites ${c.passageId}, which is not in passages`)
        continue
      }
      if (passage.text.slice(c.start, c.end) !== c.quote) {
        out.push(`segment ${i}: quote differs from ${c.passageId}[${c.start}, ${c.end})`)
      }
      const status = quotedStatus(passage, c.start, c.end)
      if (c.status !== status) {
        out.push(`segment ${i}: citation of ${c.passageId} labelled ${c.status}, not ${status}`)
      }
      statuses.add(status)
    }
    if (segment.kind === 'quote' && segment.citations.length === 0) {
      out.push(`segment ${i}: a quote without a citation`)
    }
    if (segment.kind === 'quote' && segment.citations.every((c) => c.quote !== segment.text)) {
      out.push(`segment ${i}: quote text is not its citation's quote`)
    }
    for (const s of statuses) {
      if (!segment.labels.includes(s as never)) out.push(`segment ${i}: lacks label ${s}`)
    }
    // Uncited: a segment with no citation, or the answerer's own words with a detail (a
    // number, a date, a name) no quote holds, which a warning names.
    const uncited = segment.kind !== 'notice' && segment.citations.length === 0
    const detail = segment.kind === 'text' && (segment.warnings?.length ?? 0) > 0
    if (segment.labels.includes('uncited') ? !(uncited || detail) : uncited) {
      out.push(`segment ${i}: 'uncited' label is ${!uncited}, should be ${uncited}`)
    }
  })
  return out
}
