/**
 * @module index/build-dossier
 * Builds the dossier artifact from parsed documents: passages, provenance, and the Orama dump.
 * Pure, so tests can build a dossier from documents of their own.
 */
import { insertMultiple, save } from '@orama/orama'
import type { CorpusDocument } from '../corpus/schema.ts'
import { buildOverview } from '../overview/build-overview.ts'
import { compileRoster, type Roster } from '../overview/roster.ts'
import { splitPassages } from '../passages/split.ts'
import { labelPassages } from '../provenance/label.ts'
import type { Editorial } from '../provenance/schema.ts'
import { type AliasTable, compileAliases } from './aliases.ts'
import type { Artifact } from './artifact.ts'
import { createIndex } from './schema.ts'
import { createTokenizer } from './tokenizer.ts'

/** Inputs of {@link buildDossier}: what `corpus/` holds, parsed. */
export interface BuildDossierOptions {
  documents: CorpusDocument[]
  aliases: AliasTable
  editorial?: Editorial
  /** Parties and tracked plans for the overview; without it the overview lists no parties. */
  roster?: Roster
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
  const passages = labelPassages(split, editorial ?? { passages: [] })
  const db = createIndex(createTokenizer(compileAliases(aliases)))
  insertMultiple(
    db,
    passages.map((p) => ({ id: p.id, text: p.text, documentId: p.documentId }))
  )
  const summaries = documents.map(({ body: _body, ...meta }) => ({
    ...meta,
    passageCount: passages.filter((p) => p.documentId === meta.id).length,
  }))
  const overview = buildOverview({
    passages,
    documents: summaries,
    roster: compileRoster(roster ?? { parties: {}, proposals: {} }, aliases),
  })
  return {
    format: 2,
    documents: summaries,
    passages,
    aliases,
    overview,
    followUps: [],
    index: save(db),
  }
}
