/**
 * @module answer/passages
 * The public view of a passage, as answers and the passages API return it.
 */
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
