/**
 * @module answer/sources
 * The documents an answer quotes, as a reader's source list: title, publisher, date written as a
 * reader reads dates, and a link when the document's front matter gives one.
 */
import { z } from '@hono/zod-openapi'
import type { DocumentSummary } from '../index/artifact.ts'
import { MONTH_NAMES } from '../passages/words.ts'

export const SourceSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  date: z.object({ earliest: z.string(), latest: z.string(), stated: z.boolean() }),
  /** The date as a reader reads it: "26 January 2026", or "Undated; written between …". */
  dateText: z.string(),
  url: z.string().optional(),
})
export type Source = z.infer<typeof SourceSchema>

/** `2026-01-26` as "26 January 2026". */
function day(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  return `${d} ${MONTH_NAMES[(m ?? 1) - 1]} ${y}`
}

/**
 * A document's date as a reader reads it: the day when the document states it, else the span it
 * was written in, saying the month and year once where they are shared.
 *
 * @example
 * ```ts
 * readerDate({ earliest: '2026-01-26', latest: '2026-01-31', stated: false })
 * // 'Undated; written between 26 and 31 January 2026'
 * ```
 */
export function readerDate(date: DocumentSummary['date']): string {
  if (date.stated || date.earliest === date.latest) return day(date.latest)
  const [from, to] = [day(date.earliest), day(date.latest)]
  const [fd, fm, fy] = from.split(' ')
  const [, tm, ty] = to.split(' ')
  const start = fy !== ty ? from : fm !== tm ? `${fd} ${fm}` : fd
  return `Undated; written between ${start} and ${to}`
}

/**
 * The documents of `documentIds`, in that order, as sources.
 *
 * @example
 * ```ts
 * sourcesOf(dossier.documents, ['report-one'])[0]?.dateText // '26 January 2026'
 * ```
 */
export function sourcesOf(
  documents: readonly DocumentSummary[],
  documentIds: Iterable<string>
): Source[] {
  const byId = new Map(documents.map((d) => [d.id, d]))
  return [...new Set(documentIds)].flatMap((id) => {
    const d = byId.get(id)
    if (!d) return []
    return [
      {
        documentId: d.id,
        title: d.title,
        publisher: d.publisher,
        date: d.date,
        dateText: readerDate(d.date),
        ...(d.url && { url: d.url }),
      },
    ]
  })
}
