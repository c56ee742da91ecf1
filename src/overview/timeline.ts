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
  return sentences.flatMap((s, i) => {
    const dates = datesIn(s.text, document.date)
    // A live blog's timestamp on a line of its own ("09:40") dates the entry under it, unless
    // that entry dates itself.
    const entry = sentences[i + 1]
    const stamp = dates.length === 1 && dates[0]?.text === s.text.trim()
    if (stamp && entry?.passage === s.passage) {
      return datesIn(entry.text, document.date).length > 0 ? [] : eventsOf(entry, dates)
    }
    return eventsOf(s, dates)
  })
}

function eventsOf(s: SentenceRef, dates: ReturnType<typeof datesIn>): TimelineEvent[] {
  return dates.map(({ index: _, text, when, weekday: __, ...date }) => ({
    ...quoteSentence(s),
    date,
    dateText: text,
    when,
    documentId: s.passage.documentId,
  }))
}

/** Orders events by date, earliest first; within a date, as the dossier runs. */
export function orderEvents(events: TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(
    (a, b) => a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end)
  )
}
