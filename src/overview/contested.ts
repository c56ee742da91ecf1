/**
 * @module overview/contested
 * The ledger of contested passages: each with why it is contested (the provenance step's
 * reasons) and the opening sentence of every passage that states otherwise.
 */
import type { LabelledPassage } from '../provenance/schema.ts'
import { quoteOf } from './quote.ts'
import type { ContestedItem, QuoteItem } from './schema.ts'

/** The whole passage, or its first sentence when asked for, as a quote. */
function quotePassage(p: LabelledPassage, firstSentenceOnly = false): QuoteItem {
  const first = p.sentences[0]
  return firstSentenceOnly && first
    ? quoteOf(p, first.start, first.end)
    : quoteOf(p, 0, p.text.length)
}

/**
 * @example
 * ```ts
 * contestedIn(passages).every((c) => c.label === 'contested') // true
 * ```
 */
export function contestedIn(passages: readonly LabelledPassage[]): ContestedItem[] {
  const byId = new Map(passages.map((p) => [p.id, p]))
  return passages
    .filter((p) => p.status === 'contested')
    .map((p) => ({
      ...quotePassage(p),
      reasons: p.reasons ?? [],
      conflictsWith: (p.conflictsWith ?? []).flatMap((id) => {
        const other = byId.get(id)
        return other ? [quotePassage(other, true)] : []
      }),
    }))
}
