/**
 * @module check/when
 * Compares the dates of a summary sentence with those of a dossier sentence, each read by the
 * language step's date reader (`language/dates.ts`, chrono-node). The dossier sentence is read
 * against its own document's date ("last May" in a report of January 2026 is May 2025);
 * the summary has no date of its own, so it is read against the same document, which only
 * decides the year of a date that names none ("on Jan. 12").
 */
import { type DateReading, type DocumentDate, datesIn, isClock } from '../language/dates.ts'
import { kept } from '../language/kept.ts'
import { cueLength, PHASES, wordsIn } from './reading.ts'

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/** The weekday of a day given as `YYYY-MM-DD`. */
const weekdayOf = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`).getUTCDay()

/** Does the reading give only a weekday ("on Thursday"), no day of the month? */
const weekdayOnly = (r: DateReading) => r.weekday !== undefined && !/\d/.test(r.text)

/**
 * Words without which no date can be read: digits, months, weekdays, seasons, parts of the day
 * and relative words. A sentence without any skips chrono-node, which the checker would
 * otherwise run on every candidate.
 */
const DATE_WORDS =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|spring|summer|autumn|fall|winter|today|tonight|yesterday|tomorrow|night|morning|evening|afternoon|week|month|year|ago|last|next|this|early|late|mid)/i

/**
 * The dates of `text` read against `date`, or none at once when it has no word a date needs.
 *
 * @example
 * ```ts
 * datesOfText('They met.', { earliest: '2026-02-09', latest: '2026-02-09' }) // []
 * ```
 */
export function datesOfText(text: string, date: DocumentDate): DateReading[] {
  if (!DATE_WORDS.test(text)) return []
  // The dossier's sentences come back for every sentence of a summary: read each once.
  const key = `${date.earliest}|${date.latest}|${text}`
  let readings = READ.get(key)
  if (!readings) {
    readings = datesIn(text, date)
    if (READ.size >= READ_LIMIT) READ.clear()
    READ.set(key, readings)
  }
  return readings
}

/** Words before a date that make it the time a state held at: "as of", "as at". */
const STATE_AT = /\bas (?:of|at)\s*$/i

/** A part of the day alone, with no day to be part of. */
const PART_OF_DAY =
  /^(?:(?:in|on|during)\s+)?(?:the\s+|an?\s+)?(?:morning|afternoon|evening|night|overnight)$/i

/** Does a date reading name a day, not only a time of day ("09:20 CET", "overnight")? */
export const namesADay = (text: string) => !isClock(text) && !PART_OF_DAY.test(text)

/** Dates already read, bounded: summaries can bring any number of new sentences. */
const READ = new Map<string, DateReading[]>()
const READ_LIMIT = 4096

/** Is `cue` at word `i` of `words`, as a verb: not after an article ("the end of the month")? */
const cueAt = (words: string[], i: number, cue: string[]) =>
  cueLength(words, i, cue) > 0 && !/^(?:the|an?)$/.test(words[i - 1] ?? '')

/**
 * Which moment of an event a sentence dates, when it says: its `start` ("opened", "began")
 * or its `end` ("wrapped up"); undefined when it names neither or both.
 *
 * @example
 * ```ts
 * phaseOf('The round wrapped up on Thursday.') // 'end'
 * ```
 */
export const phaseOf = kept(readPhase)

function readPhase(text: string): 'start' | 'end' | undefined {
  const words = wordsIn(text)
  const has = (cues: string[][]) => words.some((_, i) => cues.some((cue) => cueAt(words, i, cue)))
  const start = has(PHASES.start)
  const end = has(PHASES.end)
  return start === end ? undefined : start ? 'start' : 'end'
}

/**
 * Does one sentence date an event's end and the other its start? Then their dates are two
 * moments, and neither confirms nor contradicts the other.
 */
export function otherMoment(claim: string, evidence: string): boolean {
  const phase = phaseOf(claim)
  const theirs = phase && phaseOf(evidence)
  return theirs !== undefined && theirs !== phase
}

/** Options for {@link dateDisagreement}. */
export interface DateDisagreementOptions {
  claim: string
  evidence: string
  /** The date of the document that prints `evidence`. */
  date: DocumentDate
  /**
   * What the summary's dates are read against, when not `date`: the document of the sentence
   * that gives the summary, so that one summary sentence has one reading throughout.
   */
  claimDate?: DocumentDate
}

/**
 * How the summary's date differs from every date of the dossier sentence, as a sentence for the
 * reader; undefined when they agree, when either side gives no date, or when they date two
 * moments of one event ({@link otherMoment}).
 *
 * @example
 * ```ts
 * dateDisagreement({
 *   claim: 'They met on a Sunday.',
 *   evidence: 'They met on Saturday.',
 *   date: { earliest: '2026-02-09', latest: '2026-02-09' },
 * }) // 'The dossier dates it Saturday, 7 February 2026; the summary says Sunday.'
 * ```
 */
export function dateDisagreement(options: DateDisagreementOptions): string | undefined {
  const { claim, evidence, date, claimDate = date } = options
  if (otherMoment(claim, evidence)) return undefined
  // "In an evening address": a part of a day the summary does not name dates nothing.
  // "As of Tuesday evening, nothing had been signed": when a state held, no event's date.
  const ours = datesOfText(claim, claimDate).filter(
    (r) => !PART_OF_DAY.test(r.text) && !STATE_AT.test(claim.slice(0, r.index))
  )
  if (ours.length === 0) return undefined
  // A live blog's "14:05 GMT —" stamps the entry, not the event it reports.
  const theirs = datesOfText(evidence, date).filter((r) => !isClock(r.text))
  if (theirs.length === 0) return undefined
  const days = theirs.filter((t) => t.start === t.end)
  for (const c of ours) {
    if (weekdayOnly(c)) {
      if (days.length === 0 || days.some((t) => weekdayOf(t.start) === c.weekday)) continue
      return `The dossier dates it ${days.map(describe).join(' and ')}; the summary says ${WEEKDAYS[c.weekday ?? 0]}.`
    }
    // "on Tuesday, 11 March" where the dossier has 11 March, a Wednesday: the day is right, the
    // weekday the summary gives it is not.
    const same = days.find((t) => t.start === c.start && c.start === c.end)
    if (same && c.weekday !== undefined && weekdayOf(c.start) !== c.weekday) {
      return `The dossier dates it ${describe(same)}; the summary says ${WEEKDAYS[c.weekday]}.`
    }
    if (theirs.some((t) => t.start <= c.end && c.start <= t.end)) continue
    return `The dossier dates it ${theirs.map(describe).join(' and ')}; the summary says “${c.text}”.`
  }
  return undefined
}

/** "Saturday, 7 February 2026", "February 2026", "6–15 February 2026". */
function describe(r: DateReading): string {
  const d = (iso: string) => new Date(`${iso}T12:00:00Z`)
  const month = (iso: string) =>
    d(iso).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })
  if (r.start === r.end) {
    return d(r.start).toLocaleDateString('en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    })
  }
  if (r.precision === 'month') return month(r.start)
  if (r.precision === 'year') return r.start.slice(0, 4)
  return `${r.start} to ${r.end}`
}
