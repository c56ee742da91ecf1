/**
 * @module provenance/conflicts/calendar
 * A date that contradicts itself: "on Wednesday, March 3" when March 3 of that year is a
 * Tuesday. The weekday and the day of the month both claim the one day, so the sentence is
 * contested on its own; the reason names the day the calendar gives. Another report giving that
 * day with its right weekday is set against it too.
 */
import { datesIn } from '../../language/dates.ts'
import { bothWays, type Conflict, type Rule } from './sentence.ts'

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/**
 * Sentences whose weekday and day of the month disagree. Safe because both values are the
 * sentence's own words about one day; a bare weekday is read as a day and cannot disagree.
 *
 * @example
 * ```ts
 * calendarConflicts([sentence])[0]?.reason
 * // 'This says “on Wednesday, March 3”, but 3 March 2026 is a Tuesday.'
 * ```
 */
export const calendarConflicts: Rule = (sentences) => {
  const out: Conflict[] = []
  // Only a weekday given with a day of the month, read as one day, can contradict it.
  const days = sentences.flatMap((s) =>
    s.date
      ? datesIn(s.body, s.date)
          .filter((r) => r.weekday !== undefined && /\d/.test(r.text) && r.start === r.end)
          .map((r) => ({ s, r, weekday: new Date(`${r.start}T12:00:00Z`).getUTCDay() }))
      : []
  )
  for (const { s, r, weekday } of days) {
    if (weekday === r.weekday) continue
    // "the Thursday 22 October meeting" beside "pencilled in for Friday, Oct. 22": the report
    // that gives the day its own weekday is the one it disagrees with.
    const right = days.find((o) => o.s !== s && o.r.start === r.start && o.weekday === o.r.weekday)
    if (right) out.push(...bothWays(s, right.s, r.text, right.r.text, ''))
    const named = new Date(`${r.start}T12:00:00Z`).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    })
    out.push({
      id: s.passage.id,
      sentence: s.index,
      other: s.passage.id,
      reason: `This says “${r.text}”, but ${named} is a ${WEEKDAYS[weekday]}.`,
    })
  }
  return out
}
