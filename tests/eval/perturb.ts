/**
 * Perturbations: sentences a careful editor would call supported, altered by general operations
 * into sentences the dossier does not state: a figure changed, a name swapped for another the
 * dossier has, a month, weekday or year moved, the polarity reversed, the speaker swapped, a
 * reported claim stated as fact. None of them may come back `supported`: a false ✓ is the costly
 * error. A change that could leave the meaning true (a name for its own alias, a figure the dossier
 * gives anyway) is not generated.
 */

import { speakerOf } from '../../src/check/reading.ts'
import type { Check, Verdict } from '../../src/check/schema.ts'
import type { Dossier } from '../../src/index/load.ts'
import { MONTH_NAMES } from '../../src/passages/words.ts'

export type PerturbationKind =
  | 'figure'
  | 'name'
  | 'place'
  | 'date'
  | 'polarity'
  | 'speaker'
  | 'as-fact'

export interface Perturbation {
  kind: PerturbationKind
  /** The sentence it was made from. */
  from: string
  sentence: string
}

const MONTHS: readonly string[] = MONTH_NAMES
const MONTH_ABBR = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
]
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const WORD_NUMBERS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
]
/** Verbs and their opposites, both ways. */
const OPPOSITES: [string, string][] = [
  ['agreed', 'refused'],
  ['accepted', 'rejected'],
  ['accept', 'reject'],
  ['confirmed', 'denied'],
  ['supports', 'opposes'],
  ['support', 'oppose'],
  ['backed', 'opposed'],
  ['welcomed', 'condemned'],
  ['thanked', 'criticised'],
  ['offered', 'refused'],
  ['ruled out', 'proposed'],
  ['rose', 'fell'],
  ['increased', 'decreased'],
  ['produced', 'failed to produce'],
  ['allowed', 'banned'],
  ['moved forward', 'made no progress'],
]
const AUX =
  /\b(is|are|was|were|has|have|had|will|would|could|can|should|must|may|might)\b(?! not\b)/
