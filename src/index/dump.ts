/**
 * @module index/dump
 * A compact form of the Orama dump for the artifact. `save(db)` writes much of the index twice:
 * each radix node carries its whole word besides its own letters, every (passage, token) pair
 * gets a 17-digit term frequency that the tokenizer makes `1 / passage length` (it returns each
 * token once), each token's document count repeats its node's posting list, and the passage ids
 * repeat the passages. Packing drops all of it, and stores the tree flat (index/packed-tree.ts);
 * the worker reads it with index/load-index.ts. A unit test checks that what it loads is the
 * index Orama built, so an Orama upgrade that changes the dump's shape fails there, not in
 * production.
 */
import type { RawData } from '@orama/orama'
import { z } from 'zod'
import { PackedTreeSchema, packTree, type SavedRadixNode } from './packed-tree.ts'

export const PackedIndexSchema = z.object({
  /** The radix tree of the one searched field, `text`. */
  tree: PackedTreeSchema,
  /** Token count of each passage, by Orama's internal id minus one (the insertion order). */
  lengths: z.array(z.number().int().min(0)),
  averageLength: z.number(),
  language: z.string(),
})
export type PackedIndex = z.infer<typeof PackedIndexSchema>

/** The parts of Orama's dump this module reads (3.1: `save` in serialization.ts). */
interface RawIndex {
  indexes: { text: { type: 'Radix'; node: SavedRadixNode; isArray: boolean } }
  vectorIndexes: Record<string, never>
  searchableProperties: string[]
  searchablePropertiesWithTypes: Record<string, string>
  frequencies: { text: Record<number, Record<string, number>> }
  tokenOccurrences: { text: Record<string, number> }
  avgFieldLength: { text: number }
  fieldLengths: { text: Record<number, number> }
}
interface Raw {
  internalDocumentIDStore: { internalIdToId: string[] }
  index: RawIndex
  docs: { count: number }
  sorting: unknown
  pinning: unknown
  language: string
}

/**
 * Packs `save(db)` of an index whose documents were inserted in the order of `ids` (their
 * internal ids are 1, 2, …). Throws if the dump is not the shape this module knows.
 *
 * @example
 * ```ts
 * const packed = packIndex(save(db), passages.map((p) => p.id))
 * ```
 */
export function packIndex(raw: RawData, ids: string[]): PackedIndex {
  const { internalDocumentIDStore, index, docs, language } = raw as unknown as Raw
  const known = internalDocumentIDStore.internalIdToId
  if (
    known.length !== ids.length ||
    known.some((id, i) => id !== ids[i]) ||
    docs.count !== ids.length
  ) {
    throw new Error('the index was not built from these passages, in this order')
  }
  const text = index.indexes.text
  if (text?.type !== 'Radix' || Object.keys(index.indexes).length !== 1) {
    throw new Error('packIndex knows one radix-indexed field, text')
  }
  return {
    tree: packTree(text.node),
    lengths: ids.map((_, i) => index.fieldLengths.text[i + 1] ?? 0),
    averageLength: index.avgFieldLength.text,
    language,
  }
}
