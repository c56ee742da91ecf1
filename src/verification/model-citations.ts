/**
 * @module verification/model-citations
 * Maps the model's citations back to the dossier. A citation names a search result and a range of
 * its text blocks; we sent one passage per search result and one sentence per block, so it names
 * a passage and a run of its sentences. The quote is cut from our own passage text — never taken
 * from the model — and a citation whose indices fall outside what was sent, whose source is not
 * the passage sent at that index, or whose `cited_text` is not the text of the blocks it names,
 * is rejected.
 */
import type { TextCitation } from '@anthropic-ai/sdk/resources/messages'
import type { ModelBlocks } from '../answer/model/client.ts'
import type { Citation } from '../answer/schema.ts'
import type { LabelledPassage } from '../provenance/schema.ts'

/** Why a model citation was rejected. */
export type CitationRejection =
  | 'not_a_search_result_citation'
  | 'result_out_of_range'
  | 'block_out_of_range'
  | 'source_mismatch'
  | 'cited_text_mismatch'

/** The result of {@link resolveCitation}: our citation, or why there is none. */
export type Resolved = { ok: true; citation: Citation } | { ok: false; reason: CitationRejection }

const squash = (s: string) => s.replace(/\s+/g, ' ').trim()

/**
 * @example
 * ```ts
 * resolveCitation({ type: 'search_result_location', search_result_index: 0,
 *   start_block_index: 0, end_block_index: 1, cited_text, source, title }, sent)
 * // { ok: true, citation: { passageId: sent[0].id, quote, start, end } }
 * ```
 */
export function resolveCitation(c: TextCitation, sent: readonly LabelledPassage[]): Resolved {
  if (c.type !== 'search_result_location')
    return { ok: false, reason: 'not_a_search_result_citation' }
  const passage = sent[c.search_result_index]
  if (!Number.isInteger(c.search_result_index) || !passage) {
    return { ok: false, reason: 'result_out_of_range' }
  }
  const { start_block_index: from, end_block_index: to } = c
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to <= from) {
    return { ok: false, reason: 'block_out_of_range' }
  }
  const first = passage.sentences[from]
  const last = passage.sentences[to - 1]
  if (!first || !last) return { ok: false, reason: 'block_out_of_range' }
  if (c.source !== passage.id) return { ok: false, reason: 'source_mismatch' }
  const blocks = passage.sentences.slice(from, to).map((s) => passage.text.slice(s.start, s.end))
  // The API joins the blocks without saying with what; compare with whitespace squashed.
  const cited = squash(c.cited_text)
  if (cited !== squash(blocks.join(' ')) && cited !== squash(blocks.join(''))) {
    return { ok: false, reason: 'cited_text_mismatch' }
  }
  const quote = passage.text.slice(first.start, last.end)
  return { ok: true, citation: { passageId: passage.id, quote, start: first.start, end: last.end } }
}

/** The model's text end to end, with where each block's text (and its citations) sits in it. */
export interface JoinedBlocks {
  text: string
  spans: { start: number; end: number; citations: TextCitation[] }[]
}

/**
 * The blocks joined: the API splits text at every citation, so what a reader reads, a sentence
 * or a verdict line, may span several blocks.
 *
 * @example
 * ```ts
 * joinBlocks([{ text: 'Talks ended', citations }, { text: '.', citations: [] }]).text // 'Talks ended.'
 * ```
 */
export function joinBlocks(blocks: ModelBlocks): JoinedBlocks {
  let text = ''
  const spans = blocks.map((b) => {
    const start = text.length
    text += b.text
    return { start, end: text.length, citations: b.citations }
  })
  return { text, spans }
}

/** Do two citations quote the same span of the same passage? */
export const sameCitation = (a: Citation, b: Citation) =>
  a.passageId === b.passageId && a.start === b.start && a.end === b.end