const NEGATED =
  /\b(?:not|n[’']t|never|no|none|nothing|without|denied|rejected|refused|ruled out)\b/i

const quoteRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const word = (w: string, flags = '') =>
  new RegExp(`(?<![\\p{L}\\d])${quoteRe(w)}(?![\\p{L}\\d])`, `u${flags}`)

/** The names a dossier offers for swaps: speakers, places after a preposition, parties. */
export interface NamePools {
  people: string[]
  places: string[]
  parties: { name: string; aliases: string[] }[]
  text: string
}

export function namePools(dossier: Dossier): NamePools {
  const people = new Set<string>()
  const places = new Set<string>()
  for (const p of dossier.passages) {
    if (p.kind === 'caption') continue
    for (const s of p.sentences) {
      const text = p.text.slice(s.start, s.end)
      const who = speakerOf(text)
      const last = who?.named ? who.text.split(/\s+/).at(-1) : undefined
      if (last && /^\p{Lu}\p{Ll}+$/u.test(last)) people.add(last)
      for (const m of text.matchAll(/\b(?:in|at)\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\b/gu)) {
        if (m[1] && !MONTHS.includes(m[1]) && !WEEKDAYS.includes(m[1])) places.add(m[1])
      }
    }
  }
  const parties = dossier.overview.parties.map((p) => ({ name: p.name, aliases: p.aliases }))
  const partyWords = new Set(parties.flatMap((p) => [p.name, ...p.aliases]))
  return {
    people: [...people].filter((n) => !partyWords.has(n)).sort(),
    places: [...places].filter((n) => !partyWords.has(n)).sort(),
    parties,
    text: dossier.passages.map((p) => p.text).join('\n'),
  }
}

/** Two spellings of one thing: the tokenizer folds them alike, or one party holds both. */
function sameThing(dossier: Dossier, pools: NamePools, a: string, b: string): boolean {
  const ta = dossier.tokenizer.tokens(a).join(' ')
  const tb = dossier.tokenizer.tokens(b).join(' ')
  if (ta === tb || ta.includes(tb) || tb.includes(ta)) return true
  return pools.parties.some((p) => {
    const all = [p.name, ...p.aliases]
    return all.includes(a) && all.includes(b)
  })
}

/** Every perturbation of `sentence` the general operations make. */
export function perturb(dossier: Dossier, pools: NamePools, sentence: string): Perturbation[] {
  const out: Perturbation[] = []
  const add = (kind: PerturbationKind, s: string) => {
    if (s !== sentence && !out.some((o) => o.sentence === s))
      out.push({ kind, from: sentence, sentence: s })
  }
  const replaceAt = (at: number, len: number, by: string) =>
    sentence.slice(0, at) + by + sentence.slice(at + len)

  // Figures: doubled, one more, and a year moved; never a figure the dossier gives anywhere.
  for (const m of sentence.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    const raw = m[0].replace(/[,.]$/, '')
    const n = Number(raw.replace(/,/g, ''))
    if (!Number.isFinite(n)) continue
    const year = n >= 1900 && n <= 2100 && !raw.includes(',')
    const format = (x: number) => (raw.includes(',') ? x.toLocaleString('en-US') : String(x))
    const options = year ? [n + 1, n - 2] : [n * 2, n + 1, n + 7]
    for (const x of options) {
      const s = format(x)
      if (word(s).test(pools.text)) continue
      add(year ? 'date' : 'figure', replaceAt(m.index ?? 0, raw.length, s))
    }
  }
  for (const [i, w] of WORD_NUMBERS.entries()) {
    const m = word(w, 'i').exec(sentence)
    const other = WORD_NUMBERS[(i + 3) % WORD_NUMBERS.length] ?? 'nine'
    if (m && !word(other, 'i').test(pools.text)) add('figure', replaceAt(m.index, w.length, other))
  }
  // Months and weekdays moved.
  for (const list of [MONTHS, MONTH_ABBR, WEEKDAYS]) {
    for (const [i, w] of list.entries()) {
      const m = word(w).exec(sentence)
      if (!m) continue
      const other = list[(i + (list === WEEKDAYS ? 2 : 3)) % list.length] ?? w
      add('date', replaceAt(m.index, w.length, other))
    }
  }
  // Names swapped for another of the dossier's of the same sort: a person, a place, a party.
  const speaker = speakerOf(sentence)
  const speakerAt = speaker ? sentence.indexOf(speaker.text) : -1
  const swaps: [PerturbationKind, string[]][] = [
    ['name', pools.people],
    ['place', pools.places],
    ['name', pools.parties.map((p) => p.name)],
  ]
  for (const [kind, pool] of swaps) {
    for (const name of pool) {
      const m = word(name).exec(sentence)
      if (!m) continue
      const inSpeaker =
        speakerAt >= 0 && m.index >= speakerAt && m.index < speakerAt + (speaker?.text.length ?? 0)
      const others = pool.filter(
        (o) => o !== name && !word(o).test(sentence) && !sameThing(dossier, pools, name, o)
      )
      for (const other of others.slice(0, 2)) {
        add(inSpeaker && kind === 'name' ? 'speaker' : kind, replaceAt(m.index, name.length, other))
      }
    }
  }
  // A named speaker swapped for another speaker of the dossier.
  if (speaker?.named) {
    const last = speaker.text.split(/\s+/).at(-1) ?? ''
    const other = pools.people.find(
      (o) => o !== last && !word(o).test(sentence) && !sameThing(dossier, pools, last, o)
    )
    if (other && speakerAt >= 0) {
      add('speaker', replaceAt(speakerAt, speaker.text.length, other))
    }
  }
  // Polarity: a negation dropped, or one inserted after the first auxiliary, or a verb turned.
  const not = /\s+not\b|n[’']t\b|\s+never\b/.exec(sentence)
  if (not) {
    const kept = sentence.slice(0, not.index) + sentence.slice(not.index + not[0].length)
    add('polarity', kept.replace(/\bca\b/, 'can').replace(/\bwo\b/, 'will'))
  } else if (!NEGATED.test(sentence)) {
    const aux = AUX.exec(sentence)
    // "would not only", "have not both" say something else, not the opposite.
    const next = aux ? /^\s+(\p{L}+)/u.exec(sentence.slice(aux.index + aux[0].length))?.[1] : ''
    if (aux && !/^(?:only|both|also|just|even)$/i.test(next ?? ''))
      add('polarity', replaceAt(aux.index, aux[0].length, `${aux[0]} not`))
  }
  for (const [a, b] of OPPOSITES) {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const m = word(x).exec(sentence)
      if (m) add('polarity', replaceAt(m.index, x.length, y))
    }
  }
  // "X said Y" → "X denied that Y"; not when Y is negated already ("denied that no …" is no
  // plain reversal).
  const said = /\b(said|says|told reporters)(\s+that)?\s+(?=\p{Ll}|\p{Lu})/u.exec(sentence)
  const speakerEnd = speakerAt + (speaker?.text.length ?? 0)
  if (
    said &&
    speaker &&
    speakerAt >= 0 &&
    !NEGATED.test(sentence) &&
    /^\s*$/.test(sentence.slice(speakerEnd, said.index))
  ) {
    add('polarity', replaceAt(said.index, said[0].length, 'denied that '))
  }
  // A reported claim stated as fact.
  const alleged =
    /^(.*?)\b(?:alleged|alleges|claimed|claims|asserted|insisted)\s+(?:that\s+)?(.+)$/u.exec(
      sentence
    )
  if (alleged?.[2]) add('as-fact', alleged[2].charAt(0).toUpperCase() + alleged[2].slice(1))
  const hedge = /\b(?:reportedly|allegedly|purportedly)\s+/.exec(sentence)
  if (hedge) add('as-fact', replaceAt(hedge.index, hedge[0].length, ''))
  return out
}

/** A dossier sentence the annotations call contested for an allegation, stated as fact. */
export function asFact(text: string): string | undefined {
  const m =
    /^(?:.*?)\b(?:alleged|alleges|claimed|claims|accused\s+\S+\s+of\s+\S+ing)\s+(?:that\s+)?(.+)$/u.exec(
      text
    )
  if (m?.[1] && m[1].split(/\s+/).length >= 4) return m[1].charAt(0).toUpperCase() + m[1].slice(1)
  const hedge = /\b(?:reportedly|allegedly|purportedly)\s+/.exec(text)
  if (hedge) return text.slice(0, hedge.index) + text.slice(hedge.index + hedge[0].length)
  return undefined
}

export interface PerturbationReport {
  n: number
  supported: number
  byKind: Record<string, { n: number; supported: number }>
  /** The perturbations called supported, for `--verbose`. */
  misses: string[]
}

/** Checks each perturbation alone and counts those called supported. */
export function evaluatePerturbations(
  items: Perturbation[],
  check: (sentence: string) => Check
): PerturbationReport {
  const report: PerturbationReport = { n: 0, supported: 0, byKind: {}, misses: [] }
  for (const p of items) {
    const got: Verdict = check(p.sentence).sentences[0]?.verdict ?? 'unsupported'
    const row = report.byKind[p.kind] ?? { n: 0, supported: 0 }
    report.byKind[p.kind] = row
    report.n++
    row.n++
    if (got === 'supported') {
      report.supported++
      row.supported++
      report.misses.push(`[${p.kind}] ${p.sentence}  ⟵  ${p.from}`)
    }
  }
  return report
}
