/**
 * @module check/claims
 * The details of a sentence that a summary can get wrong, read the same way from the summary and
 * from the dossier: figures, dates, stances and sweeping quantifiers.
 */
import { kept } from '../language/kept.ts'
import { LEXICON } from '../language/lexicon.ts'
import { NUMBER_WORD_PATTERN, NUMBER_WORDS, numberWordValue, SCALES } from '../passages/words.ts'
import { cueLength, isNegator, lemmaOf, predicateNegated, wordsIn } from './reading.ts'

const FILLER = new Set([
  'of',
  'the',
  'a',
  'an',
  'in',
  'at',
  'on',
  'to',
  'over',
  'about',
  'its',
  'their',
  'some',
])

/** A figure: its value, its unit if any (%, km, $), and the words after it (what it counts). */
export interface Figure {
  value: number
  unit: string
  /** Up to three content words after the figure, lowercased, without a plural s. */
  context: string[]
  text: string
  /** "nearly 60%", "three in five": a rounded figure, which a close one does not contradict. */
  rough: boolean
}

/** Words that round a figure: "nearly 60%", "about 300", "more than half". */
const ROUGH =
  /\b(?:nearly|almost|roughly|about|around|some|approximately|more than|over|just over|just under|close to|an estimated|upwards of)\s+$/i
/** Shares in words: "three in five", "half of", "a third of", "two-thirds of". */
const SHARE_WORDS =
  /\b(?:(one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out of)\s+(two|three|four|five|six|seven|eight|nine|ten)|(half|a third|one third|a quarter|one quarter|two-thirds|two thirds|three-quarters|three quarters)\s+of)((?:\s+[‘“'"]?[\p{L}’'-]+){0,3})/giu
const SHARES: Record<string, number> = {
  half: 50,
  'a third': 33,
  'one third': 33,
  'a quarter': 25,
  'one quarter': 25,
  'two-thirds': 67,
  'two thirds': 67,
  'three-quarters': 75,
  'three quarters': 75,
}

const FIGURE = new RegExp(
  String.raw`(\$)?(?<![\p{L}\p{N}-])(\d[\d,]*(?:\.\d+)?|${NUMBER_WORD_PATTERN})\b(?:\s*(%|percent|per cent|km|kilometres|kilometers|kilometre|kilometer|miles|hundred|thousand|million|billion))?((?:\s+[‘“'"]?[\p{L}’'-]+){0,3})`,
  'giu'
)
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)'

/** The figures of `text`; years (1900–2099) and days of dated months are dates, not figures. */
export function figuresOf(text: string): Figure[] {
  const out: Figure[] = []
  // "50km" and "a 60-day truce" are a figure and a unit: part them so one pattern reads both.
  // A clock's time ("14:50") counts nothing.
  const spaced = text
    .replace(/\b\d{1,2}[:.]\d\d\b/g, (t) => ' '.repeat(t.length))
    .replace(/(\d)-?(?=[\p{L}])/gu, '$1 ')
  for (const m of spaced.matchAll(FIGURE)) {
    const before = spaced.slice(0, m.index).trimEnd().split(/\s+/).at(-1) ?? ''
    const [whole, dollar = '', raw = '', rawUnit = '', after = ''] = m
    if (new RegExp(`^${MONTH}$`, 'i').test(before)) continue
    const lower = raw.toLowerCase()
    let value = numberWordValue(lower) ?? Number(raw.replace(/,/g, ''))
    if (!Number.isFinite(value)) continue
    if (!rawUnit && /^(?:19|20)\d\d$/.test(raw)) continue
    let unit = rawUnit
      .toLowerCase()
      .replace(/^per ?cent$/, '%')
      .replace(/^kilomet(?:re|er)s?$/, 'km')
    if (unit in SCALES) {
      value *= SCALES[unit] ?? 1
      unit = ''
    }
    if (dollar) unit = '$'
    // "three in five Norvians" is a share, read below.
    if (/^\s+(?:in|out of)\s+(?:two|three|four|five|six|seven|eight|nine|ten)\b/i.test(after))
      continue
    const rough = ROUGH.test(spaced.slice(0, m.index))
    // As the text writes it: "15-kilometre", "50km".
    const w = whole.trim()
    const written =
      [w, w.replace(/(\d) /, '$1-'), w.replace(/(\d) /, '$1')].find((x) => text.includes(x)) ?? w
    // "struck power plants 42 times" counts what the words before it did.
    const counted = contextOf(after)
    const context =
      counted[0] === 'time'
        ? contextOf(spaced.slice(Math.max(0, m.index - 60), m.index)).slice(-3)
        : counted
    out.push({ value, unit, context, text: written, rough })
  }
  for (const m of text.matchAll(SHARE_WORDS)) {
    const [whole, part = '', of = '', word = '', after = ''] = m
    const value = word
      ? SHARES[word.toLowerCase()]
      : Math.round(
          (100 * (NUMBER_WORDS[part.toLowerCase()] ?? 0)) / (NUMBER_WORDS[of.toLowerCase()] ?? 1)
        )
    if (!value) continue
    out.push({ value, unit: '%', context: contextOf(after), text: whole.trim(), rough: true })
  }
  return out
}

