/**
 * @module overview/timeline
 * Dated events in order, one per date a sentence gives. The dates are read by the language step
 * (`language/dates.ts`) against the reporting document's date, so an event after its document's
 * date stays upcoming whatever today is.
 */
import type { DocumentSummary } from '../index/artifact.ts'
import { datesIn } from '../language/dates.ts'
import { quoteSentence, type SentenceRef } from './quote.ts'
import type { TimelineEvent } from './schema.ts'

/**
 * The dated events of one document's sentences.
 *
 * @example
 * ```ts
 * eventsIn(sentencesOf(passages), document) // [{ dateText: 'January 22', date: { start: '2026-01-22', … }, when: 'past', … }]
 * ```
 */
export function eventsIn(sentences: SentenceRef[], document: DocumentSummary): TimelineEvent[] {
  return sentences.flatMap((s) =>
    datesIn(s.text, document.date).map(({ index: _, text, when, weekday: __, ...date }) => ({
      ...quoteSentence(s),
      date,
      dateText: text,
      when,
      documentId: s.passage.documentId,
    }))
  )
}

/** Orders events by date, earliest first; within a date, as the dossier runs. */
export function orderEvents(events: TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(
    (a, b) => a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end)
  )
}
