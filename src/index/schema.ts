/**
 * @module index
 * The index step owns the searchable form of the dossier: the Orama schema and tokenizer (one
 * module for build and worker), the build that writes the dump at build time, and the load
 * that reads it once per isolate, at global scope.
 */
import { type AnyDocument, create, type IDocumentsStore } from '@orama/orama'
import { packedIndexComponent } from './load-index.ts'
import type { Tokenizer } from './tokenizer.ts'

/**
 * Only `text` is searched, so it is the only field. The passage id is Orama's document id, not a
 * field, and sorting is off: neither is ever used, and each would add to the dump (see the notes
 * on dump size).
 */
export const INDEX_SCHEMA = { text: 'string' } as const

/** What {@link countingStore} keeps: how many documents were inserted, and nothing of them. */
export interface CountingStore {
  docs: Record<number, AnyDocument>
  count: number
}

/**
 * Orama's documents store without the documents. Orama keeps a copy of every inserted document
 * (and so of every passage's text) to hand back with search hits; the dossier already holds the
 * passages, and retrieval only reads the hits' ids and scores. The count stays: BM25 needs it.
 */
export const countingStore: IDocumentsStore<CountingStore> = {
  create: () => ({ docs: {}, count: 0 }),
  get: () => undefined,
  getMultiple: (_, ids) => ids.map(() => undefined),
  getAll: (store) => store.docs,
  store: (store) => {
    store.count++
    return true
  },
  remove: (store) => {
    store.count--
    return true
  },
  count: (store) => store.count,
  load: (_, raw) => ({ docs: {}, count: (raw as { count: number }).count }),
  save: <R>(store: CountingStore) => ({ count: store.count }) as R,
}

/**
 * Creates an empty index with the shared tokenizer: inserted into at build time, loaded from the
 * packed dump in the worker (`loadIndex` in index/load.ts).
 *
 * @example
 * ```ts
 * const db = createIndex(createTokenizer(aliases))
 * insertMultiple(db, passages.map((p) => ({ id: p.id, text: p.text })))
 * ```
 */
export function createIndex(tokenizer: Tokenizer) {
  return create({
    schema: INDEX_SCHEMA,
    sort: { enabled: false },
    components: {
      tokenizer: tokenizer.orama,
      documentsStore: countingStore,
      // Orama's index, loaded from the packed dump (index/load-index.ts).
      index: packedIndexComponent(),
    },
  })
}

/** The dossier's Orama instance, with the counting store. */
export type PassageIndex = ReturnType<typeof createIndex>
