/**
 * @module provenance/label
 * Gives every passage its provenance: attribution and hedging cues per sentence, contradictions
 * across the dossier, then the newsroom's editorial entries on top.
 */
import type { Passage } from '../passages/schema.ts'
import { findConflicts } from './conflicts.ts'
import { attributionsOf, hedgesOf } from './cues.ts'
import { ProvenanceError } from './errors.ts'
import type { Editorial, LabelledPassage } from './schema.ts'

/**
 * Labels all passages of the dossier. Conflicts are looked for across documents, so a new
 * document that contradicts an old one contests both.
 *
 * @example
 * ```ts
 * const labelled = labelPassages(passages, { passages: [] })
 * labelled.find((p) => p.text.startsWith('Reports suggest'))?.status // 'contested'
 * ```
 */
export function labelPassages(passages: Passage[], editorial: Editorial): LabelledPassage[] {
  const conflicts = findConflicts(passages)
  const labelled = passages.map((p): LabelledPassage => {
    const attribution = attributionOf(p)
    const reasons = [...hedgesOf(p.text)]
    const conflictsWith: string[] = []
    for (const c of conflicts.filter((c) => c.id === p.id)) {
      if (!reasons.includes(c.reason)) reasons.push(c.reason)
      if (!conflictsWith.includes(c.other)) conflictsWith.push(c.other)
    }
    const status = reasons.length > 0 ? 'contested' : attribution ? 'sourced' : 'unsourced'
    return {
      ...p,
      status,
      ...(attribution && { attribution }),
      ...(reasons.length > 0 && { reasons }),
      ...(conflictsWith.length > 0 && { conflictsWith }),
    }
  })
  return applyEditorial(labelled, editorial)
}

/** The sources a passage names, in order, joined with "; ". */
function attributionOf(p: Passage): string | undefined {
  const names: string[] = []
  for (const s of p.sentences) {
    for (const name of attributionsOf(p.text.slice(s.start, s.end), names.at(-1))) {
      if (!names.includes(name)) names.push(name)
    }
  }
  return names.length > 0 ? names.join('; ') : undefined
}

/**
 * Applies editorial entries: a given field replaces the derived one, and the passage is marked
 * `editorial`. An entry whose id is unknown, or whose passage no longer starts with `expect`,
 * stops the build rather than label the wrong passage.
 */
export function applyEditorial(
  passages: LabelledPassage[],
  editorial: Editorial
): LabelledPassage[] {
  const byId = new Map(passages.map((p) => [p.id, p]))
  for (const entry of editorial.passages) {
    const p = byId.get(entry.id)
    if (!p) throw new ProvenanceError(entry.id, 'no passage has this id')
    if (!p.text.startsWith(entry.expect)) {
      throw new ProvenanceError(entry.id, `the passage no longer starts with “${entry.expect}”`)
    }
    for (const other of entry.conflictsWith ?? []) {
      if (!byId.has(other))
        throw new ProvenanceError(entry.id, `conflictsWith names unknown “${other}”`)
    }
    const next: LabelledPassage = {
      ...p,
      editorial: true,
      ...(entry.status && { status: entry.status }),
      ...(entry.attribution && { attribution: entry.attribution }),
      ...(entry.reasons && { reasons: entry.reasons }),
      ...(entry.conflictsWith && { conflictsWith: entry.conflictsWith }),
    }
    if (next.status !== 'contested') {
      delete next.reasons
      delete next.conflictsWith
    }
    byId.set(p.id, next)
  }
  return passages.map((p) => byId.get(p.id) ?? p)
}
