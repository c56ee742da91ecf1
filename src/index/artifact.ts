/**
 * @module index/artifact
 * The shape of the build's output (`.build/dossier.json`), which the worker imports as data.
 */
import { z } from 'zod'
import { FollowUpSchema } from '../answer/schema.ts'
import { FrontMatterSchema } from '../corpus/schema.ts'
import { OverviewSchema } from '../overview/schema.ts'
import { LabelledPassageSchema } from '../provenance/schema.ts'
import { AliasTableSchema } from './aliases.ts'
import { PackedIndexSchema } from './dump.ts'
import { SentenceStatsSchema } from './sentence-stats.ts'

export const DocumentSummarySchema = FrontMatterSchema.extend({
  passageCount: z.number().int().min(0),
})
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>

/** The artifact's format; bumped when its shape changes. */
export const ARTIFACT_FORMAT = 3

export const ArtifactSchema = z.object({
  /** Bumped when the shape changes, so a stale build is refused rather than misread. */
  format: z.literal(ARTIFACT_FORMAT),
  documents: z.array(DocumentSummarySchema),
  passages: z.array(LabelledPassageSchema),
  aliases: AliasTableSchema,
  /** The negotiation's shape, computed at build time (`GET /v1/dossier`). */
  overview: OverviewSchema,
  /** Questions the dossier answers, checked at build time, for answers to suggest. */
  followUps: z.array(FollowUpSchema),
  /** Sentence tokens and referred names, so the worker never tokenizes the dossier. */
  stats: SentenceStatsSchema,
  /** The Orama index, packed (`packIndex`): unpacked and loaded with Orama's `load`. */
  index: PackedIndexSchema,
})
export type Artifact = z.infer<typeof ArtifactSchema>
