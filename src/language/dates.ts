/**
 * @module language/dates
 * Reads the dates of a sentence against the date of the document that prints it. chrono-node
 * reads the words ("March 3", "last October", "next month", "on Friday"); this file resolves
 * them the way news copy means them: a bare weekday is the last one unless the sentence looks
 * ahead, "last October" lies before the document, and when the dossier knows the document's date
 * only as a range each date is read against both ends and given as the range between. The
 * timeline, conflicts and checks all read dates here, so one sentence has one date everywhere.
 */
import * as chrono from 'chrono-node'
import { MONTH_NAMES, NUMBER_WORDS } from '../passages/words.ts'

/** A date as a range of days, with how precisely the text gives it. */
export interface DateSpan {
  /** First possible day, `YYYY-MM-DD`. */
  start: string
  /** Last possible day; equal to `start` for one known day. */
  end: string
  precision: 'day' | 'week' | 'month' | 'year'
  /** True when the words are vague ("in the spring") or the document's own date is a range. */
  approximate: boolean
}

/** One date a sentence gives, resolved against its document's date. */
export interface DateReading extends DateSpan {
  /** Where the date's words start in the sentence. */
  index: number
  /** The words that date it, as written, e.g. "last October". */
  text: string
  /** Whether the date lies after the document's date (a vote still to come). */
  when: 'past' | 'upcoming'
  /** The weekday the text names ("on Friday, January 23"), when it names one. */
  weekday?: number
}

/** The date of the document that prints a sentence: one day, or a range when not known. */
export interface DocumentDate {
  earliest: string
  latest: string
}
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

/** Words before a date that chrono leaves out of its match but a reader needs ("last October"). */
const LEAD_WORD = /\b(?:last|next|this|early|late|mid|mid-)\s*$/i
const DAY_MS = 86_400_000
/** Words that put a sentence's dates ahead of the document. */
const LOOKS_AHEAD =
  /\b(?:will|would|next|upcoming|scheduled|plans?|planned|slated|pencil+ed|coming|due|expects?|expected)\b/i
/** "To be discussed", "to be held": a plan; not after a verb of saying ("said to be signed"). */
const TO_BE_DONE = String.raw`(?<!(?:said|reported|believed|thought|understood|known|alleged|claimed|rumou?red)\s)to be [a-z]+(?:ed|en|held|met|set|put)`
/**
 * A weekday a plan or an expectation is set for ("planned for Sunday", "expect an answer by
 * Thursday", "will resume on Monday", a timetable's "talks resume at 10:00 on Thursday", "to be
 * discussed by ministers on Thursday"): the coming one, even where chrono picks the last.
 */
const SET_FOR = new RegExp(
  String.raw`\b(?:will|scheduled|planned|slated|pencil+ed|due|expects?|expected|resumes?|reconvenes?|${TO_BE_DONE})\b(?:\s+[^\s.;]+){0,8}?\s+(?:for|by|on|until|till)\s+(?:next\s+)?$`,
  'i'
)
/** "the night of 17 to 18 November": a night named by the two days it spans. */
const NIGHT_OF =
  /\bnight\s+of\s+(\d{1,2})\s*(?:to|into|[-–])\s*(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b/gi
/** Words chrono reads as a date that date the text itself, not an event. */
const NOT_EVENTS = /^(?:now|today|currently|right now|at the moment)$/i

/** A time of day on its own ("at 00:01", "14:30 GMT", "09:20 CET", "midnight"). */
const CLOCK =
  /^(?:at\s+)?(?:\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[a-z]{3,4}))?|midnight|midday|noon)$/i

/**
 * Whether a reading is a time of day alone, naming no day of its own: a live blog's "09:20
 * CET", "at 08:00".
 *
 * @example
 * ```ts
 * isClock('14:05 GMT') // true
 * isClock('on Tuesday') // false
 * ```
 */
export const isClock = (text: string) => CLOCK.test(text.trim())
/** Words that make a weekday the start of something ("from Thursday", "starting Monday"). */
const ONSET = /\b(?:from|starting|beginning|as of)\s+$/i
/** …unless a range closes it ("from Monday to Wednesday"): then it is a span like any other. */
const ONSET_END = /^[\s,]*(?:to|until|till|through|and)\b/i
/** "the last week of April": which week of the month a month's reading is narrowed to. */
const WEEK_OF = /\b(first|second|third|fourth|last|final)\s+week\s+of\s+$/i
const WEEK_INDEX: Record<string, number> = { first: 0, second: 1, third: 2, fourth: 3 }

