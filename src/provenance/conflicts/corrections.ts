/**
 * @module provenance/conflicts/corrections
 * A correction note and the earlier figure or day it withdraws, wherever the dossier still
 * gives it.
 * The note says which figure was wrong ("incorrectly said the closure lasted 9 hours; it lasted
 * six hours", "it would run 45 days, not 40"); a sentence that gives that figure for the same
 * thing (same unit, and a noun of the note: "closure", "truce") contradicts the correction; so
 * does a sentence that dates an event to the day the note withdraws ("not Monday"), or places it
 * where the note says it is not ("not at the Palais").
 */
import { datesIn } from '../../language/dates.ts'
import { eventsIn } from './events.ts'
import { type Figure, figuresIn, measureOf } from './figures.ts'
import { occasionsOf } from './occasion.ts'
import {
  bodyTokens,
  bothWays,
  type Conflict,
  type ConflictSentence,
  type Rule,
  wrongPart,
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
  const wrong = wrongPart(s)
  if (!wrong) return []
  const figures = figuresIn(s)
  const out: Withdrawn[] = []
  const said = (f: Figure) => s.text.indexOf(f.said, wrong.start)
  for (const f of figures) {
    const at = said(f)
    if (at >= wrong.start && at < wrong.end) out.push({ value: f.value, unit: measureOf(f) })
  }
  for (const m of s.text.matchAll(/\bnot\s+(\d[\d,]*|[a-z]+)\b/gi)) {
    const word = (m[1] ?? '').toLowerCase()
    const value = /^\d/.test(word)
      ? Number(word.replace(/,/g, ''))
      : VOCABULARY.numberWords.get(word)
    const before = figures.filter((f) => said(f) >= 0 && said(f) < m.index).at(-1)
    const unit = before && measureOf(before)
    if (value !== undefined && unit) out.push({ value, unit })
  }
  return out
}

/** A day a correction note withdraws: a weekday, a day of the month ("05-06"), or both. */
export interface WithdrawnDay {
  weekday?: number
  monthDay?: string
}

const WEEKDAY = /^(?:on\s+)?(sun|mon|tues|wednes|thurs|fri|satur)day\b/i
const WEEKDAY_NAMES = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur']

/**
 * The days a correction note withdraws: dates in its wrong part ("incorrectly said the talks
 * opened on Monday") and any "not Monday", "not May 6".
 *
 * @example
 * ```ts
 * withdrawnDaysBy(note) // [{ weekday: 1 }]
 * ```
 */
export function withdrawnDaysBy(s: ConflictSentence): WithdrawnDay[] {
  const wrong = wrongPart(s)
  if (!wrong || !s.date) return []
  const out: WithdrawnDay[] = []
  const day = (o: { text: string; start: string; precision: string; weekday?: number }) => ({
    ...(o.weekday !== undefined && { weekday: o.weekday }),
    ...(/\d/.test(o.text) && o.precision === 'day' && { monthDay: o.start.slice(5) }),
  })
  for (const o of occasionsOf(s)) {
    if (o.index >= wrong.start && o.index < wrong.end) out.push(day(o))
  }
  for (const m of s.text.matchAll(/\bnot\s+((?:on\s+)?[\p{L}.]+(?:\s+\d{1,2})?)/giu)) {
    const phrase = m[1] ?? ''
    const weekday = WEEKDAY.exec(phrase)?.[1]?.toLowerCase()
    if (weekday) {
      out.push({ weekday: WEEKDAY_NAMES.indexOf(weekday) })
      continue
    }
    const [read] = datesIn(phrase, s.date)
    if (read && /\d/.test(read.text) && read.precision === 'day') out.push(day(read))
  }
  return out.filter((d) => d.weekday !== undefined || d.monthDay !== undefined)
}

/**
 * The places a correction note withdraws: "not at the Palais des Nations", "not in Vienna as
 * first reported", each as written.
 *
 * @example
 * ```ts
 * withdrawnPlacesBy(note) // ['Palais des Nations']
 * ```
 */
