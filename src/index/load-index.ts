/**
 * @module index/load-index
 * Orama's index component for the worker: the stock one, with a `load` that reads the packed
 * dump (index/dump.ts) straight into Orama's in-memory index. Orama's own `load` would want the
 * unpacked dump, every node with its whole word and a term frequency per (passage, word), and
 * turn it into nodes a second time; this one builds the tree lazily (index/packed-tree.ts) and
 * derives the tables Orama scores with from the passage lengths. `save` stays Orama's, and so
 * does search, but for the one kind retrieval makes (any term, by prefix, all hits), which
 * {@link prefixSearch} scores as Orama does, in the same order, without Orama's per-hit costs.
 * Unit tests check that the loaded index is the one Orama built, and ranks the same.
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
  /** Not Orama's: each passage's term frequency by internal id, as `frequencies` answers it. */
  termFrequency: Float64Array
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
    search: prefixSearch(component.search),
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
    termFrequency: Float64Array.from([0, ...packed.lengths], (length) => 1 / (length || 1)),
  }
}

type Search = typeof oramaIndex.search

/**
 * Orama's search (3.1: `search` in components/index.ts) for what retrieval asks of a loaded index:
 * every passage holding a word that starts with one of the terms' tokens (not exact, no
 * tolerance, no filter, `threshold: 1`). Orama copies each word's postings into an array,
 * checking every id against those already copied (quadratic in a common word's passages, most of
 * the cost at 30× the seed), then scores each through a map of maps and a term-frequency proxy.
 * This walks the same nodes in the same order and adds the same BM25 terms in the same order, so
 * every score is the same number, bit for bit, and the hits come out in Orama's order.
 * Anything else, and an index built rather than loaded, goes to Orama's own.
 */
function prefixSearch(stock: Search): Search {
  return (...args) => {
    const [index, term, tokenizer, language, properties, exact, tolerance, boost, relevance] = args
    const [, , , , , , , , , docsCount, filtered, threshold] = args
    const loaded = index as unknown as LoadedIndex
    const tf = loaded.termFrequency
    if (exact || tolerance || filtered || threshold !== 1 || !(tf instanceof Float64Array)) {
      return stock(...args)
    }
    const tokens = tokenizer.tokenize(term, language)
    if (tokens.length === 0) return stock(...args)
    const { k, b, d } = relevance
    const scores = new Float64Array(tf.length)
    const seen = new Uint8Array(tf.length)
    const touched: number[] = []
    for (const prop of properties) {
      if (prop !== 'text') return stock(...args)
      const boostPerProperty = boost[prop] ?? 1
      if (boostPerProperty <= 0) return stock(...args)
      const avgFieldLength = loaded.avgFieldLength.text
      const fieldLengths = loaded.fieldLengths.text
      const occurrences = loaded.tokenOccurrences.text
      for (const token of tokens) {
        const found = findByPrefix(loaded.indexes.text.node, token)
        for (const word of Object.keys(found)) {
          const ids = found[word]
          if (!ids) continue
          // Read after the walk: the lazy tree counts a word when it builds the word's node.
          const count = occurrences[word]
          const matching = typeof count === 'number' ? count : 0
          // Orama's BM25 (components/algorithms.ts), term for term.
          const idf = Math.log(1 + (docsCount - matching + 0.5) / (matching + 0.5))
          for (const id of ids) {
            if (id >= tf.length) return stock(...args)
            const frequency = tf[id] ?? 0
            const length = fieldLengths[id] ?? 0
            const bm25 =
              (idf * (d + frequency * (k + 1))) /
              (frequency + k * (1 - b + (b * length) / avgFieldLength))
            if (seen[id] === 0) {
              seen[id] = 1
              touched.push(id)
            }
            scores[id] = (scores[id] ?? 0) + bm25 * boostPerProperty
          }
        }
      }
    }
    // Best first, ties by id: the order Orama's search then sorts its hits into (by
    // `sortTokenScorePredicate`), which finds them sorted and has nothing left to do.
    return touched
      .map((id) => [id, scores[id] ?? 0] as [number, number])
      .sort((x, y) => (y[1] === x[1] ? x[0] - y[0] : y[1] - x[1]))
  }
}

/**
 * Orama's `RadixNode.find` by prefix, returning each word's own postings rather than a copy: the
 * same words, in the same order (a plain object's keys, as Orama's), on the same lazy nodes.
 */
function findByPrefix(root: radix.RadixNode, term: string): Record<string, Set<number>> {
  const output: Record<string, Set<number>> = {}
  let node = root
  let i = 0
  while (i < term.length) {
    const child = node.c.get(term.charAt(i))
    if (!child) return output
    const edge = child.s
    let j = 0
    while (j < edge.length && i + j < term.length && edge[j] === term[i + j]) j++
    if (j === edge.length) {
      node = child
      i += j
    } else if (i + j === term.length) {
      node = child
      break
    } else {
      return output
    }
  }
  const stack = [node]
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (next.e) output[next.w] = next.d as Set<number>
    if (next.c.size > 0) stack.push(...next.c.values())
  }
  return output
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
