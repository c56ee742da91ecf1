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
