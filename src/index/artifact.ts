/**
 * @module index/artifact
 * The shape of the build's output (`.build/dossier.json`), which the worker imports as data.
 */
import type { RawData } from '@orama/orama'
import { z } from 'zod'
import { FollowUpSchema } from '../answer/follow-ups.ts'
import { FrontMatterSchema } from '../corpus/schema.ts'
import { OverviewSchema } from '../overview/schema.ts'
import { LabelledPassageSchema } from '../provenance/schema.ts'
import { AliasTableSchema } from './aliases.ts'

export const DocumentSummarySchema = FrontMatterSchema.extend({
  passageCount: z.number().int().min(0),
})
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>

export const ArtifactSchema = z.object({
  /** Bumped when the shape changes, so a stale build is refused rather than misread. */
  format: z.literal(2),
  documents: z.array(DocumentSummarySchema),
  passages: z.array(LabelledPassageSchema),
  aliases: AliasTableSchema,
  /** The negotiation's shape, computed at build time (`GET /v1/dossier`). */
  overview: OverviewSchema,
  /** Questions the dossier answers, checked at build time, for answers to suggest. */
  followUps: z.array(FollowUpSchema),
  /** The Orama dump (`save(db)`), loaded with `load(db, raw)`. */
  index: z.custom<RawData>((v) => typeof v === 'object' && v !== null),
})
export type Artifact = z.infer<typeof ArtifactSchema>
