/**
 * The promise for checks: every sentence locates itself in the summary, every citation's
 * passage is in the response and quotes it exactly, carrying the label of the sentences it
 * quotes, and the counts add up.
 */
import type { Check } from '../../src/check/schema.ts'
import { quotedStatus } from './promise.ts'

/** The ways `check` of `summary` breaks the promise; empty when it keeps it. */
export function checkViolations(summary: string, check: Check): string[] {
  const out: string[] = []
  const byId = new Map(check.passages.map((p) => [p.id, p]))
  check.sentences.forEach((s, i) => {
    if (summary.slice(s.start, s.end) !== s.text)
      out.push(`sentence ${i}: not at [${s.start}, ${s.end})`)
    for (const c of s.citations) {
      const p = byId.get(c.passageId)
      if (!p) out.push(`sentence ${i}: cites ${c.passageId}, not in passages`)
      else if (p.text.slice(c.start, c.end) !== c.quote) out.push(`sentence ${i}: quote differs`)
      else if (c.status !== quotedStatus(p, c.start, c.end)) {
        out.push(`sentence ${i}: citation labelled ${c.status}, not as the sentences it quotes`)
      }
    }
    if ((s.verdict === 'supported' || s.verdict === 'contested') && s.citations.length === 0) {
      out.push(`sentence ${i}: ${s.verdict} without a citation`)
    }
  })
  const total = Object.values(check.counts).reduce((a, b) => a + b, 0)
  if (total !== check.sentences.length) out.push(`counts add up to ${total}`)
  return out
}
