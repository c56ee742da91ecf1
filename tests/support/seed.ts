/**
 * The seed dossier as the worker loads it, and a way to find a passage by a phrase it contains,
 * so tests name passages by their words rather than by ordinal ids.
 */
import { dossier } from '../../src/index/dossier.ts'
import type { LabelledPassage } from '../../src/provenance/schema.ts'

export { dossier }

/** The one passage containing `phrase`; throws if none or several do. */
export function passageWith(phrase: string): LabelledPassage {
  const found = dossier.passages.filter((p) => p.text.includes(phrase))
  if (found.length !== 1) throw new Error(`${found.length} passages contain “${phrase}”`)
  return found[0] as LabelledPassage
}
