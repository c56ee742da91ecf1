/**
 * @module index
 * The index step owns the searchable form of the dossier: the Orama schema and tokenizer (one
 * module for build and worker), the build that writes the dump at build time, and the load
 * that reads it once per isolate, at global scope.
 */
import { create, type Orama } from '@orama/orama'
import type { Tokenizer } from './tokenizer.ts'

/**
 * Only `text` is searched; `documentId` is an enum so a later filter by document is exact. The
 * passage id is Orama's document id, not a field, and sorting is off: neither is ever used, and
 * each would add to the dump (see the notes on dump size).
 */
export const INDEX_SCHEMA = { text: 'string', documentId: 'enum' } as const
export type PassageIndex = Orama<typeof INDEX_SCHEMA>

/** Creates an empty index with the shared tokenizer. */
export function createIndex(tokenizer: Tokenizer): PassageIndex {
  return create({
    schema: INDEX_SCHEMA,
    sort: { enabled: false },
    components: { tokenizer: tokenizer.orama },
  })
}
