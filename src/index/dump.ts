/**
 * @module index/dump
 * A compact form of the Orama dump for the artifact. `save(db)` writes much of the index twice:
 * each radix node carries its whole word besides its own letters, every (passage, token) pair
 * gets a 17-digit term frequency that the tokenizer makes `1 / passage length` (it returns each
 * token once), each token's document count repeats its node's posting list, and the passage ids
 * repeat the passages. Packing drops all of it; unpacking, at load, rebuilds Orama's own dump
 * for `load(db, raw)`, which is cheaper than parsing it. A unit test checks the round trip, so an
 * Orama upgrade that changes the dump's shape fails there, not in production.
 */
import type { RawData } from '@orama/orama'
import { z } from 'zod'

/** A radix node: its letters, whether a word ends here, that word's passages, its children. */
export type PackedNode = [letters: string, ends: 0 | 1, postings: number[], children: PackedNode[]]

const PackedNodeSchema: z.ZodType<PackedNode> = z.lazy(() =>
  z.tuple([
    z.string(),
    z.union([z.literal(0), z.literal(1)]),
    z.array(z.number()),
    z.array(PackedNodeSchema),
  ])
)

export const PackedIndexSchema = z.object({
  /** The radix tree of the one searched field, `text`. */
  tree: PackedNodeSchema,
  /** Token count of each passage, by Orama's internal id minus one (the insertion order). */
  lengths: z.array(z.number().int().min(0)),
  averageLength: z.number(),
  language: z.string(),
})
export type PackedIndex = z.infer<typeof PackedIndexSchema>

/** The parts of Orama's dump this module reads and writes (3.1: `save` in serialization.ts). */
interface RawRadixNode {
  w: string
  s: string
  e: boolean
  k: string
  d: number[]
  c: [string, RawRadixNode][]
}
interface RawIndex {
  indexes: { text: { type: 'Radix'; node: RawRadixNode; isArray: boolean } }
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
  const pack = (node: RawRadixNode): PackedNode => [
    node.s,
    node.e ? 1 : 0,
    node.d,
    node.c.map(([, child]) => pack(child)),
  ]
  return {
    tree: pack(text.node),
    lengths: ids.map((_, i) => index.fieldLengths.text[i + 1] ?? 0),
    averageLength: index.avgFieldLength.text,
    language,
  }
}

/**
 * Rebuilds Orama's dump from {@link packIndex}'s output and the same ids, for `load(db, raw)`.
 *
 * @example
 * ```ts
 * load(db, unpackIndex(artifact.index, artifact.passages.map((p) => p.id)))
 * ```
 */
export function unpackIndex(packed: PackedIndex, ids: string[]): RawData {
  const { lengths } = packed
  const fieldLengths: Record<number, number> = {}
  const frequencies: Record<number, Record<string, number>> = {}
  for (let i = 0; i < lengths.length; i++) {
    fieldLengths[i + 1] = lengths[i] ?? 0
    frequencies[i + 1] = {}
  }
  const tokenOccurrences: Record<string, number> = {}
  const unpack = ([letters, ends, postings, children]: PackedNode, above: string): RawRadixNode => {
    const word = above + letters
    if (ends && postings.length > 0) {
      tokenOccurrences[word] = postings.length
      for (const id of postings) {
        const doc = frequencies[id]
        // The tokenizer returns each token once, so a token's frequency is 1 / the length.
        if (doc) doc[word] = 1 / (lengths[id - 1] ?? 1)
      }
    }
    return {
      w: word,
      s: letters,
      e: ends === 1,
      k: letters.charAt(0),
      d: postings,
      c: children.map((child) => [child[0].charAt(0), unpack(child, word)]),
    }
  }
  const raw: Raw = {
    internalDocumentIDStore: { internalIdToId: ids },
    index: {
      indexes: { text: { type: 'Radix', node: unpack(packed.tree, ''), isArray: false } },
      vectorIndexes: {},
      searchableProperties: ['text'],
      searchablePropertiesWithTypes: { text: 'string' },
      frequencies: { text: frequencies },
      tokenOccurrences: { text: tokenOccurrences },
      avgFieldLength: { text: packed.averageLength },
      fieldLengths: { text: fieldLengths },
    },
    docs: { count: ids.length },
    sorting: { enabled: false },
    pinning: { rules: [] },
    language: packed.language,
  }
  return raw as unknown as RawData
}