export function withdrawnPlacesBy(s: ConflictSentence): string[] {
  if (!wrongPart(s)) return []
  const place =
    /\bnot\s+(?:at|in)\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:de|des|du|of|la|le)\s+)?\p{Lu}[\p{L}’'-]*)*)/gu
  return [...s.text.matchAll(place)].flatMap((m) => (m[1] ? [m[1]] : []))
}

const nounsOf = (s: ConflictSentence) =>
  new Set(
    bodyTokens(s)
      .filter((t) => t.pos === 'NOUN' && !NOTE.has(t.lemma) && !VOCABULARY.timeUnits.has(t.lemma))
      .map((t) => t.lemma)
  )

/** The words of `s` that give a withdrawn figure or day, if any. */
function givesWithdrawn(
  s: ConflictSentence,
  figures: Withdrawn[],
  days: WithdrawnDay[],
  places: string[]
): string | undefined {
  const place = places.find((p) =>
    new RegExp(`\\b(?:at|in)\\s+(?:the\\s+)?${p}\\b`, 'u').test(s.body)
  )
  if (place) return place
  const figure = figuresIn(s).find((f) =>
    figures.some((w) => w.value === f.value && w.unit === measureOf(f))
  )
  if (figure) return figure.said
  const day = eventsIn(s).find(({ occasion: o }) =>
    days.some(
      (d) =>
        (d.weekday === undefined || d.weekday === o.weekday) &&
        (d.monthDay === undefined || (o.precision === 'day' && d.monthDay === o.start.slice(5)))
    )
  )
  return day?.said
}

/**
 * "CORRECTION: The next round is scheduled for December 3, not the date given in our 09:40
 * entry": a note that gives an event's right day, and withdraws no figure, contests every other
 * sentence of its document that dates the same kind of event to another day.
 */
function redated(note: ConflictSentence, sentences: ConflictSentence[]): Conflict[] {
  const events = eventsIn(note).filter((e) => e.occasion.precision === 'day')
  const out: Conflict[] = []
  for (const s of sentences) {
    if (s === note || s.passage.documentId !== note.passage.documentId) continue
    for (const e of eventsIn(s)) {
      // The same kind of event, both still to come or both past: "today's session" is not the
      // next round the note re-dates.
      const right = events.find(
        (n) =>
          n.kind === e.kind && e.occasion.precision === 'day' && n.occasion.when === e.occasion.when
      )
      if (!right || right.occasion.start === e.occasion.start) continue
      out.push(...bothWays(note, s, right.said, e.said, ''))
      break
    }
  }
  return out
}

/** A correction note against each sentence that still gives the figure or day it withdraws. */
export const correctionConflicts: Rule = (sentences) => {
  const out: Conflict[] = []
  for (const note of sentences) {
    const figures = withdrawnBy(note)
    const days = withdrawnDaysBy(note)
    const places = withdrawnPlacesBy(note)
    if (wrongPart(note) && figures.length === 0) out.push(...redated(note, sentences))
    if (figures.length === 0 && days.length === 0 && places.length === 0) continue
    const topic = nounsOf(note)
    // What a note that moves a place is about, besides the place: "the plenary", not "the
    // Palais" (the tagger may take "plenary" for an adjective).
    const placeWords = new Set(places.flatMap((p) => p.toLowerCase().split(/\s+/)))
    const about = (s: ConflictSentence) =>
      new Set(
        bodyTokens(s)
          .filter((t) => ['NOUN', 'ADJ', 'PROPN'].includes(t.pos) && !NOTE.has(t.lemma))
          .map((t) => t.lemma)
          .filter((l) => !placeWords.has(l))
      )
    const moved = about(note)
    for (const s of sentences) {
      if (s === note) continue
      const hit = givesWithdrawn(s, figures, days, places)
      if (!hit) continue
      const shared = places.includes(hit)
        ? [...about(s)].some((n) => moved.has(n))
        : [...nounsOf(s)].some((n) => topic.has(n))
      if (!shared) continue
      out.push(...bothWays(note, s, note.text, hit, ''))
    }
  }
  return out
}
