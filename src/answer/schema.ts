/**
 * @module answer
 * The answer step owns turning evidence into an answer: the extractive answerer (the embedded
 * default, quotes only) and, later, the model answerer. Both produce this shape, and both go
 * through verification before anyone sees them.
 */
// From @hono/zod-openapi, not zod: the response schemas call `.openapi()` on these, which needs
// zod extended before they are created, whichever module happens to import them first.
import { z } from '@hono/zod-openapi'
import { StatusSchema } from '../provenance/schema.ts'
import { SourceSchema } from './sources.ts'

export const LabelSchema = z.enum([...StatusSchema.options, 'uncited'])
export type Label = z.infer<typeof LabelSchema>

export const CitationSchema = z.object({
  passageId: z.string(),
  /** Exactly `passage.text.slice(start, end)`. */
  quote: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /**
   * The label of the sentence(s) the quote lies in, not the passage's: a quote of "X, officials
   * said." in a paragraph of the writer's own sentences is `sourced`, its neighbours are not.
   * Set by verification from the dossier, never taken from the answerer.
   */
  status: StatusSchema.optional(),
  /** Who says the quoted sentence(s), e.g. "two officials" (the person a "he" stands for). */
  attribution: z.string().optional(),
})
export type Citation = z.infer<typeof CitationSchema>

export const SegmentSchema = z.object({
  text: z.string(),
  /** `quote`: verbatim dossier text; `text`: the answerer's own words; `notice`: Verbatim about the dossier. */
  kind: z.enum(['quote', 'text', 'notice']),
  citations: z.array(CitationSchema),
  labels: z.array(LabelSchema),
  /** What verification found wrong with a `text` segment, e.g. a number its quotes lack. */
  warnings: z.array(z.string()).optional(),
})
export type Segment = z.infer<typeof SegmentSchema>

export const CoverageSchema = z.enum(['answered', 'partial', 'not_in_corpus'])

/** One sentence of a passage with its own label: where it lies in the passage's text and who says it. */
export const ApiSentenceSchema = z.object({
  /** `passage.text.slice(start, end)` is the sentence. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  status: StatusSchema,
  /** The sentence's own words naming who says it ("he", "people close to the talks"). */
  attribution: z.string().optional(),
  /**
   * Who says it, when that differs from the words: whom a pronoun stands for ("he" → the person
   * named before), or the speaker of a transcript's turn the sentence does not name.
   */
  source: z.string().optional(),
  /** The sentence belongs to a photo caption or its credit. */
  caption: z.boolean().optional(),
})
export type ApiSentence = z.infer<typeof ApiSentenceSchema>

export const ApiPassageSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  text: z.string(),
  status: StatusSchema,
  attribution: z.string().optional(),
  reasons: z.array(z.string()).optional(),
  conflictsWith: z.array(z.string()).optional(),
  caption: z.boolean().optional(),
  headline: z.boolean().optional(),
  /** Where the passage sits in its document's body: `[start, end)`. */
  location: z.object({ start: z.number().int(), end: z.number().int() }),
  /** Its sentences, each labelled on its own; `status` above summarises them. */
  sentences: z.array(ApiSentenceSchema),
})
export type ApiPassage = z.infer<typeof ApiPassageSchema>

export const DegradedReasonSchema = z.enum([
  'timeout',
  'connection',
  'rate_limited',
  'overloaded',
  'server_error',
  'rejected',
  'refusal',
  'malformed',
  'unverifiable',
  'truncated',
])
export type DegradedReason = z.infer<typeof DegradedReasonSchema>

/** The kinds a what-if answer files its quotes under (`scenario.ts`). */
export const ScenarioKindSchema = z.enum([
  'official',
  'warning',
  'analysis',
  'poll',
  'speculation',
  'report',
])
export type ScenarioKind = z.infer<typeof ScenarioKindSchema>

export const ScenarioSchema = z.object({
  groups: z.array(
    z.object({
      /** The party the quotes are about or from (an overview party id); null for none. */
      party: z.string().nullable(),
      /** The party's name, for a heading; null for none. */
      partyName: z.string().nullable(),
      kind: ScenarioKindSchema,
      /** Indexes into the answer's `segments`. */
      segments: z.array(z.number().int().min(0)),
    })
  ),
})
export type Scenario = z.infer<typeof ScenarioSchema>

export const AnswerSchema = z.object({
  id: z.string(),
  question: z.string(),
  mode: z.enum(['extractive', 'model']),
  coverage: CoverageSchema,
  segments: z.array(SegmentSchema),
  passages: z.array(ApiPassageSchema),
  /** The documents the answer quotes, in first-quoted order. Set by verification. */
  sources: z.array(SourceSchema).optional(),
  /** Set when the model was asked but failed, and this extractive answer stands in for it. */
  degraded: z.object({ reason: DegradedReasonSchema }).optional(),
  /**
   * The model stopped before it meant to (its output budget ran out): the answer holds only the
   * sentences it finished, and a notice says so.
   */
  truncated: z.boolean().optional(),
  /** For a scenario question ("what happens if…"): the quotes grouped by party and kind. */
  scenario: ScenarioSchema.optional(),
  /** Two or three questions the dossier answers, related to this one. Set on every response. */
  followUps: z.array(z.string()).optional(),
})
export type Answer = z.infer<typeof AnswerSchema>

/** A follow-up question the build checked the dossier answers (see `follow-ups.ts`). */
export const FollowUpSchema = z.object({
  question: z.string(),
  /** The passages its extractive answer quotes. */
  passageIds: z.array(z.string()),
  /** The canonical names it mentions, e.g. `unitedstates`. */
  names: z.array(z.string()),
})
export type FollowUp = z.infer<typeof FollowUpSchema>
