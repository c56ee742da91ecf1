/**
 * @module index/load-index
 * Orama's index component for the worker: the stock one, with a `load` that reads the packed
 * dump (index/dump.ts) straight into Orama's in-memory index. Orama's own `load` would want the
 * unpacked dump, every node with its whole word and a term frequency per (passage, word), and
 * turn it into nodes a second time; this one builds the tree lazily (index/packed-tree.ts) and
 * derives the tables Orama scores with from the passage lengths. Search, scoring and `save` stay
 * Orama's. Unit tests check that the loaded index is the one Orama built, and ranks the same.
 */
import type { RawData } from '@orama/orama'
import { index as oramaIndex } from '@orama/orama/components'
import type { radix } from '@orama/orama/trees'
import type { PackedIndex } from './dump.ts'
import { unpackTree } from './packed-tree.ts'

/** Orama's in-memory index (3.1: `load` in components/index.ts), as this module builds it. */
interface LoadedIndex {
  sharedInternalDocumentStore: unknown
  indexes: { text: { type: 'Radix'; node: radix.RadixTree; isArray: false } }
  vectorIndexes: Record<string, never>
  searchableProperties: string[]
  searchablePropertiesWithTypes: Record<string, string>
  frequencies: { text: TermFrequencies }
  tokenOccurrences: { text: Record<string, number> }
  avgFieldLength: { text: number }
  fieldLengths: { text: (number | undefined)[] }
}

/**
 * A passage's term frequencies, by internal id. Orama asks `frequencies[id][word]` only for a
 * word whose posting list holds `id` (calculateResultScores), and the tokenizer returns each token
 * once, so the answer is `1 / length` for every word of the passage: one object per distinct
 * length answers for all of them, instead of a dictionary per passage with an entry per word
 * (at 30× the seed, 100,000 entries built at every cold start and the most of its garbage).
 */
type TermFrequencies = (Readonly<Record<string, number>> | undefined)[]

function termFrequencies(lengths: number[]): TermFrequencies {
  const byLength = new Map<number, Readonly<Record<string, number>>>()
  const table: TermFrequencies = [undefined]
  for (const length of lengths) {
    let frequency = byLength.get(length)
    if (!frequency) {
      const tf = 1 / (length || 1)
      frequency = new Proxy({}, { get: () => tf })
      byLength.set(length, frequency)
    }
    table.push(frequency)
  }
  return table
}

/**
 * Orama's index component, whose `load` reads the packed dump (`packIndex`'s output, through
 * {@link packedDump}); everything else (insert, search, scoring, `save`) is Orama's.
 *
 * @example
 * ```ts
 * create({ schema, components: { index: packedIndexComponent() } })
 * ```
 */
export function packedIndexComponent() {
  const component = oramaIndex.createIndex()
  return {
    ...component,
    load: (store: unknown, raw: unknown) =>
      loadPackedIndex(store, raw as PackedIndex) as unknown as ReturnType<typeof component.load>,
  }
}

function loadPackedIndex(sharedInternalDocumentStore: unknown, packed: PackedIndex): LoadedIndex {
  const tokenOccurrences: Record<string, number> = {}
  const tree = unpackTree(packed.tree, tokenOccurrences)
  return {
    sharedInternalDocumentStore,
    indexes: { text: { type: 'Radix', node: tree, isArray: false } },
    vectorIndexes: {},
    searchableProperties: ['text'],
    searchablePropertiesWithTypes: { text: 'string' },
    frequencies: { text: termFrequencies(packed.lengths) },
    tokenOccurrences: { text: tokenOccurrences },
    avgFieldLength: { text: packed.averageLength },
    // Orama reads `fieldLengths[internalId]`: an array from 1 is the same table, made faster.
    fieldLengths: { text: [undefined, ...packed.lengths] },
  }
}

/**
 * What `load(db, raw)` takes for an index created with {@link packedIndexComponent}: the packed
 * index and the passage ids it was built from, in order.
 *
 * @example
 * ```ts
 * load(db, packedDump(artifact.index, artifact.passages.map((p) => p.id)))
 * ```
 */
export function packedDump(packed: PackedIndex, ids: string[]): RawData {
  const raw = {
    internalDocumentIDStore: { internalIdToId: ids },
    index: packed,
    docs: { count: ids.length },
    sorting: { enabled: false },
    pinning: { rules: [] },
    language: packed.language,
  }
  return raw as unknown as RawData
}
