/**
 * @module answer/passages
 * The public view of a passage, as answers and the passages API return it.
 */

import type { Dossier } from '../index/load.ts'
import type { LabelledPassage } from '../provenance/schema.ts'
import type { ApiPassage } from './schema.ts'

/** Drops build-only fields (sentences, index, editorial flag) and flags captions and headlines. */
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
  }
}

/**
 * The public view of each passage named in `ids`, in that order: what every verified answer,
 * check and overview carries beside its citations.
 *
 * @example
 * ```ts
 * citedPassages(dossier, ['security-guarantees-donbas.p03'])[0]?.status // 'sourced'
 * ```
 */
export function citedPassages(dossier: Dossier, ids: Iterable<string>): ApiPassage[] {
  return [...ids].flatMap((id) => {
    const p = dossier.byId.get(id)
    return p ? [toApiPassage(p)] : []
  })
}
