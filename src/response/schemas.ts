/**
 * @module response/schemas
 * The HTTP API's request and response schemas: they validate requests and generate the OpenAPI
 * document, so the two cannot disagree.
 */
import { z } from '@hono/zod-openapi'
import {
  AnswerSchema,
  ApiPassageSchema,
  DegradedReasonSchema,
  SegmentSchema,
} from '../answer/schema.ts'
import { CheckSchema } from '../check/schema.ts'
import { ProblemSchema } from './problem.ts'

export const ModeSchema = z.enum(['auto', 'extractive', 'model'])

/** Code points, not UTF-16 units: what a reader counts as characters, as JSON Schema does. */
const codePoints = (s: string) => [...s].length

/**
 * A string of at most `max` characters, counted in code points both when validated and in the
 * document (`maxLength`), so an emoji counts once wherever the limit is read.
 */
const text = (max: number, what: string) =>
  z
    .string()
    .refine((s) => codePoints(s) <= max, `must be at most ${max} characters${what}`)
    .openapi({ maxLength: max })

/** The `id` an answer is given: `ans_` and a UUID. */
const AnswerIdSchema = z.string().regex(/^ans_[0-9a-f-]{36}$/, 'must be an answer id, e.g. ans_…')

const QuestionSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty or blank')
  .pipe(text(1000, ' after trimming'))
  .openapi({ minLength: 1, maxLength: 1000 })

/** One earlier turn of the conversation. */
export const TurnSchema = z
  .strictObject({
    question: QuestionSchema,
    /** The id of the answer that turn got. */
    answerId: AnswerIdSchema.optional(),
  })
  .openapi('Turn')

export const AnswerRequestSchema = z
  .strictObject({
    question: QuestionSchema,
    /**
     * Up to 10 earlier turns of this conversation, oldest first: a follow-up ("and what did
     * Ostland say about that?") is read as continuing the question before it.
     */
    history: z
      .array(TurnSchema)
      .max(10, 'must hold at most 10 earlier turns')
      .optional()
      .default([]),
    mode: ModeSchema.optional().default('auto'),
    /** Stream the answer as Server-Sent Events (as `Accept: text/event-stream` does). */
    stream: z.boolean().optional().default(false),
  })
  .openapi('AnswerRequest', {
    example: {
      question: 'And what did Ostland say about that?',
      history: [{ question: 'What happened at the talks in Velmora?' }],
    },
  })

export const AnswerResponseSchema = AnswerSchema.openapi('Answer')

export const CheckRequestSchema = z
  .strictObject({
    summary: text(20_000, '')
      .refine((s) => s.trim().length > 0, 'must not be empty or blank')
      .openapi({ minLength: 1, maxLength: 20_000 }),
    mode: ModeSchema.optional().default('auto'),
  })
  .openapi('CheckRequest', {
    example: {
      summary: 'The talks ended on Tuesday. Both delegations agreed to a prisoner exchange.',
    },
  })

export const CheckResponseSchema = CheckSchema.openapi('Check')

export const CheckQuerySchema = z.strictObject({
  /** `claimreview`: the verdicts as schema.org ClaimReview JSON-LD instead of the check. */
  format: z.enum(['json', 'claimreview']).default('json'),
})

const QuotationSchema = z.object({
  '@type': z.literal('Quotation'),
  /** The passage the quote is cut from. */
  identifier: z.string(),
  text: z.string(),
  creator: z.object({ '@type': z.string(), name: z.string() }).optional(),
  isPartOf: z.object({
    '@type': z.literal('NewsArticle'),
    headline: z.string().optional(),
    publisher: z.object({ '@type': z.string(), name: z.string() }).optional(),
    datePublished: z.string().optional(),
    url: z.string().optional(),
  }),
})

export const ClaimReviewDocumentSchema = z
  .object({
    '@context': z.literal('https://schema.org'),
    '@graph': z.array(
      z.object({
        '@type': z.literal('ClaimReview'),
        url: z.string(),
        claimReviewed: z.string(),
        datePublished: z.string(),
        author: z.object({ '@type': z.string(), name: z.string(), url: z.string() }),
        reviewRating: z.object({
          '@type': z.literal('Rating'),
          alternateName: z.string(),
          ratingExplanation: z.string(),
        }),
        itemReviewed: z.object({
          '@type': z.literal('Claim'),
          text: z.string(),
          citation: z.array(QuotationSchema),
        }),
      })
    ),
  })
  .openapi('ClaimReviewDocument')

export const PassagesQuerySchema = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1, 'must not be empty or blank')
    .max(1000, 'must be at most 1000 characters after trimming')
    .openapi({ example: 'prisoner exchange' }),
  limit: z.coerce
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(50, 'must be at most 50')
    .default(5)
    .openapi({ example: 5 }),
})

export const PassageIdSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9-]+\.p\d+$/, 'must be a passage id such as report-one.p03')
    .openapi({ param: { name: 'id', in: 'path' }, example: 'report-one.p03' }),
})

export const PassageResponseSchema = ApiPassageSchema.openapi('Passage')

export const PassageHitsSchema = z
  .object({
    hits: z.array(ApiPassageSchema.extend({ score: z.number() })),
  })
  .openapi('PassageHits')

export const HealthSchema = z
  .object({
    status: z.literal('ok'),
    documents: z.number().int(),
    passages: z.number().int(),
    mode: z.enum(['extractive', 'model']),
  })
  .openapi('Health')

export const FeedbackRequestSchema = z
  .strictObject({
    /** The `id` of the answer the feedback is about. */
    answerId: AnswerIdSchema,
    helpful: z.boolean(),
    /** What was wrong, in the reader's words: up to 2,000 characters. */
    comment: text(2000, '').optional(),
  })
  .openapi('FeedbackRequest', {
    example: {
      answerId: 'ans_6f1c2d3e-0000-4000-8000-000000000000',
      helpful: false,
      comment: 'The date of the talks is wrong.',
    },
  })

export const FeedbackResponseSchema = z
  .object({ id: z.string() })
  .openapi('FeedbackResponse', { example: { id: 'fb_0d9e2c1a-0000-4000-8000-000000000000' } })

/**
 * The answer's Server-Sent Events, one schema per event: `event` is the SSE `event:` line and
 * `data` the JSON of its `data:` line. In order: `passages` first, `text` while the model writes,
 * `degraded` if it fails, a `segment` per verified segment, then `done`, or `error`.
 */
export const AnswerEventSchema = z
  .discriminatedUnion('event', [
    z.object({
      event: z.literal('passages'),
      /** The passages the segments may cite, before any segment cites them. */
      data: z.array(ApiPassageSchema),
    }),
    z.object({
      event: z.literal('text'),
      /** Model text as it arrives: unverified, for showing progress only. */
      data: z.object({ text: z.string() }),
    }),
    z.object({
      event: z.literal('degraded'),
      /** The model failed; the extractive answer follows. */
      data: z.object({ reason: DegradedReasonSchema }),
    }),
    z.object({
      event: z.literal('segment'),
      data: z.object({ index: z.number().int().min(0), segment: SegmentSchema }),
    }),
    z.object({
      event: z.literal('done'),
      /** The complete answer, the same as the JSON response. */
      data: AnswerResponseSchema,
    }),
    z.object({
      event: z.literal('error'),
      /** A failure after the stream began, as a problem document. */
      data: ProblemSchema,
    }),
  ])
  .openapi('AnswerEvent')