const iso = (d: Date) => d.toISOString().slice(0, 10)
const noon = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`)

interface Reading {
  index: number
  text: string
  start: Date
  end: Date
  precision: DateSpan['precision']
}

/** "the week to March 8", "the week ending Sunday": the seven days up to a day. */
const WEEK_TO = /\bweek\s+(?:to|ending|ended|through|until)\s+(.+)$/i

/**
 * The seven days up to a day chrono read apart from its week ("in the week" + "ending March 8"),
 * as one reading; readings without such a pair pass through.
 */
function weeksTo(text: string, readings: Reading[]): Reading[] {
  const out: Reading[] = []
  for (let i = 0; i < readings.length; i++) {
    const r = readings[i] as Reading
    const next = readings[i + 1]
    const between = next && text.slice(r.index + r.text.length, next.index)
    if (
      next &&
      /\bweek$/i.test(r.text) &&
      between !== undefined &&
      /^\s+(?:to|ending|ended|through|until)\s+$/i.test(between) &&
      next.precision === 'day'
    ) {
      const end = next.start
      out.push({
        index: r.index,
        text: text.slice(r.index, next.index + next.text.length),
        start: new Date(end.getTime() - 6 * DAY_MS),
        end,
        precision: 'week',
      })
      i++
    } else out.push(r)
  }
  return out
}

/** A weekday's abbreviation written in lower case: a word of its own ("sat", "sun", "wed"). */
const WORD_NOT_WEEKDAY = /^(?:on\s+)?(?:mon|tues?|wed|thu|thurs?|fri|sat|sun)$/

/** One reading of every date in `text`, against `reference`. */
function readAgainst(text: string, reference: Date): Reading[] {
  const nights = nightsOf(text, reference)
  // "sat down", "the sun", "will wed": a lower-case weekday abbreviation is a word, not a day.
  const all = [
    ...nights,
    ...weeksTo(text, readEach(text, reference)).filter(
      (r) =>
        !nights.some((n) => r.index < n.index + n.text.length && n.index < r.index + r.text.length)
    ),
  ].filter((r) => !WORD_NOT_WEEKDAY.test(r.text))
  // "at 00:01 local time on Thursday": a time of day names the day only when nothing else does
  // (a live blog's "09:12 GMT —" is the blog's day).
  const dated = all.some((r) => !isClock(r.text))
  const read = dated ? all.filter((r) => !isClock(r.text)) : all
  // "last week" inside "the last week of April" is part of the month's reading, not its own.
  return read.filter(
    (r) =>
      !read.some(
        (o) =>
          o.text.length > r.text.length &&
          o.index <= r.index &&
          r.index + r.text.length <= o.index + o.text.length
      )
  )
}

/**
 * "the night of 17 to 18 November", which chrono misreads: the two days, in the year the
 * reference's month puts them (a month after the reference's is last year's).
 */
function nightsOf(text: string, reference: Date): Reading[] {
  return [...text.matchAll(NIGHT_OF)].map((m) => {
    const month = MONTH_NAMES.findIndex((n) => n.toLowerCase() === (m[3] ?? '').toLowerCase())
    let year = reference.getUTCFullYear()
    if (month > reference.getUTCMonth()) year--
    const day = (d: string | undefined) => new Date(Date.UTC(year, month, Number(d), 12))
    return { index: m.index, text: m[0], start: day(m[1]), end: day(m[2]), precision: 'day' }
  })
}

/** Each of chrono's readings of `text`, resolved as news copy means it. */
function readEach(text: string, reference: Date): Reading[] {
  return parser
    .parse(text, { instant: reference, timezone: 0 }, { forwardDate: false })
    .filter((r) => !NOT_EVENTS.test(r.text.trim()))
    .map((r) => {
      const known = (c: chrono.Component) => r.start.isCertain(c)
      let start = r.start.date()
      const words = r.text.replace(/[\s,.;:]+$/, '')
      let precision: DateSpan['precision'] = 'day'
      // A bare weekday in news copy is the last one ("said on Friday"), unless the sentence
      // looks ahead or the weekday starts what is to come ("from Thursday"); chrono picks the
      // nearest, which may be the coming one.
      const onset =
        ONSET.test(text.slice(0, r.index)) && !ONSET_END.test(text.slice(r.index + r.text.length))
      // Its own clause only: "the swap agreed on Wednesday is real, and the relief it will
      // bring…" looks back; what follows the date past a comma is another clause.
      const clause =
        text.slice(0, r.index + r.text.length) +
        (/^[^,;.]*/.exec(text.slice(r.index + r.text.length))?.[0] ?? '')
      const ahead = LOOKS_AHEAD.test(clause) || onset
      // By day: "Tuesday evening" in a Tuesday's article is that day, though after its noon.
      const later = start.toISOString().slice(0, 10) > reference.toISOString().slice(0, 10)
      if (known('weekday') && !known('day') && later && !ahead) {
        start = new Date(start.getTime() - 7 * DAY_MS)
      }
      const earlier = start.toISOString().slice(0, 10) < reference.toISOString().slice(0, 10)
      // What comes before the weekday itself, a time of day in the reading included ("resume
      // at 10:00 on Thursday").
      const weekday = /\b\p{L}+day\b/iu.exec(r.text)
      const before = text.slice(0, r.index + (weekday?.index ?? 0))
      if (known('weekday') && !known('day') && earlier && SET_FOR.test(before)) {
        start = new Date(start.getTime() + 7 * DAY_MS)
      }
      let end = r.end?.date() ?? start
      const weekOf = WEEK_OF.exec(text.slice(0, r.index))
      if (weekOf && !known('day') && !known('weekday') && known('month')) {
        // "the last week of April": the month's last seven days; "the second week": days 8–14.
        const year = start.getUTCFullYear()
        const month = start.getUTCMonth()
        const n = WEEK_INDEX[(weekOf[1] ?? '').toLowerCase()]
        const last = new Date(Date.UTC(year, month + 1, 0, 12))
        start =
          n === undefined
            ? new Date(last.getTime() - 6 * DAY_MS)
            : new Date(Date.UTC(year, month, 1 + 7 * n, 12))
        end = n === undefined ? last : new Date(start.getTime() + 6 * DAY_MS)
        return { index: weekOf.index, text: `${weekOf[0]}${words}`, start, end, precision: 'week' }
      }
      const to = WEEK_TO.exec(words)
      const until = to?.[1] && parser.parseDate(to[1], { instant: reference, timezone: 0 })
      if (until) {
        precision = 'week'
        end = until
        start = new Date(end.getTime() - 6 * DAY_MS)
      } else if (/\bweek\b/i.test(words)) {
        precision = 'week'
        end = new Date(start.getTime() + 6 * DAY_MS)
      } else if (/\bweekend\b/i.test(words)) {
        // A weekend is its Saturday and Sunday, whichever of them the parser lands on; "this
        // weekend" written on one of them is that one.
        const today = (reference.getUTCDay() + 1) % 7
        const from = /\bthis\s+weekend\b/i.test(words) && today < 2 ? reference : start
        start = new Date(from.getTime() - ((from.getUTCDay() + 1) % 7) * DAY_MS)
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
 * "a day after the call", "two weeks before the vote": a span from another event, not from the
 * document. chrono counts it from the document's date; news copy counts it from the date the
 * sentence gave just before ("on Saturday, a day after the call": the call was on Friday).
 */
const FROM_EVENT =
  /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(day|week)s?\s+(after|before)$/i
const COUNTS: Readonly<Record<string, number>> = { a: 1, an: 1, ...NUMBER_WORDS }

/** `reading` moved to be `FROM_EVENT`'s span from `anchor`, or undefined with no anchor. */
function fromEvent(reading: DateReading, anchor: DateReading | undefined, latest: Date) {
  const m = FROM_EVENT.exec(reading.text)
  if (!m) return reading
  if (!anchor) return undefined
  const n =
    (COUNTS[(m[1] ?? '').toLowerCase()] ?? Number(m[1])) * (/week/i.test(m[2] ?? '') ? 7 : 1)
  // "on Saturday, a day after the call": the call lies a day before Saturday.
  const shift = (/after/i.test(m[3] ?? '') ? -n : n) * DAY_MS
  const start = new Date(noon(anchor.start).getTime() + shift)
  const end = new Date(noon(anchor.end).getTime() + shift)
  const { weekday: _, ...rest } = reading
  return {
    ...rest,
    start: iso(start),
    end: iso(end),
    precision: anchor.precision,
    approximate: anchor.approximate,
    when: start > latest ? ('upcoming' as const) : ('past' as const),
  }
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']

/**
 * Every date `text` gives, read against `date`, the date of the document it stands in.
 *
 * @example
 * ```ts
 * datesIn('They met last October.', { earliest: '2026-01-20', latest: '2026-01-20' })
 * // [{ text: 'last October', start: '2025-10-01', end: '2025-10-31', precision: 'month', … }]
 * ```
 */
export function datesIn(text: string, date: DocumentDate): DateReading[] {
  const references = [...new Set([date.earliest, date.latest])].map(noon)
  const out: DateReading[] = []
  const [first, ...others] = references.map((ref) => readAgainst(text, ref))
  for (const reading of first ?? []) {
    const same = others.map((list) => list.find((r) => r.index === reading.index) ?? reading)
    const all = [reading, ...same].map((r) => ({ ...r }))
    const lead = LEAD_WORD.exec(text.slice(0, reading.index))?.[0] ?? ''
    // "last October" against a reference after it: chrono may pick the coming October.
    if (/^last/i.test(lead)) {
      all.forEach((r, i) => {
        backBefore(r, references[i] as Date)
      })
    }
    const start = new Date(Math.min(...all.map((r) => r.start.getTime())))
    const end = new Date(Math.max(...all.map((r) => r.end.getTime())))
    const vague = lead !== '' || reading.precision !== 'day'
    const named = WEEKDAYS.findIndex((d) => reading.text.toLowerCase().includes(d))
    out.push({
      index: reading.index - lead.length,
      text: `${lead}${reading.text}`,
      start: iso(start),
      end: iso(end),
      precision: reading.precision,
      approximate: vague || iso(start) !== iso(end),
      when: all.every((r, i) => r.start > (references[i] as Date)) ? 'upcoming' : 'past',
      ...(named >= 0 ? { weekday: named } : {}),
    })
  }
  const latest = references.at(-1) as Date
  return out.flatMap((r, i) => {
    const read = fromEvent(r, out[i - 1], latest)
    const bounded =
      read &&
      bound(read, text.slice(0, read.index), text.slice(read.index + read.text.length), date)
    return bounded ? [bounded] : []
  })
}

/** A count of units of time: "after eleven months", "for three weeks". */
const SPAN = /^(?:after|for|in|within|over)\s+\S+\s+(?:days?|weeks?|months?|years?)$/i
/**
 * How long something lasts, never when: "for a month", "lasted for three days", "will last 45
 * days", "the last two weeks" (which chrono reads as the one day that many days back).
 */
const DURATION =
  /^(?:(?:last(?:s|ed|ing)?\s+)?for\s+(?:a|an|\S+|a few|several)|last\s+(?:\S+|a few))\s+(?:days?|weeks?|months?|years?)$/i

/**
 * A reading as the words around it bound it: "before the weekend" is the days from the
 * document's to the eve of it; "later in the week" is the rest of the document's week, not the
 * next; "after eleven months of talks" is a span of something, and "for a month" a duration:
 * no date.
 */
function bound(
  r: DateReading,
  before: string,
  after: string,
  date: DocumentDate
): DateReading | undefined {
  if (SPAN.test(r.text) && /^\s+of\b/i.test(after)) return undefined
  if (DURATION.test(r.text)) return undefined
  const day = (iso: string, by: number) =>
    new Date(Date.parse(`${iso}T12:00:00Z`) + by * DAY_MS).toISOString().slice(0, 10)
  const weekday = new Date(`${date.earliest}T12:00:00Z`).getUTCDay()
  if (/\bbefore\s+(?:the\s+)?$/i.test(before)) {
    // "before the weekend": the coming one, whatever weekend the parser lands on.
    const eve = /weekend/i.test(r.text) ? day(date.earliest, (5 - weekday + 7) % 7) : undefined
    if (eve) return { ...r, start: date.earliest, end: eve, approximate: true, when: 'upcoming' }
    if (r.when === 'upcoming') {
      return { ...r, start: date.earliest, end: day(r.start, -1), approximate: true }
    }
  }
  // "June 15 and 16", "12 and 13 January", "3-5 March": one span of days of one month.
  if (r.precision === 'day' && r.start === r.end) {
    const [y, m, d] = r.start.split('-').map(Number) as [number, number, number]
    const at = (n: number) => `${y}-${String(m).padStart(2, '0')}-${String(n).padStart(2, '0')}`
    const later = /^\s*(?:and|-|–|to)\s*(\d{1,2})\b(?![:.,]?\d|\s*%)/.exec(after)?.[1]
    const earlier = /\b(\d{1,2})\s*(?:and|-|–|to)\s*$/.exec(before)?.[1]
    if (later && /\p{L}\s+\d{1,2}$/u.test(r.text) && Number(later) > d && Number(later) <= 31) {
      return { ...r, end: at(Number(later)), approximate: true }
    }
    if (earlier && /^\d{1,2}\s/.test(r.text) && Number(earlier) < d) {
      return { ...r, start: at(Number(earlier)), approximate: true }
    }
  }
  if (/^in the week$/i.test(r.text) && /\blater\s+$/i.test(before)) {
    // The document's week runs Monday to Sunday; its Sunday ends what is left of it.
    return {
      ...r,
      start: date.earliest,
      end: day(date.earliest, (7 - weekday) % 7),
      when: 'upcoming',
    }
  }
  return r
}
