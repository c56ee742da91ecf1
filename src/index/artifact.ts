/**
 * @module index/artifact
 * The shape of the build's output (`.build/dossier.txt`), which the worker imports as data.
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
export const ARTIFACT_FORMAT = 4

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
  /** The Orama index, packed (`packIndex`), which Orama's `load` reads (`packedDump`). */
  index: PackedIndexSchema,
})
export type Artifact = z.infer<typeof ArtifactSchema>

/**
 * An overview item's quote, as the artifact stores it: only where it is. Its words, label and
 * attribution are the passage's, so storing them would store the dossier twice (at 30× the seed
 * they were a third of the file); {@link parseArtifact} puts them back from the passages.
 */
interface StoredQuote {
  citation: { passageId: string; start: number; end: number; quote?: string }
  label?: string
  attribution?: string
}

const isQuote = (value: unknown): value is StoredQuote =>
  typeof value === 'object' && value !== null && 'citation' in value

/**
 * Writes the artifact as the build stores it (`.build/dossier.txt`): JSON, with each overview
 * quote reduced to its passage and offsets.
 *
 * @example
 * ```ts
 * await writeFile('.build/dossier.txt', serializeArtifact(artifact))
 * ```
 */
export function serializeArtifact(artifact: Artifact): string {
  return JSON.stringify(artifact, (_key, value: unknown) => {
    if (!isQuote(value)) return value
    const { citation, label: _label, attribution: _attribution, ...item } = value
    return { ...item, citation: { ...citation, quote: undefined } }
  })
}

/** Puts back each stored quote's words, label and attribution from its passage, in place. */
function hydrateQuotes(
  value: unknown,
  passages: ReadonlyMap<string, Artifact['passages'][number]>
) {
  if (Array.isArray(value)) {
    for (const v of value) hydrateQuotes(v, passages)
    return
  }
  if (typeof value !== 'object' || value === null) return
  if (isQuote(value)) {
    const { citation } = value
    const passage = passages.get(citation.passageId)
    if (passage && citation.quote === undefined) {
      citation.quote = passage.text.slice(citation.start, citation.end)
      value.label = passage.status
      if (passage.attribution) value.attribution = passage.attribution
    }
  }
  for (const v of Object.values(value)) if (typeof v === 'object') hydrateQuotes(v, passages)
}

/**
 * Reads the artifact from the text the build wrote (`.build/dossier.txt`); what
 * {@link serializeArtifact} left out of the overview is put back when the overview is first read. The worker imports that file as a Text module, not as
 * JSON: a JSON module is bundled as an object literal, which V8 must parse and evaluate as code
 * at every cold start; a Text module is handed over as a string, and `JSON.parse` builds the
 * objects on V8's fast path (the bench measures the difference).
 *
 * @example
 * ```ts
 * import text from '../../.build/dossier.txt'
 * const artifact = parseArtifact(text)
 * ```
 */
export function parseArtifact(text: string): Artifact {
  // Trusted: the build wrote it from an `Artifact`, and `loadDossier` checks the format.
  const artifact = JSON.parse(text) as Artifact
  // Put back on first use, not at global scope: only `GET /v1/dossier` and what-if answers read
  // the overview, and at 30× the seed hydrating it costs 3–5 ms of every cold start.
  const stored = artifact.overview
  let hydrated = false
  Object.defineProperty(artifact, 'overview', {
    enumerable: true,
    get() {
      if (!hydrated) hydrateQuotes(stored, new Map(artifact.passages.map((p) => [p.id, p])))
      hydrated = true
      return stored
    },
  })
  return artifact
}
