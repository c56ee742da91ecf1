/**
 * @module passages/split
 * Turns a document body into passages: paragraphs separated by blank lines, with a paragraph
 * that ends mid-sentence joined to the next, the first line recognised as the headline, and
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
 * with an abbreviation that `next` continues as a phrase ("…former U.S." / "President Trump…").
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

const BULLET_LINE = /^\s*[•▪◦*-]\s+\S/m
const SIGN_OFF = /\((?:additional\s+)?(?:reporting|writing|editing)\s+by\b[^)]*\)\s*$/i

/**
 * The headline is a first paragraph equal to the document's title. A caption is any other
 * paragraph with no sentence-ending punctuation: news captions describe a photo in a phrase
 * ("Putin greets envoys at the Kremlin, January 22") and never end with a full stop in the seed.
 */
function kindOf(text: string, index: number, title: string): PassageKind {
  if (index === 0 && text.trim() === title.trim()) return 'headline'
  // A bulleted list and a wire sign-off ("(Reporting by …; Editing by …)") end without a full
  // stop too, but neither describes a photo.
  if (BULLET_LINE.test(text) || SIGN_OFF.test(text)) return 'paragraph'
  return endsSentence(text) ? 'paragraph' : 'caption'
}