/** Up to three content words after a figure, lowercased, without a plural s. */
function contextOf(after: string): string[] {
  return after
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}’'-]/gu, '').replace(/s$/, ''))
    .filter((w) => w && !FILLER.has(w))
}

/**
 * Two figures that may be the same one: equal, or, when either is rounded, within five points
 * of a share or a tenth of a count ("three in five" and 58%, "nearly 170" and 165).
 *
 * @example
 * ```ts
 * sameFigure(figuresOf('three in five voters')[0], figuresOf('58% of voters')[0]) // true
 * ```
 */
export function sameFigure(a: Figure, b: Figure): boolean {
  // A share is no count: "14:50" or "50 people" is not "around 45%".
  if ((a.unit === '%') !== (b.unit === '%')) return false
  if (a.value === b.value) return true
  if (!a.rough && !b.rough) return false
  if (a.unit === '%' && b.unit === '%') return Math.abs(a.value - b.value) <= 5
  return Math.abs(a.value - b.value) <= 0.1 * Math.max(a.value, b.value)
}

/** A calendar date as `month-day` ("1-23"), from "January 23", "Jan. 23" or "23 January". */
export function datesOf(text: string): string[] {
  const out: string[] = []
  const md = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})\\b`, 'g')
  const dm = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}`, 'g')
  const month = (name: string) =>
    MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) + 1
  for (const m of text.matchAll(md)) out.push(`${month(m[1] ?? '')}-${Number(m[2])}`)
  for (const m of text.matchAll(dm)) out.push(`${month(m[2] ?? '')}-${Number(m[1])}`)
  return out
}

/** The years (1900–2099) a text names. */
export function yearsOf(text: string): string[] {
  return [...text.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => m[0])
}

/** A stance in one of the lexicon's families: for (1) or against (−1), and the cue's token. */
export interface Stance {
  sign: 1 | -1
  at: number
}

/** A negation just before a cue ("did not agree", "not yet signed"), or "has yet to accept". */
function negatedBefore(words: readonly string[], i: number): boolean {
  if (words[i - 1] === 'to' && words[i - 2] === 'yet') return true
  return words.slice(Math.max(0, i - 3), i).some(isNegator)
}

/** A negation inside a cue's own words, in the gap a * skips: "were not against". */
function negatedWithin(words: readonly string[], i: number, cues: readonly string[][]): boolean {
  const length = Math.max(0, ...cues.map((cue) => cueLength(words, i, cue)))
  return words.slice(i + 1, i + length).some(isNegator)
}

/**
 * A cue at `i`. A word of the lexicon's `polarityInflectedOnly` counts only inflected: "backed",
 * "backs", but not the "back" of "pulled the ferry back".
 */
function cueAt(words: readonly string[], i: number, cue: string[]): boolean {
  const length = cueLength(words, i, cue)
  if (length !== 1) return length > 1
  return !(LEXICON.polarityInflectedOnly.has(cue[0] ?? '') && words[i] === cue[0])
}

