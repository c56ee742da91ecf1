/**
 * @module provenance/conflicts/corrections
 * A correction note and the earlier figure it withdraws, wherever the dossier still gives it.
 * The note says which figure was wrong ("incorrectly said the closure lasted 9 hours; it lasted
 * six hours", "it would run 45 days, not 40"); a sentence that gives that figure for the same
 * thing (same unit, and a noun of the note: "closure", "truce") contradicts the correction.
 */
import { type Figure, figuresIn } from './figures.ts'
import {
  bodyTokens,
  bothWays,
  type Conflict,
  type ConflictSentence,
  type Rule,
} from './sentence.ts'
import { VOCABULARY } from './vocabulary.ts'

/** Words every correction note uses: they name the note, not what it corrects. */
// biome-ignore format: a word list reads better packed
const NOTE = new Set(['correction', 'version', 'story', 'report', 'official', 'length', 'figure', 'number', 'editor'])

/** A figure a correction note withdraws. */
export interface Withdrawn {
  value: number
  unit: string
}

/**
 * The figures a correction note withdraws: those after its marker word and before the corrected
 * statement ("; it lasted …"), and any "not 40" with the unit of the figure before it.
 *
 * @example
 * ```ts
 * withdrawnBy(note) // [{ value: 9, unit: 'hour' }]
 * ```
 */
export function withdrawnBy(s: ConflictSentence): Withdrawn[] {
  const tokens = bodyTokens(s)
  const marker = tokens.find((t) => VOCABULARY.correctionMarkers.has(t.lower))
  if (!marker) return []
  const figures = figuresIn(s)
  const out: Withdrawn[] = []
  const stop = s.text.slice(marker.end).search(/;|\bbut\b|\binstead\b/)
  const end = stop < 0 ? s.text.length : marker.end + stop
  const said = (f: Figure) => s.text.indexOf(f.said, marker.end)
  for (const f of figures) {
    const at = said(f)
    if (at >= marker.end && at < end) out.push({ value: f.value, unit: f.unit })
  }
  for (const m of s.text.matchAll(/\bnot\s+(\d[\d,]*|[a-z]+)\b/gi)) {
    const word = (m[1] ?? '').toLowerCase()
    const value = /^\d/.test(word)
      ? Number(word.replace(/,/g, ''))
      : VOCABULARY.numberWords.get(word)
    const unit = figures.filter((f) => said(f) >= 0 && said(f) < m.index).at(-1)?.unit
    if (value !== undefined && unit) out.push({ value, unit })
  }
  return out
}

const nounsOf = (s: ConflictSentence) =>
  new Set(
    bodyTokens(s)
      .filter((t) => t.pos === 'NOUN' && !NOTE.has(t.lemma) && !VOCABULARY.timeUnits.has(t.lemma))
      .map((t) => t.lemma)
  )

/** A correction note against each sentence that still gives the figure it withdraws. */
export const correctionConflicts: Rule = (sentences) => {
  const out: Conflict[] = []
  for (const note of sentences) {
    const withdrawn = withdrawnBy(note)
    if (withdrawn.length === 0) continue
    const topic = nounsOf(note)
    for (const s of sentences) {
      if (s === note) continue
      const hit = figuresIn(s).find((f) =>
        withdrawn.some((w) => w.value === f.value && w.unit === f.unit)
      )
      if (!hit || ![...nounsOf(s)].some((n) => topic.has(n))) continue
      out.push(...bothWays(note, s, note.text, hit.said, ''))
    }
  }
  return out
}
