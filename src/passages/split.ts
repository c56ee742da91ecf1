/**
 * @module passages/split
 * Turns a document body into passages: paragraphs separated by blank lines, with a paragraph
 * that ends mid-sentence joined to the next, its opening line recognised as the headline, and
 * photo captions recognised by their shape.
 */
import type { CorpusDocument } from '../corpus/schema.ts'
import type { Passage, PassageKind, Span } from './schema.ts'
import { endsSentence, firstWord, isAbbreviation, splitSentences } from './sentences.ts'

/**
 * Nouns that follow an adjectival abbreviation ("U.S. President", "U.K. officials"). A paragraph
 * ending in "U.S." followed by one of these was broken mid-phrase, not at a sentence end.
 */
// biome-ignore format: a word list reads better packed
const PHRASE_CONTINUATIONS = new Set([
  'president', 'presidents', 'secretary', 'officials', 'official', 'envoy', 'envoys', 'ambassador',
  'senator', 'senators', 'forces', 'troops', 'army', 'navy', 'government', 'administration',
  'congress', 'senate', 'state', 'department', 'military', 'embassy', 'delegation', 'treasury',
  'prime', 'minister', 'intelligence', 'aid', 'dollars', 'taxpayers', 'commitments', 'position',
])

/** Options for {@link splitPassages}. */
export interface SplitPassagesOptions {
  /** Pad ordinals to this many digits in ids, so ids sort in document order. Default 2. */
  idDigits?: number
}

/**
 * Splits one document into passages with exact offsets into `doc.body`.
 *
 * @example
 * ```ts
 * const passages = splitPassages(doc)
 * passages[0].text === doc.body.slice(passages[0].location.start, passages[0].location.end) // true
 * ```
 */
export function splitPassages(doc: CorpusDocument, options: SplitPassagesOptions = {}): Passage[] {
  const digits = options.idDigits ?? 2
  const blocks = joinBrokenParagraphs(doc.body, paragraphSpans(doc.body))
  return blocks.map((span, index) => {
    const text = doc.body.slice(span.start, span.end)
    const id = `${doc.id}.p${String(index).padStart(digits, '0')}`
    return {
      id,
      documentId: doc.id,
      index,
      kind: kindOf(text, index, doc.title),
      text,
      location: span,
      sentences: splitSentences(text),
    }
  })
}

/** Spans of the non-blank runs of lines, trimmed. */
export function paragraphSpans(body: string): Span[] {
  const spans: Span[] = []
  const re = /\S(?:[\s\S]*?\S)?(?=\s*\n\s*\n|\s*$)/g
  for (const m of body.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length })
  return spans
}

/**
 * Does the paragraph `text` stop mid-sentence, so that `next` continues it? True when it ends
 * with a comma, colon, dash or hyphenless word and `next` starts in lower case, or when it ends
 * with an abbreviation that `next` continues as a phrase ("…the U.N." / "Secretary-General said…").
 */
export function endsMidSentence(text: string, next: string): boolean {
  const trimmed = text.trimEnd()
  if (/[,;:—–-]$/.test(trimmed)) return true
  const nextWord = firstWord(next)
  if (nextWord && nextWord[0] === nextWord[0]?.toLowerCase()) return true
  const lastWord = /([\p{L}.]+)\.$/u.exec(trimmed)?.[1]
  return (
    lastWord !== undefined &&
    isAbbreviation(lastWord) &&
    PHRASE_CONTINUATIONS.has(nextWord.toLowerCase())
  )
}

function joinBrokenParagraphs(body: string, spans: Span[]): Span[] {
  const out: Span[] = []
  for (const span of spans) {
    const prev = out.at(-1)
    if (
      prev &&
      endsMidSentence(body.slice(prev.start, prev.end), body.slice(span.start, span.end))
    ) {
      prev.end = span.end
    } else {
      out.push({ ...span })
    }
  }
  return out
}

/**
 * The headline is a first paragraph equal to the document's title. A caption without a credit
 * (credits are read by the language step) is a single line that describes a scene in a clause
 * of its own and ends without a full stop: "Envoys walk to the talks in the capital, January
 * 22". Short unpunctuated lines are subheads, datelines or bylines, not captions; a bullet, a
 * line that introduces a list (": "), a byline's "name | date" or a line wrapped in brackets (a
 * reporting credit) neither,
 * nor a line that holds a whole sentence before its unpunctuated end. Those whose lines all end
 * without a full stop, none a list item, are `subhead`s: display text that labels the story
 * rather than reports it.
 */
function kindOf(text: string, index: number, title: string): PassageKind {
  if (index === 0 && text.trim() === title.trim()) return 'headline'
  // The line just under the headline is its deck ("Surveys suggest … — but only with
  // guarantees"), display text, however much it reads like a scene: a lead photo's caption
  // carries its credit, which the language step reads.
  if (captionShaped(text) && index !== 1) return 'caption'
  // No line ends a sentence and none is a list item: display text (a subhead, a byline, a date
  // line). A list's items are content, punctuated or not.
  const lines = text.split('\n')
  const display = lines.every(
    (line) =>
      !endsSentence(line) && splitSentences(line).length <= 1 && !/^\s*[-–•*·▪]\s/u.test(line)
  )
  return display ? 'subhead' : 'paragraph'
}

/** Fewest words a caption's description holds; a subhead or a byline has fewer. */
const CAPTION_WORDS = 7

function captionShaped(text: string): boolean {
  const line = text.trim()
  if (line.includes('\n') || endsSentence(line) || /[:;]$/.test(line)) return false
  // Prose before a reporting credit ("… seven hours. (Reporting by …)") is not a caption.
  if (splitSentences(line).length > 1) return false
  if (/^[-–•*·▪]\s/u.test(line) || /^\(.*\)$/s.test(line) || line.includes(' | ')) return false
  // A byline or a date line ("By Ana Lind · 22 November 2031", "Updated 10:14 GMT, March 9",
  // "Deputy Spokesperson Ola Berg, Norvik, Thursday, March 5") describes no scene: it opens with
  // the newsroom's word for it, or holds no lower-case word but those of a date.
  if (BYLINE_OPENING.test(line)) return false
  const words = line.match(/[\p{L}][\p{L}.'’-]*/gu) ?? []
  if (!words.some((w) => /^\p{Ll}/u.test(w) && !DATE_LINE_WORDS.has(w))) return false
  return line.split(/\s+/).length >= CAPTION_WORDS
}

/** What a byline or a date line opens with. */
const BYLINE_OPENING = /^(?:by|updated|published|posted|last updated|reporting by|written by)\b/i

/** The lower-case words a date line holds. */
// biome-ignore format: a word list reads better packed
const DATE_LINE_WORDS = new Set(['by', 'at', 'of', 'and', 'the', 'on', 'in', 'last', 'updated', 'published', 'posted', 'all', 'times', 'a.m.', 'p.m.', 'am', 'pm', 'local', 'time'])
