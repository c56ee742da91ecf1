/**
 * @module passages/sentences
 * Sentence boundaries with exact offsets. Written here rather than taken from `Intl.Segmenter`
 * because ICU's English rules split after "U.S." and "Jan." (it has no abbreviation list in
 * `Intl`), and a quote cut at "U.S." would misquote the dossier.
 */
import type { Span } from './schema.ts'

/** Lowercased abbreviations that end with a period but rarely end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'rep',
  'sen',
  'gov',
  'pres',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'inc',
  'ltd',
  'co',
  'approx',
  'est',
  'fig',
])

/** Words that begin a new sentence even right after an abbreviation ("…backed by the U.S. The …"). */
const SENTENCE_STARTERS = new Set([
  'the',
  'this',
  'that',
  'these',
  'those',
  'it',
  'its',
  'he',
  'she',
  'they',
  'we',
  'i',
  'but',
  'however',
  'yet',
  'and',
  'in',
  'on',
  'at',
  'as',
  'a',
  'an',
  'his',
  'her',
  'their',
  'meanwhile',
  'while',
  'with',
  'for',
  'after',
  'before',
  'since',
  'if',
  'when',
  'there',
  'what',
  'who',
])

// A terminal mark, any closing quotes or brackets, then whitespace or the end of the text.
const TERMINAL = /[.!?]+[’”'")\]»]*(?=\s|$)/g

/** Returns `true` when `text` ends a sentence (terminal punctuation, maybe inside closing quotes). */
export function endsSentence(text: string): boolean {
  return /[.!?][’”'")\]»]*\s*$/.test(text)
}

/**
 * Returns the last word before a period at `dot`, with its inner dots ("U.S" for "U.S.").
 */
function wordBefore(text: string, dot: number): string {
  let i = dot
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1] ?? '')) i--
  return text.slice(i, dot)
}

/** Is the period that ends `word` part of an abbreviation or an initial? */
export function isAbbreviation(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '')
  return ABBREVIATIONS.has(w) || /^\p{L}$/u.test(w) || /^(\p{L}\.)+\p{L}$/u.test(w)
}

/** The first word of `text` (letters only), or '' if it starts with no word. */
export function firstWord(text: string): string {
  return /^\s*[‘“'"(]?([\p{L}]+)/u.exec(text)?.[1] ?? ''
}

/**
 * Splits `text` into sentences. Each span is trimmed of surrounding whitespace, and the spans
 * cover every non-space character of `text` in order. A line break ends a sentence too: text
 * pasted from a newsroom's system keeps one line per item, so a live-blog timestamp, a bullet,
 * a subhead or a credit standing on its own line is a sentence of its own, never the start of
 * the next line's.
 *
 * @example
 * ```ts
 * splitSentences('Talks with U.S. envoys ended. The spokesman said so.')
 * // [{ start: 0, end: 30 }, { start: 31, end: 46 }]
 * splitSentences('09:12\nSirens sounded.') // [{ start: 0, end: 5 }, { start: 6, end: 21 }]
 * ```
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = []
  let from = 0
  for (const m of text.matchAll(/\n\s*/g)) {
    if (!lineBreakEnds(text.slice(0, m.index), m[0], text.slice(m.index + m[0].length))) continue
    pushLine(spans, text, from, m.index)
    from = m.index + m[0].length
  }
  pushLine(spans, text, from, text.length)
  return spans
}

/**
 * Does the line break `gap` between `before` and `after` end a sentence? A single line break
 * does. A blank line inside one passage is where the passages step joined a paragraph broken
 * mid-sentence ("…former U.S." / "President …"), so it does not, unless a list starts there
 * ("include:" / "• a freeze …").
 */
function lineBreakEnds(before: string, gap: string, after: string): boolean {
  if (!/\n[^\S\n]*\n/.test(gap)) return true
  return /:\s*$/.test(before) || BULLET_START.test(after)
}

const BULLET_START = /^[-–•*·▪]\s/u

function pushLine(spans: Span[], text: string, from: number, to: number): void {
  for (const span of splitLine(text.slice(from, to))) {
    spans.push({ start: from + span.start, end: from + span.end })
  }
}

/** Sentences of one line, by terminal punctuation. */
function splitLine(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  for (const m of text.matchAll(TERMINAL)) {
    const end = m.index + m[0].length
    const rest = text.slice(end)
    if (rest.trim() !== '' && !isBoundary(text, m.index, m[0], rest)) continue
    pushTrimmed(spans, text, start, end)
    start = end
  }
  pushTrimmed(spans, text, start, text.length)
  return spans
}

function isBoundary(text: string, at: number, mark: string, rest: string): boolean {
  // The next sentence must open with a capital, a digit or an opening quote.
  if (!/^\s+[‘“'"(]?[\p{Lu}\p{N}]/u.test(rest)) return false
  if (mark.startsWith('.') && isAbbreviation(wordBefore(text, at))) {
    return SENTENCE_STARTERS.has(firstWord(rest).toLowerCase())
  }
  return true
}

function pushTrimmed(spans: Span[], text: string, from: number, to: number): void {
  let s = from
  let e = to
  while (s < e && /\s/.test(text[s] ?? '')) s++
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--
  if (e > s) spans.push({ start: s, end: e })
}
