/**
 * The promise, for `GET /v1/dossier`: every quote of every item (positions, proposal quotes,
 * events, the contested ledger and what conflicts with it, figures) names a passage the response
 * carries, quotes it exactly, and is labelled as that passage is.
 */
import type { QuoteItem } from '../../src/overview/schema.ts'
import type { DossierResponse } from '../../src/response/routes/dossier.ts'

/** Every quote item of the overview, with where it sits, for messages. */
export function quoteItems(body: DossierResponse): Array<[string, QuoteItem]> {
  return [
    ...body.parties.flatMap((p) =>
      p.positions.map((q, i): [string, QuoteItem] => [`${p.id}.positions[${i}]`, q])
    ),
    ...body.proposals.flatMap((p) =>
      p.quotes.map((q, i): [string, QuoteItem] => [`${p.id}.quotes[${i}]`, q])
    ),
    ...body.timeline.map((q, i): [string, QuoteItem] => [`timeline[${i}]`, q]),
    ...body.contested.flatMap((c, i) => [
      [`contested[${i}]`, c] as [string, QuoteItem],
      ...c.conflictsWith.map((q, j): [string, QuoteItem] => [
        `contested[${i}].conflictsWith[${j}]`,
        q,
      ]),
    ]),
    ...body.figures.map((q, i): [string, QuoteItem] => [`figures[${i}]`, q]),
  ]
}

/** Returns the ways `body` breaks the promise; empty when it keeps it. */
export function dossierViolations(body: DossierResponse): string[] {
  const byId = new Map(body.passages.map((p) => [p.id, p]))
  const out: string[] = []
  for (const [where, { citation: c, label }] of quoteItems(body)) {
    const passage = byId.get(c.passageId)
    if (!passage) out.push(`${where}: cites ${c.passageId}, which is not in passages`)
    else if (passage.text.slice(c.start, c.end) !== c.quote) out.push(`${where}: quote differs`)
    else if (passage.status !== label)
      out.push(`${where}: label ${label}, passage ${passage.status}`)
  }
  return out
}
