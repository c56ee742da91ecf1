/**
 * @module provenance/conflicts/calendar
 * A date that contradicts itself: "on Wednesday, March 3" when March 3 of that year is a
 * Tuesday. The weekday and the day of the month both claim the one day, so the sentence is
 * contested on its own; the reason names the day the calendar gives.
 */
import { datesIn } from '../../language/dates.ts'
import type { Conflict, Rule } from './sentence.ts'

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
  for (const s of sentences) {
    if (!s.date) continue
    for (const r of datesIn(s.body, s.date)) {
      // Only a weekday given with a day of the month, read as one day, can contradict it.
      if (r.weekday === undefined || !/\d/.test(r.text) || r.start !== r.end) continue
      const day = new Date(`${r.start}T12:00:00Z`)
      if (day.getUTCDay() === r.weekday) continue
      const named = day.toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      })
      out.push({
        id: s.passage.id,
        sentence: s.index,
        other: s.passage.id,
        reason: `This says “${r.text}”, but ${named} is a ${WEEKDAYS[day.getUTCDay()]}.`,
      })
    }
  }
  return out
}