/** The words a polarity cue starts with, in every form ("be" as any copula's). */
const CUE_STARTS = new Set(
  Object.values(LEXICON.polarity).flatMap(({ plus, minus }) =>
    [...plus, ...minus].map((cue) => cue[0] ?? '')
  )
)
const mayStartCue = (word: string) => {
  const lemma = lemmaOf(word)
  return (
    CUE_STARTS.has(word) ||
    (lemma !== undefined &&
      (CUE_STARTS.has(lemma) || (CUE_STARTS.has('be') && LEXICON.copulas.has(lemma))))
  )
}

function readStances(text: string): Map<string, Stance> {
  const out = new Map<string, Stance>()
  const words = wordsIn(text)
  // Only where a cue can start: most words start none, and each family has dozens of cues.
  const starts = words.flatMap((w, i) => (mayStartCue(w) ? [i] : []))
  // "No document has been signed": a negative subject turns its predicate's cues too; not
  // "will ease no sanctions until a ceasefire is signed", which sets a condition.
  const condition = /\b(?:until|unless|till|before)\b/i.test(text)
  const predicate = new Set(condition ? [] : predicateNegated(text))
  for (const [family, { plus, minus }] of Object.entries(LEXICON.polarity)) {
    let found: Stance | undefined
    for (const i of starts) {
      if (found) break
      const side = minus.some((cue) => cueAt(words, i, cue))
        ? -1
        : plus.some((cue) => cueAt(words, i, cue))
          ? 1
          : 0
      const negated =
        negatedBefore(words, i) ||
        predicate.has(words[i] ?? '') ||
        negatedWithin(words, i, side < 0 ? minus : plus)
      if (side !== 0) found = { sign: (negated ? -side : side) as 1 | -1, at: i }
    }
    if (found) out.set(family, found)
  }
  return out
}

/**
 * The sentence's stance in each family of the lexicon's `polarity` it speaks to: its first cue
 * there, by the cue words' forms, turned by a negation just before it; each text read once.
 *
 * @example
 * ```ts
 * stancesOf('Ostland did not accept the plan.').get('agree')?.sign // -1
 * stancesOf('The plan is unacceptable to Ostland.').get('agree')?.sign // -1
 * ```
 */
export const stancesOf = kept(readStances)

/**
 * A sentence's stances by cue: one word may stand in two families ("reject": against a plan, and
 * refusing it), and is one stance, taken when either family takes it.
 */
export function stanceCues(ours: Map<string, Stance>): [string, 1 | -1][][] {
  const byCue = new Map<number, [string, 1 | -1][]>()
  for (const [family, { sign, at }] of ours) {
    byCue.set(at, [...(byCue.get(at) ?? []), [family, sign]])
  }
  return [...byCue.values()]
}

/**
 * Does `theirs` take each stance of `ours` the same way, and none the other way? A cue of two
 * families needs one of them taken so.
 */
export function takesStances(ours: Map<string, Stance>, theirs: Map<string, Stance>[]): boolean {
  const taken = (f: string, sign: number) => theirs.some((t) => t.get(f)?.sign === sign)
  return stanceCues(ours).every((families) =>
    families.some(([f, sign]) => taken(f, sign) && !taken(f, -sign))
  )
}

/**
 * Does `theirs` take a stance of `ours` the other way, and none of that cue's families the same
 * way? "71% opposed" against "were not against".
 */
export function opposesStance(ours: Map<string, Stance>, theirs: Map<string, Stance>): boolean {
  return stanceCues(ours).some(
    (families) =>
      families.some(([f, sign]) => theirs.get(f)?.sign === -sign) &&
      !families.some(([f, sign]) => theirs.get(f)?.sign === sign)
  )
}

/** "all", "every", "entire", "none": a claim about the whole. */
export const SWEEPING = /\b(?:all|every|entire(?:ly)?|whole|completely|none|fully|total(?:ly)?)\b/i
/** A part: "110 of 138", "90%", "nearly all", "most", "some". */
export const PARTIAL =
  /\b\d[\d,]*\s+(?:of|out of)\s+\d|\bincluding\b|\bwith \d|\b\d+(?:\.\d+)?\s*%|\b(?:nearly|almost) all\b|\bmost\b|\bsome\b|\bparts? of\b|\bmuch of\b/i
