/**
 * @module index/build-dossier
 * Builds the dossier artifact from parsed documents: passages, provenance, sentence statistics
 * and the Orama dump. Pure, so tests (and the benchmark's larger dossiers) can build a dossier
 * from documents of their own.
 */
import { insertMultiple, save } from '@orama/orama'
import type { CorpusDocument } from '../corpus/schema.ts'
import { buildOverview } from '../overview/build-overview.ts'
import { compileRoster, type Roster } from '../overview/roster.ts'
import { splitPassages } from '../passages/split.ts'
import { labelPassages } from '../provenance/label.ts'
import type { Editorial, LabelledPassage } from '../provenance/schema.ts'
import { type AliasTable, compileAliases } from './aliases.ts'
import { ARTIFACT_FORMAT, type Artifact } from './artifact.ts'
import { packIndex } from './dump.ts'
import { createIndex, type PassageIndex } from './schema.ts'
import { sentenceStats } from './sentence-stats.ts'
import { createTokenizer, type Tokenizer } from './tokenizer.ts'

/** Inputs of {@link buildDossier}: what `corpus/` holds, parsed. */
export interface BuildDossierOptions {
  documents: CorpusDocument[]
  aliases: AliasTable
  editorial?: Editorial
  /** Parties and tracked plans for the overview; without it the overview lists no parties. */
  roster?: Roster
}

/**
 * Indexes passages: tokenizing and inserting their text. This is the work a prebuilt dump saves
 * the worker.
 *
 * @example
 * ```ts
 * const db = indexPassages(passages, createTokenizer(compileAliases(aliases)))
 * ```
 */
export function indexPassages(passages: LabelledPassage[], tokenizer: Tokenizer): PassageIndex {
  const db = createIndex(tokenizer)
  insertMultiple(
    db,
    passages.map((p) => ({ id: p.id, text: p.text }))
  )
  return db
}

/**
 * @example
 * ```ts
 * const artifact = buildDossier({ documents: [doc], aliases })
 * artifact.passages.length // number of passages across documents
 * ```
 */
export function buildDossier(options: BuildDossierOptions): Artifact {
  const { documents, aliases, editorial, roster } = options
  const split = documents.flatMap((doc) => splitPassages(doc))
  return assembleArtifact({
    documents,
    passages: labelPassages(split, editorial ?? { passages: [] }, {
      documentDates: Object.fromEntries(documents.map((d) => [d.id, d.date])),
      spellings: spellingsOf(aliases),
    }),
    aliases,
    ...(roster && { roster }),
  })
}

/** The alias table's one-word spellings, lower case → canonical: "velmoria" → "velmora". */
function spellingsOf(aliases: AliasTable): Map<string, string> {
  return new Map(
    Object.entries(aliases.names).flatMap(([canonical, variants]) =>
      variants.filter((v) => !/\s/.test(v)).map((v) => [v.toLowerCase(), canonical] as const)
    )
  )
}

/** Inputs of {@link assembleArtifact}: documents and their passages, labelled. */
export interface AssembleArtifactOptions {
  documents: CorpusDocument[]
  passages: LabelledPassage[]
  aliases: AliasTable
  /** Parties and tracked plans for the overview; without it the overview lists no parties. */
  roster?: Roster
}

/**
 * The artifact of labelled passages: document summaries, the overview, sentence statistics and
 * the packed index (follow-ups are added by `withFollowUps`, which needs the loaded dossier). {@link buildDossier} labels all passages together first; the benchmark's larger
 * dossiers label each document on its own.
 *
 * @example
 * ```ts
 * const artifact = assembleArtifact({ documents, passages: labelPassages(split, editorial), aliases })
 * ```
 */
export function assembleArtifact({
  documents,
  passages,
  aliases,
  roster,
}: AssembleArtifactOptions): Artifact {
  const tokenizer = createTokenizer(compileAliases(aliases))
  const counts = new Map<string, number>()
  for (const p of passages) counts.set(p.documentId, (counts.get(p.documentId) ?? 0) + 1)
  const summaries = documents.map(({ body: _body, ...meta }) => ({
    ...meta,
    passageCount: counts.get(meta.id) ?? 0,
  }))
  const overview = buildOverview({
    passages,
    documents: summaries,
    roster: compileRoster(roster ?? { parties: {}, proposals: {} }, aliases),
  })
  return {
    format: ARTIFACT_FORMAT,
    documents: summaries,
    passages,
    aliases,
    overview,
    followUps: [],
    stats: sentenceStats(passages, tokenizer),
    index: packIndex(
      save(indexPassages(passages, tokenizer)),
      passages.map((p) => p.id)
    ),
  }
}
