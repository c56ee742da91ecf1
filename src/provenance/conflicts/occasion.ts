/**
 * @module provenance/conflicts/occasion
 * When a clause says something happened: its dates read against the document's date
 * (`language/dates.ts`), without the date of the saying ("said on Friday") or the start of a
 * span ("since October"), and "overnight", "last night", "this morning" or "today" as the
 * document's own day (a night is dated by its morning, as "overnight into Thursday" is).
 * Two figures count one measure only on one occasion, and two dates of one event are compared
 * here too.
 */
import { type DateReading, type DocumentDate, datesIn } from '../../language/dates.ts'
import { type ConflictSentence, isReporting, type Range } from './sentence.ts'

/** A day, week or month a clause refers to. */
export interface Occasion {
  start: string
  end: string
  precision: DateReading['precision']
  /** Where its words start in the sentence's text. */
  index: number
  text: string
  weekday?: number
  when: DateReading['when']
  /** A night's: "last night", "overnight", "overnight into Thursday". */
  night?: boolean
}

const TODAY =
  /\b(?:overnight|this morning|this afternoon|this evening|today|tonight|last night)\b/gi

/** Words that make the date after them a night's: "overnight into", "the night to". */
const NIGHT_BEFORE = /\b(?:overnight|night)\s+(?:into|to|of|on)\s+(?:the\s+)?$/i

const cache = new WeakMap<ConflictSentence, Occasion[]>()

/**
 * Every occasion the sentence's body names, placed in its text. A date right after a reporting
 * verb dates the report, not the event, so it is left out.
 *
 * @example
 * ```ts
 * occasionsOf(sentence) // [{ text: 'on Monday', start: '2031-05-05', precision: 'day', … }]
 * ```
 */
export function occasionsOf(s: ConflictSentence): Occasion[] {
  const hit = cache.get(s)
  if (hit) return hit
  const out: Occasion[] = []
  const date: DocumentDate | undefined = s.date
  if (date) {
    const from = s.bodyStart ?? 0
    const tokens = s.tokens ?? []
    for (const r of datesIn(s.body, date)) {
      const index = r.index + from
      const verb = tokens.filter((t) => t.end <= index && t.pos === 'VERB').at(-1)
      const near = verb && tokens.filter((t) => t.start >= verb.end && t.end <= index).length < 3
      // "said on Friday", "told reporters on Friday": the date of the saying; but "said
      // Sunday's session" dates the session, and "said talks opened on Monday" the opening.
      const possessive = /^[’']s\s/.test(s.text.slice(index + r.text.length))
      if (verb && near && isReporting(verb) && !possessive) continue
      // A live blog's "14:20" is a time of day on the document's date, not an event's date.
      if (/^\d{1,2}[:.]\d{2}\b/.test(r.text)) continue
      // "since October" starts a span; "since Sunday's session" dates the session.
      if (/\b(?:since|from)\s*$/i.test(s.text.slice(0, index)) && !possessive) continue
      // "last night" is the night that ended on the document's day: an overnight count is
      // dated by its morning, as "overnight into Thursday" is by the Thursday.
      const night = /^last night$/i.test(r.text.trim())
      out.push({
        start: night ? date.earliest : r.start,
        end: night ? date.latest : r.end,
        precision: r.precision,
        index,
        text: r.text,
        when: r.when,
        ...(r.weekday !== undefined && { weekday: r.weekday }),
        ...((night || NIGHT_BEFORE.test(s.text.slice(0, index))) && { night: true }),
      })
    }
    for (const m of s.body.matchAll(TODAY)) {
      const index = m.index + from
      if (out.some((o) => o.index <= index && index < o.index + o.text.length)) continue
      // "overnight into Thursday", "the night to 17 November": the date that follows is the
      // night's, not the document's day.
      const end = index + m[0].length
      const dated = out.some((o) => o.index >= end && o.index - end <= 12)
      if (dated && /^\s+(?:into|to|on)\b/i.test(s.text.slice(end))) continue
      out.push({
        start: date.earliest,
        end: date.latest,
        precision: 'day',
        index,
        text: m[0],
        when: 'past',
        ...(/night/i.test(m[0]) && { night: true }),
      })
    }
  }
  cache.set(s, out)
  return out
}

/** The occasions inside one clause of the sentence. */
export const occasionsIn = (s: ConflictSentence, clause: Range) =>
  occasionsOf(s).filter((o) => o.index >= clause.start && o.index < clause.end)

/** Whether two spans of days share a day. */
export const overlap = (a: { start: string; end: string }, b: { start: string; end: string }) =>
  a.start <= b.end && b.start <= a.end

/**
 * Whether two clauses can speak of one occasion: either names none, or they name one of the
 * same precision that overlaps. A night's count and a week's total are different measures even
 * when the week holds the night.
 */
export function sameOccasion(a: Occasion[], b: Occasion[]): boolean {
  if (a.length === 0 || b.length === 0) return true
  return a.some((x) => b.some((y) => x.precision === y.precision && overlap(x, y)))
}

/**
 * The days a report's undated news falls on: its own day and the night or day before it ("Hours
 * before the session opened, Ostland fired 286 drones"; "the memorandum was initialled").
 *
 * @example
 * ```ts
 * reportDays({ earliest: '2031-05-07', latest: '2031-05-07', stated: true }, 12).start // '2031-05-06'
 * ```
 */
export function reportDays(date: DocumentDate, index = 0): Occasion {
  const before = new Date(Date.parse(`${date.earliest}T12:00:00Z`) - 86_400_000)
  const start = before.toISOString().slice(0, 10)
  return { start, end: date.latest, precision: 'day', index, text: '', when: 'past' }
}
