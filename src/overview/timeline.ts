/**
 * @module overview/timeline
 * Dated events in order. chrono-node reads the dates ("January 22", "last August", "next week",
 * "on Friday") relative to the reporting document's publication date; when the dossier knows that
 * date only as a range, each date is read against both ends and given as the range between, and
 * marked approximate. An event after its document's date stays upcoming whatever today is.
 */
import * as chrono from 'chrono-node'
import type { DocumentSummary } from '../index/artifact.ts'
import { quoteSentence, type SentenceRef } from './quote.ts'
import type { EventDate, TimelineEvent } from './schema.ts'

/**
 * chrono reads "in 2019" or "since 2014" as nothing; a year after one of these words is a date
 * the timeline wants, at year precision.
 */
const YEAR_PARSER: chrono.Parser = {
  pattern: () => /\b(?:in|since|by|until|from)\s+((?:19|20)\d{2})\b(?!\s*[-–])/i,
  extract: (_context, match) => ({ year: Number(match[1]) }),
}
const parser = chrono.en.casual.clone()
parser.parsers.push(YEAR_PARSER)

/** Words before a date that chrono leaves out of its match but a reader needs ("last August"). */
const LEAD_WORD = /\b(?:last|next|this|early|late|mid|mid-)\s*$/i
const DAY_MS = 86_400_000
/** Words that put a sentence's dates ahead of the document. */
const LOOKS_AHEAD = /\b(?:will|next|upcoming|scheduled|plans?|coming|due|expected)\b/i
/** Words chrono reads as a date that date the article, not an event. */
const NOT_EVENTS = /^(?:now|today|currently|right now|at the moment)$/i

const iso = (d: Date) => d.toISOString().slice(0, 10)
const noon = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`)

interface Reading {
  index: number
  text: string
  start: Date
  end: Date
  precision: EventDate['precision']
}

/** One reading of every date in `text`, against `reference`. */
function readDates(text: string, reference: Date): Reading[] {
  return parser
    .parse(text, { instant: reference, timezone: 0 }, { forwardDate: false })
    .filter((r) => !NOT_EVENTS.test(r.text.trim()))
    .map((r) => {
      const known = (c: chrono.Component) => r.start.isCertain(c)
      let start = r.start.date()
      const words = r.text.replace(/[\s,.;:]+$/, '')
      let precision: EventDate['precision'] = 'day'
      // A bare weekday in news copy is the last one ("said on Friday"), unless the sentence
      // looks ahead; chrono picks the nearest, which may be the coming one.
      if (known('weekday') && !known('day') && start > reference && !LOOKS_AHEAD.test(text)) {
        start = new Date(start.getTime() - 7 * DAY_MS)
      }
      let end = r.end?.date() ?? start
      if (/\bweek\b/i.test(words)) {
        precision = 'week'
        end = new Date(start.getTime() + 6 * DAY_MS)
      } else if (/\bweekend\b/i.test(words)) {
        end = new Date(start.getTime() + DAY_MS)
      } else if (!known('day') && !known('weekday') && known('month')) {
        precision = 'month'
        start = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1, 12))
        end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0, 12))
      } else if (!known('day') && !known('weekday') && !known('month') && known('year')) {
        precision = 'year'
        start = new Date(Date.UTC(start.getUTCFullYear(), 0, 1, 12))
        end = new Date(Date.UTC(start.getUTCFullYear(), 11, 31, 12))
      }
      return { index: r.index, text: words, start, end, precision }
    })
}

/** Moves a reading a year back until it lies before `reference`. */
function backBefore(r: Reading, reference: Date): void {
  while (r.start > reference) {
    r.start = new Date(
      Date.UTC(r.start.getUTCFullYear() - 1, r.start.getUTCMonth(), r.start.getUTCDate(), 12)
    )
    r.end = new Date(
      Date.UTC(r.end.getUTCFullYear() - 1, r.end.getUTCMonth(), r.end.getUTCDate(), 12)
    )
  }
}

/**
 * The dated events of one document's sentences.
 *
 * @example
 * ```ts
 * eventsIn(sentencesOf(passages), document) // [{ dateText: 'January 22', date: { start: '2026-01-22', … }, when: 'past', … }]
 * ```
 */
export function eventsIn(sentences: SentenceRef[], document: DocumentSummary): TimelineEvent[] {
  const references = [...new Set([document.date.earliest, document.date.latest])].map(noon)
  const events: TimelineEvent[] = []
  for (const s of sentences) {
    const [first, ...others] = references.map((ref) => readDates(s.text, ref))
    for (const reading of first ?? []) {
      const same = others.map((list) => list.find((r) => r.index === reading.index) ?? reading)
      const all = [reading, ...same].map((r) => ({ ...r }))
      const lead = LEAD_WORD.exec(s.text.slice(0, reading.index))?.[0] ?? ''
      // "last August" against a reference after it: chrono may pick the coming August.
      if (/^last/i.test(lead)) {
        all.forEach((r, i) => {
          backBefore(r, references[i] as Date)
        })
      }
      const start = new Date(Math.min(...all.map((r) => r.start.getTime())))
      const end = new Date(Math.max(...all.map((r) => r.end.getTime())))
      const vague = lead !== '' || reading.precision !== 'day'
      events.push({
        ...quoteSentence(s),
        date: {
          start: iso(start),
          end: iso(end),
          precision: reading.precision,
          approximate: vague || iso(start) !== iso(end),
        },
        dateText: `${lead}${reading.text}`,
        when: all.every((r, i) => r.start > (references[i] as Date)) ? 'upcoming' : 'past',
        documentId: s.passage.documentId,
      })
    }
  }
  return events
}

/** Orders events by date, earliest first; within a date, as the dossier runs. */
export function orderEvents(events: TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(
    (a, b) => a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end)
  )
}
