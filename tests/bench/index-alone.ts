/**
 * The index alone, the two ways the bench compares: loaded as the worker loads it, and built at
 * startup instead. Both end with a searchable Orama index and the sentence statistics retrieval
 * reads, and neither includes parsing the passages, which either design must ship. The probe
 * (Node), the bench worker (workerd) and the cold runs (fresh processes) time these same two.
 */
import type { Artifact } from '../../src/index/artifact.ts'
import { indexPassages } from '../../src/index/build-dossier.ts'
import { loadIndex } from '../../src/index/load.ts'
import { expandSentenceStats, sentenceStats } from '../../src/index/sentence-stats.ts'
import type { Tokenizer } from '../../src/index/tokenizer.ts'
import type { LabelledPassage } from '../../src/provenance/schema.ts'

/**
 * Loads the index and reads the statistics from the artifact's parts, as `loadDossier` does.
 *
 * @example
 * ```ts
 * loadIndexAlone(JSON.parse(indexText), ids, tokenizer)
 * ```
 */
export function loadIndexAlone(
  parts: Pick<Artifact, 'stats' | 'index'>,
  ids: string[],
  tokenizer: Tokenizer
): void {
  loadIndex(parts.index, ids, tokenizer)
  expandSentenceStats(parts.stats)
}

/**
 * Indexes the passages and counts their sentence statistics, as the build does. Pass a fresh
 * tokenizer to time it as a startup would: its stem cache starts empty.
 *
 * @example
 * ```ts
 * buildIndexAlone(passages, createTokenizer(compiled))
 * ```
 */
export function buildIndexAlone(passages: LabelledPassage[], tokenizer: Tokenizer): void {
  indexPassages(passages, tokenizer)
  expandSentenceStats(sentenceStats(passages, tokenizer))
}
