/**
 * @module provenance
 * The provenance step owns who says each passage and how far a reader can lean on it:
 * `sourced` (it names who says it), `unsourced` (the article's own assertion), or `contested`
 * (an allegation, a narrative presented as such, or a statement another passage contradicts).
 * Labels are derived from the text by rules, then an editorial file may add or override them.
 */
import { z } from 'zod'
import { PassageSchema, SpanSchema } from '../passages/schema.ts'

export const StatusSchema = z.enum(['sourced', 'unsourced', 'contested'])
export type Status = z.infer<typeof StatusSchema>

export const ProvenanceSchema = z.object({
  status: StatusSchema,
  /** Who says it, as the text names them, e.g. "the Daily Courier, citing two people familiar with the talks". */
  attribution: z.string().optional(),
  /** Why the passage is contested: each reason a short sentence. */
  reasons: z.array(z.string()).optional(),
  /** Ids of passages that state otherwise. */
  conflictsWith: z.array(z.string()).optional(),
  /** Set when an editorial entry decided or amended the label. */
  editorial: z.boolean().optional(),
})
export type Provenance = z.infer<typeof ProvenanceSchema>

/**
 * One sentence's provenance, decided from its own words: a claim carries its label, and a
 * passage's label summarises its sentences'.
 */
export const SentenceLabelSchema = SpanSchema.extend({
  status: StatusSchema,
  /** The sentence's own words naming who says it ("he", "people close to the talks"). */
  attribution: z.string().optional(),
  /**
   * Who says it, when that differs from the words: whom a pronoun stands for ("he" → the person
   * named before), whom it was told to, or the speaker of a turn the sentence does not name.
   */
  source: z.string().optional(),
  /** The words that decided the label: a reporting verb, "according to", a hedge. */
  cue: z.string().optional(),
  reasons: z.array(z.string()).optional(),
  conflictsWith: z.array(z.string()).optional(),
})
export type SentenceLabel = z.infer<typeof SentenceLabelSchema>

/** How a `source` names whom it was told to: "the envoy (to the Courier)". */
const TOLD_TO = /\s*\(to [^)]*\)$/u

/**
 * A sentence's `source` and whom it was said to, as one string.
 *
 * @example
 * ```ts
 * sourceTold('the envoy', 'the Courier') // 'the envoy (to the Courier)'
 * ```
 */
export const sourceTold = (source: string, listener: string | undefined) =>
  listener ? `${source} (to ${listener})` : source

/**
 * Who said it, without whom it was told to: the listener does not say it.
 *
 * @example
 * ```ts
 * speakerOnly('the envoy (to the Courier)') // 'the envoy'
 * ```
 */
export const speakerOnly = (source: string) => source.replace(TOLD_TO, '')

/** A passage with its provenance: the unit the index, the answers and the API share. */
export const LabelledPassageSchema = PassageSchema.extend({
  ...ProvenanceSchema.shape,
  sentences: z.array(SentenceLabelSchema),
})
export type LabelledPassage = z.infer<typeof LabelledPassageSchema>

/** One entry of `corpus/editorial.yaml`. */
export const EditorialEntrySchema = z.strictObject({
  id: z.string(),
  /** The passage must start with this text; a drifted id fails the build instead of mislabelling. */
  expect: z.string().min(1),
  status: StatusSchema.optional(),
  attribution: z.string().optional(),
  reasons: z.array(z.string()).optional(),
  conflictsWith: z.array(z.string()).optional(),
  note: z.string().optional(),
})
export const EditorialSchema = z.strictObject({ passages: z.array(EditorialEntrySchema) })
export type Editorial = z.infer<typeof EditorialSchema>
