/**
 * @module provenance/conflicts/same
 * An event a report points back to as "the same": "During the same committee hearing on
 * Friday" after "told the committee on Monday". The words say it is one event, so two days
 * given to it conflict, whatever kind of event it is.
 */
import { type Occasion, occasionsOf } from './occasion.ts'
import {
  bothWays,
  type Conflict,
  type ConflictSentence,
  clauseAround,
  type Rule,
} from './sentence.ts'

/** "the same committee hearing": up to three words after "the same". */
const THE_SAME = /\bthe same ((?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+)/giu

/** Words of the phrase that name nothing of their own. */
const FILLER = new Set(['day', 'week', 'time', 'way', 'thing', 'one', 'period', 'year', 'month'])

/** One day each, and different days. */
const otherDay = (a: Occasion, b: Occasion) =>
  a.precision === 'day' &&
  b.precision === 'day' &&
  a.start === a.end &&
  b.start === b.end &&
  a.start !== b.start

/**
 * Sentences that date "the same" event another day than the earlier sentence of their document
 * that names it. Safe because the report itself says the two are one event: the nearest earlier
 * sentence carrying a word of the phrase is the one it points to, and it must give a day of its
 * own, in the clause that names it, and not the same day.
 *
 * @example
 * ```ts
 * sameConflicts(sentences)[0]?.reason
 * // 'This says “on Friday”, while another sentence here says “on Monday”.'
 * ```
 */
export const sameConflicts: Rule = (sentences) => {
  const out: Conflict[] = []
  sentences.forEach((s, i) => {
    for (const m of s.text.matchAll(THE_SAME)) {
      const clause = clauseAround(s.text, m.index)
      const ours = occasionsOf(s).filter((o) => o.index >= clause.start && o.index < clause.end)
      if (ours.length === 0) continue
      const words = (m[1] ?? '')
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => w.length > 2 && !FILLER.has(w))
      if (words.length === 0) continue
      for (const before of earlierIn(sentences, i)) {
        const lower = before.text.toLowerCase()
        const at = words.map((w) => lower.search(new RegExp(`(?<![\\p{L}])${w}`, 'u')))
        const named = at.find((x) => x >= 0)
        if (named === undefined) continue
        const there = clauseAround(before.text, named)
        const theirs = occasionsOf(before).filter(
          (o) => o.index >= there.start && o.index < there.end
        )
        const a = ours[0] as Occasion
        const b = theirs.find((o) => otherDay(a, o))
        if (b && !theirs.some((o) => o.start === a.start)) {
          out.push(...bothWays(s, before, a.text, b.text, ''))
        }
        break
      }
    }
  })
  return out
}

/** The sentences before the `i`th in its document, nearest first. */
function earlierIn(sentences: ConflictSentence[], i: number): ConflictSentence[] {
  const s = sentences[i]
  const out: ConflictSentence[] = []
  for (let k = i - 1; k >= 0; k--) {
    const o = sentences[k]
    if (!o || o.passage.documentId !== s?.passage.documentId) break
    out.push(o)
  }
  return out
}
