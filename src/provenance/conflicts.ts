/**
 * @module provenance/conflicts
 * Finds sentences that contradict each other, so both can be labelled `contested` with the
 * other's id. Two sentences conflict only when they fill the same claim slot (the same event,
 * measure or actor's stance) with incompatible values: two dates or weekdays of one event
 * (`conflicts/events.ts`), two figures of one measure (`figures.ts`), a claim and its denial
 * (`denials.ts`), a correction and the figure it withdraws (`corrections.ts`), signed and not
 * signed (`signed.ts`), a title the rest of the dossier does not use (`titles.ts`), a weekday
 * that is not the day of the month it is given with (`calendar.ts`), another day for what a
 * report calls "the same" event (`same.ts`). A false conflict costs a
 * reader trust in a true passage, so each rule needs the slot to be shared, not just words.
 * Reasons are plain sentences that quote both sides. Captions never reach here.
 */
import { calendarConflicts } from './conflicts/calendar.ts'
import { correctionConflicts } from './conflicts/corrections.ts'
import { denialConflicts } from './conflicts/denials.ts'
import { eventConflicts } from './conflicts/events.ts'
import { figureConflicts } from './conflicts/figures.ts'
import { sameConflicts } from './conflicts/same.ts'
import type { Conflict, ConflictSentence, Rule } from './conflicts/sentence.ts'
import { completionConflicts, signingConflicts } from './conflicts/signed.ts'
import { officeConflicts, titleConflicts } from './conflicts/titles.ts'

export type { Conflict, ConflictSentence } from './conflicts/sentence.ts'

const RULES: Rule[] = [
  titleConflicts,
  officeConflicts,
  completionConflicts,
  signingConflicts,
  figureConflicts,
  eventConflicts,
  denialConflicts,
  correctionConflicts,
  calendarConflicts,
  sameConflicts,
]

/**
 * All contradictions between the sentences of the whole dossier, each sentence in dossier order.
 *
 * @example
 * ```ts
 * findConflicts(sentences).map((c) => `${c.id} ↔ ${c.other}`) // ['wire.p02 ↔ live.p05', …]
 * ```
 */
export function findConflicts(sentences: ConflictSentence[]): Conflict[] {
  return RULES.flatMap((rule) => rule(sentences))
}
