/**
 * The summary-check evaluation: sentences with gold verdicts, run one by one, scored as
 * exact-verdict accuracy, a confusion matrix, and the rate of false `supported` — the costly
 * error for an editor.
 */
import { parse } from 'yaml'
import { z } from 'zod'
import type { Check, Verdict } from '../../src/check/schema.ts'

const VERDICTS = ['supported', 'contradicted', 'unsupported', 'contested'] as const

const ItemSchema = z.strictObject({
  id: z.string(),
  kind: z.string(),
  sentence: z.string(),
  verdict: z.enum(VERDICTS),
  evidence: z.array(z.string()).default([]),
})
export type CheckItem = z.infer<typeof ItemSchema>

export function parseCheckItems(yaml: string): CheckItem[] {
  return z.array(ItemSchema).parse(parse(yaml))
}

export interface CheckReport {
  items: { item: CheckItem; got: Verdict; check: Check }[]
  accuracy: number
  /** Share of sentences called `supported` whose gold verdict is not. */
  falseSupportedRate: number
  /** `confusion[gold][got]`. */
  confusion: Record<Verdict, Record<Verdict, number>>
  citations: number
  validCitations: number
}

/** Checks each sentence alone (as one-sentence summaries) with `check`, and scores the verdicts. */
export async function evaluateChecks(
  items: CheckItem[],
  check: (summary: string) => Promise<Check>
): Promise<CheckReport> {
  const confusion = Object.fromEntries(
    VERDICTS.map((g) => [g, Object.fromEntries(VERDICTS.map((v) => [v, 0]))])
  ) as CheckReport['confusion']
  const results: CheckReport['items'] = []
  let citations = 0
  let validCitations = 0
  for (const item of items) {
    const result = await check(item.sentence)
    // One sentence in, one verdict out: a split would be a splitter error, judged by the first.
    const got = result.sentences[0]?.verdict ?? 'unsupported'
    confusion[item.verdict][got]++
    results.push({ item, got, check: result })
    for (const s of result.sentences) {
      for (const c of s.citations) {
        citations++
        const p = result.passages.find((x) => x.id === c.passageId)
        if (p?.text.slice(c.start, c.end) === c.quote) validCitations++
      }
    }
  }
  const correct = results.filter((r) => r.got === r.item.verdict).length
  const saidSupported = results.filter((r) => r.got === 'supported')
  return {
    items: results,
    accuracy: correct / Math.max(1, results.length),
    falseSupportedRate:
      saidSupported.filter((r) => r.item.verdict !== 'supported').length /
      Math.max(1, results.length),
    confusion,
    citations,
    validCitations,
  }
}

export function formatCheckReport(report: CheckReport): string {
  const head = `gold \\ got      ${VERDICTS.map((v) => v.slice(0, 12).padStart(13)).join('')}`
  const rows = VERDICTS.map(
    (g) =>
      `${g.padEnd(16)}${VERDICTS.map((v) => String(report.confusion[g][v]).padStart(13)).join('')}`
  )
  const wrong = report.items
    .filter((r) => r.got !== r.item.verdict)
    .map(
      (r) =>
        `  ${r.item.id}: gold ${r.item.verdict}, got ${r.got} — ${r.check.sentences[0]?.explanation ?? ''}`
    )
  return [
    `summary sentences         ${report.items.length}`,
    `exact-verdict accuracy    ${report.accuracy.toFixed(3)}`,
    `false "supported" rate    ${report.falseSupportedRate.toFixed(3)}`,
    `citation validity         ${(report.validCitations / Math.max(1, report.citations)).toFixed(3)} (${report.citations} citations)`,
    '',
    head,
    ...rows,
    '',
    'wrong verdicts:',
    ...wrong,
  ].join('\n')
}
