/**
 * @module index/build-dossier
 * Builds the dossier artifact from parsed documents: passages, provenance, and the Orama dump.
 * Pure, so tests can build a dossier from documents of their own.
 */
import { insertMultiple, save } from '@orama/orama'
import type { CorpusDocument } from '../corpus/schema.ts'
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
}

/**
 * @example
 * ```ts
 * const artifact = buildDossier({ documents: [doc], aliases })
 * artifact.passages.length // number of passages across documents
 * ```
 */
export function buildDossier({ documents, aliases, editorial }: BuildDossierOptions): Artifact {
  const split = documents.flatMap((doc) => splitPassages(doc))
  const passages = labelPassages(split, editorial ?? { passages: [] })
  const db = createIndex(createTokenizer(compileAliases(aliases)))
  insertMultiple(
    db,
    passages.map((p) => ({ id: p.id, text: p.text, documentId: p.documentId }))
  )
  return {
    format: 1,
    documents: documents.map(({ body: _body, ...meta }) => ({
      ...meta,
      passageCount: passages.filter((p) => p.documentId === meta.id).length,
    })),
    passages,
    aliases,
    index: save(db),
  }
}
