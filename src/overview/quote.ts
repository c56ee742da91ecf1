/**
 * @module overview/quote
 * Turns a sentence (or any span) of a labelled passage into a quote item: the exact slice, its
 * offsets, and the passage's label and attribution. The one place overview items are cut.
 */
import type { LabelledPassage } from '../provenance/schema.ts'
import type { QuoteItem } from './schema.ts'

/** A sentence of a passage, as the overview's rules read it. */
export interface SentenceRef {
  passage: LabelledPassage
  /** Index into `passage.sentences`. */
  sentence: number
  text: string
  start: number
  /** True for one line of a sentence that runs over several (a bullet list read as one). */
  line?: boolean
}

/** Every sentence of `passages`, in dossier order. */
export function sentencesOf(passages: readonly LabelledPassage[]): SentenceRef[] {
  return passages.flatMap((passage) =>
    passage.sentences.map((s, sentence) => ({
      passage,
      sentence,
      text: passage.text.slice(s.start, s.end),
      start: s.start,
    }))
  )
}

/** A line break before a list item ("- ", "• "). */
const BULLET_LINE = /\n\s*[-•*–]\s/
const BEFORE_BULLET = /\n(?=\s*[-•*–]\s)/

/**
 * Each sentence of `sentences` cut before each list item: a bullet list or a subhead the sentence
 * splitter ran together says one thing a line, and each line is quoted on its own.
 *
 * @example
 * ```ts
 * linesOf(sentencesOf([bullets])).map((s) => s.text) // ['- Novak wants a vote.', '- Vell refuses.']
 * ```
 */
export function linesOf(sentences: readonly SentenceRef[]): SentenceRef[] {
  return sentences.flatMap((s) => {
    // Only a list's lines: a paragraph broken mid-sentence stays one sentence.
    if (!BULLET_LINE.test(s.text)) return [s]
    const out: SentenceRef[] = []
    let at = 0
    for (const line of s.text.split(BEFORE_BULLET)) {
      const lead = line.length - line.trimStart().length
      const text = line.trim()
      if (text) out.push({ ...s, text, start: s.start + at + lead, line: true })
      at += line.length + 1
    }
    return out
  })
}

/**
 * Quotes `passage.text.slice(start, end)`, labelled as the passage is.
 *
 * @example
 * ```ts
 * quoteOf(passage, 0, 12).citation.quote === passage.text.slice(0, 12) // true
 * ```
 */
export function quoteOf(passage: LabelledPassage, start: number, end: number): QuoteItem {
  return {
    citation: { passageId: passage.id, quote: passage.text.slice(start, end), start, end },
    label: passage.status,
    ...(passage.attribution && { attribution: passage.attribution }),
  }
}

/** Quotes a whole sentence. */
export function quoteSentence(ref: SentenceRef): QuoteItem {
  return quoteOf(ref.passage, ref.start, ref.start + ref.text.length)
}
