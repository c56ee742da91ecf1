/**
 * @module passages
 * The passages step owns how a document's body becomes passages (paragraphs) and sentences,
 * each with exact character offsets, and which passages are photo captions or the headline.
 */
import { z } from 'zod'

/** A half-open character range `[start, end)` into the text that owns it. */
export const SpanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) })
export type Span = z.infer<typeof SpanSchema>

/**
 * `subhead`: display lines that end no sentence — a subhead, a byline, a date line — which,
 * like a headline, label a story rather than report it.
 */
export const PassageKindSchema = z.enum(['headline', 'paragraph', 'caption', 'subhead'])
export type PassageKind = z.infer<typeof PassageKindSchema>

/** One passage before provenance is attached. */
export const PassageSchema = z.object({
  /** Stable, URL-safe: `<documentId>.p<ordinal>`, e.g. `report-one.p07`. */
  id: z.string(),
  documentId: z.string(),
  /** 0-based position in the document. */
  index: z.number().int().min(0),
  kind: PassageKindSchema,
  /** Verbatim slice of the document body: `body.slice(location.start, location.end)`. */
  text: z.string(),
  location: SpanSchema,
  /** Sentences as offsets into `text`. */
  sentences: z.array(SpanSchema),
})
export type Passage = z.infer<typeof PassageSchema>
