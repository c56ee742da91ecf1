/**
 * @module answer/passages
 * The public view of a passage, as answers and the passages API return it, with its sentences'
 * own labels; and the label a quote carries: that of the sentences it lies in.
 */

import type { Dossier } from '../index/load.ts'
import type { LabelledPassage, SentenceLabel, Status } from '../provenance/schema.ts'
import type { ApiPassage, ApiSentence, Citation } from './schema.ts'

/**
 * Drops build-only fields (index, editorial flag, each sentence's cue and reasons) and flags
 * captions and headlines; each sentence keeps its span, status and who says it.
 */
export function toApiPassage(p: LabelledPassage): ApiPassage {
  return {
    id: p.id,
    documentId: p.documentId,
    text: p.text,
    status: p.status,
    ...(p.attribution && { attribution: p.attribution }),
    ...(p.reasons && { reasons: p.reasons }),
    ...(p.conflictsWith && { conflictsWith: p.conflictsWith }),
    ...(p.kind === 'caption' && { caption: true }),
    ...(p.kind === 'headline' && { headline: true }),
    location: p.location,
    sentences: p.sentences.map(
      (s): ApiSentence => ({
        start: s.start,
        end: s.end,
        status: s.status,
        ...(s.attribution && { attribution: s.attribution }),
        ...(s.source && { source: s.source }),
        ...(p.kind === 'caption' && { caption: true }),
      })
    ),
  }
}

/**
 * The public view of each passage named in `ids`, in that order: what every verified answer,
 * check and overview carries beside its citations.
 *
 * @example
 * ```ts
 * citedPassages(dossier, ['report-one.p03'])[0]?.status // 'sourced'
 * ```
 */
export function citedPassages(dossier: Dossier, ids: Iterable<string>): ApiPassage[] {
  return [...ids].flatMap((id) => {
    const p = dossier.byId.get(id)
    return p ? [toApiPassage(p)] : []
  })
}

/** The strongest status among sentences, as a passage summarises its own. */
function summaryOf(statuses: Status[]): Status {
  if (statuses.includes('contested')) return 'contested'
  return statuses.includes('sourced') ? 'sourced' : 'unsourced'
}

/** The sentences of `passage` that `[start, end)` overlaps. */
function sentencesUnder(passage: LabelledPassage, start: number, end: number): SentenceLabel[] {
  return passage.sentences.filter((s) => s.start < end && start < s.end)
}

/**
 * `citation` with the label of the sentences its quote lies in: the strongest of their statuses
 * (contested, else sourced, else unsourced) and who says them (a pronoun's source). A passage
 * whose label an editor set (its sentences carry it too) or that has no sentences lends its
 * own. The one place answers and checks take a quote's label from, so a quote never carries
 * its neighbours' label.
 *
 * @example
 * ```ts
 * labelCitation(passage, { passageId: passage.id, quote, start, end }).status // 'sourced'
 * ```
 */
export function labelCitation(passage: LabelledPassage, citation: Citation): Citation {
  const under = sentencesUnder(passage, citation.start, citation.end)
  const { status: _s, attribution: _a, ...rest } = citation
  if (under.length === 0) {
    return {
      ...rest,
      status: passage.status,
      ...(passage.attribution && { attribution: passage.attribution }),
    }
  }
  // Who says it, with a pronoun resolved: "he" alone tells a reader of the quote nothing.
  const said = [...new Set(under.flatMap((s) => s.source ?? s.attribution ?? []))]
  return {
    ...rest,
    status: summaryOf(under.map((s) => s.status)),
    ...(said.length > 0 && { attribution: said.join('; ') }),
  }
}
