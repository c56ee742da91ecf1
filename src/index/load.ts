/**
 * @module index/load
 * Turns the build artifact into the in-memory dossier: the Orama index loaded from its packed
 * dump (never rebuilt), passages by id, and the sentence statistics the build computed. Nothing is
 * tokenized here: the load is what every isolate pays before its first request.
 */
import { load } from '@orama/orama'
import type { FollowUp } from '../answer/schema.ts'
import type { Overview } from '../overview/schema.ts'
import type { LabelledPassage } from '../provenance/schema.ts'
import { type CompiledAliases, compileAliases } from './aliases.ts'
import { ARTIFACT_FORMAT, type Artifact, type DocumentSummary } from './artifact.ts'
import type { PackedIndex } from './dump.ts'
import { packedDump } from './load-index.ts'
import { createIndex, type PassageIndex } from './schema.ts'
import { type ExpandedSentenceStats, expandSentenceStats } from './sentence-stats.ts'
import { createTokenizer, type Tokenizer } from './tokenizer.ts'

/** Everything a request needs, created once per isolate. */
export interface Dossier extends ExpandedSentenceStats {
  documents: DocumentSummary[]
  /** The negotiation's shape, as the build computed it. */
  overview: Overview
  /** Questions the dossier answers, for answers to suggest. */
  followUps: FollowUp[]
  passages: LabelledPassage[]
  byId: ReadonlyMap<string, LabelledPassage>
  /** Passage id → its position in `passages` (and in `sentenceTokens`). */
  positions: ReadonlyMap<string, number>
  index: PassageIndex
  tokenizer: Tokenizer
  aliases: CompiledAliases
}

/**
 * @example
 * ```ts
 * const dossier = loadDossier(JSON.parse(text))
 * dossier.byId.get('talks-resume.p03')?.status // 'sourced'
 * ```
 */
export function loadDossier(artifact: Artifact): Dossier {
  if (artifact.format !== ARTIFACT_FORMAT) {
    throw new Error(`dossier format ${artifact.format} is not ${ARTIFACT_FORMAT}: rebuild`)
  }
  const aliases = compileAliases(artifact.aliases)
  const tokenizer = createTokenizer(aliases)
  const index = loadIndex(
    artifact.index,
    artifact.passages.map((p) => p.id),
    tokenizer
  )
  return {
    documents: artifact.documents,
    // A getter: the artifact fills in the overview's quotes on first read (parseArtifact).
    get overview() {
      return artifact.overview
    },
    followUps: artifact.followUps,
    passages: artifact.passages,
    byId: new Map(artifact.passages.map((p) => [p.id, p])),
    positions: new Map(artifact.passages.map((p, i) => [p.id, i])),
    index,
    tokenizer,
    aliases,
    ...expandSentenceStats(artifact.stats),
  }
}

/**
 * The Orama index alone, loaded from its packed dump and the ids of the passages it was built
 * from, in order; what {@link loadDossier} does, and what the bench times against building.
 *
 * @example
 * ```ts
 * const index = loadIndex(artifact.index, artifact.passages.map((p) => p.id), tokenizer)
 * ```
 */
export function loadIndex(packed: PackedIndex, ids: string[], tokenizer: Tokenizer): PassageIndex {
  const index = createIndex(tokenizer)
  load(index, packedDump(packed, ids))
  return index
}
