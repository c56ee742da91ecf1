/**
 * @module overview/timeline
 * Dated events in order, one per date a sentence gives. The dates are read by the language step
 * (`language/dates.ts`) against the reporting document's date, so an event after its document's
 * date stays upcoming whatever today is.
 */
import type { DocumentSummary } from '../index/artifact.ts'
import { type DateReading, datesIn } from '../language/dates.ts'
import { quoteOf, type SentenceRef } from './quote.ts'
import type { TimelineEvent } from './schema.ts'

/** Where a sentence's clauses part: a date's event is quoted up to the clause of the next date. */
const BOUNDARY = /[;:—()]|,\s/g

/**
 * The dated events of one document's sentences. A sentence that gives several dates ("met on
 * Wednesday, in a round that opened on Tuesday") gives an event for each, each quoted from the
 * end of the previous date's clause to the start of the next date's.
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

/** One event per date, each quoted with its own clause of `s`. */
function eventsOf(s: SentenceRef, readings: DateReading[]): TimelineEvent[] {
  // The cut between two dates: the last clause boundary between them, else right after the first.
  const cuts = readings.slice(1).map((next, k) => {
    const prev = readings[k] as DateReading
    const from = prev.index + prev.text.length
    let cut = from
    for (const m of s.text.slice(from, next.index).matchAll(BOUNDARY)) cut = from + m.index
    return cut
  })
  return readings.map(({ index: _, text, when, weekday: __, ...date }, k) => {
    const start = k === 0 ? 0 : firstWord(s.text, cuts[k - 1] as number)
    const end = k === readings.length - 1 ? s.text.length : (cuts[k] as number)
    return {
      ...quoteOf(s.passage, s.start + start, s.start + end),
      date,
      dateText: text,
      when,
      documentId: s.passage.documentId,
    }
  })
}

/** The first letter or digit at or after `at`: a quote starts at a word, not at its comma. */
function firstWord(text: string, at: number): number {
  const m = /[\p{L}\p{N}‘“"']/u.exec(text.slice(at))
  return m ? at + m.index : at
}

/** Orders events by date, earliest first; within a date, as the dossier runs. */
export function orderEvents(events: TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(
    (a, b) => a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end)
  )
}
