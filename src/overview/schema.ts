/**
 * @module overview
 * The overview step owns the shape of the negotiation as the dossier states it: the parties and
 * their positions, the proposals with who backs and who objects, the dated events in order, the
 * contested claims and the figures. Every item is a verbatim quote with its location, computed
 * from the labelled passages at build time; nothing here is written by hand.
 */
import { z } from 'zod'
import { CitationSchema } from '../answer/schema.ts'
import { StatusSchema } from '../provenance/schema.ts'

/** One verbatim quote, labelled as its passage is. */
export const QuoteItemSchema = z.object({
  citation: CitationSchema,
  label: StatusSchema,
  /** Who says it, as the passage names them; absent when the article says it in its own voice. */
  attribution: z.string().optional(),
})
export type QuoteItem = z.infer<typeof QuoteItemSchema>

export const PositionKindSchema = z.enum(['demand', 'refusal', 'offer', 'condition'])
export type PositionKind = z.infer<typeof PositionKindSchema>

export const PositionSchema = QuoteItemSchema.extend({ kind: PositionKindSchema })
export type Position = z.infer<typeof PositionSchema>

export const PartySchema = z.object({
  id: z.string(),
  name: z.string(),
  /** What the party is in the talks when it is not a side, e.g. `host`. */
  role: z.string().optional(),
  /** The spellings the dossier's alias table folds to this party, people included. */
  aliases: z.array(z.string()),
  positions: z.array(PositionSchema),
})
export type Party = z.infer<typeof PartySchema>

export const ProposalQuoteSchema = QuoteItemSchema.extend({
  /** What the quote says of the proposal: a party backs it, objects to it, or it is described. */
  role: z.enum(['backs', 'objects', 'describes']),
  /** The parties the quote has backing or objecting. */
  parties: z.array(z.string()),
  /** Of the backing parties, those that set a condition in the same sentence ("only if …"). */
  conditional: z.array(z.string()).optional(),
})
export type ProposalQuote = z.infer<typeof ProposalQuoteSchema>

export const ProposalSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Party ids, each backed by at least one quote whose `role` is `backs`. */
  backers: z.array(z.string()),
  /** Party ids, each backed by at least one quote whose `role` is `objects`. */
  objectors: z.array(z.string()),
  quotes: z.array(ProposalQuoteSchema),
})
export type Proposal = z.infer<typeof ProposalSchema>

export const EventDateSchema = z.object({
  /** First possible day, `YYYY-MM-DD`. */
  start: z.iso.date(),
  /** Last possible day; equal to `start` for one known day. */
  end: z.iso.date(),
  precision: z.enum(['day', 'week', 'month', 'year']),
  /**
   * True when the text is vague ("last week", "on Friday" in an undated article) or the date
   * depends on a publication date the dossier knows only as a range.
   */
  approximate: z.boolean(),
})
export type EventDate = z.infer<typeof EventDateSchema>

export const EventSchema = QuoteItemSchema.extend({
  date: EventDateSchema,
  /** The words that date it, as written, e.g. "last August". */
  dateText: z.string(),
  /** Relative to the document that reports it, not to today: a meeting still to come stays to come. */
  when: z.enum(['past', 'upcoming']),
  documentId: z.string(),
})
export type TimelineEvent = z.infer<typeof EventSchema>

export const ContestedSchema = QuoteItemSchema.extend({
  reasons: z.array(z.string()),
  /** The first sentence of each passage that states otherwise. */
  conflictsWith: z.array(QuoteItemSchema),
})
export type ContestedItem = z.infer<typeof ContestedSchema>

export const FigureSchema = QuoteItemSchema.extend({
  /** The figure as written, e.g. "$800 billion", "Over 54%". */
  text: z.string(),
  value: z.number(),
  unit: z.string().optional(),
  /** What it counts: the words after the figure, as written, e.g. "Ostland drones". */
  counts: z.string(),
})
export type Figure = z.infer<typeof FigureSchema>

export const OverviewSchema = z.object({
  parties: z.array(PartySchema),
  proposals: z.array(ProposalSchema),
  timeline: z.array(EventSchema),
  contested: z.array(ContestedSchema),
  figures: z.array(FigureSchema),
})
export type Overview = z.infer<typeof OverviewSchema>
