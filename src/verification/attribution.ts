/**
 * @module verification/attribution
 * Who a model's sentence says speaks ("Novak said …", "According to the ministry, …") against
 * who the dossier says speaks the sentences it cites. The cited passage's attribution comes from
 * the provenance step, with a pronoun resolved ("‘We are close,’ he said." is Novak's when the
 * passage named him first), so a reader can trust the name in front of a quote. A mismatch is a
 * warning on the sentence; its labels stay, since the quote itself is verified.
 */
import type { Citation } from '../answer/schema.ts'
import { speakerOf } from '../check/reading.ts'
import type { Dossier } from '../index/load.ts'
import { mentions, namesIn } from './specifics.ts'

/** The names of who `text` says speaks, possessives dropped ("Novak’s post" → Novak). */
export function speakerNames(dossier: Dossier, text: string): string[] {
  const speaker = speakerOf(text)
  if (!speaker?.named) return []
  return namesIn(dossier.tokenizer, ` ${speaker.text}`).map((n) => n.name.replace(/[’']s$/u, ''))
}

/**
 * A warning when the sentence names a speaker that none of its citations is spoken by: the
 * quote's named attribution, or else the passage up to the quote, which names whom a
 * description means.
 *
 * @example
 * ```ts
 * attributionWarning(dossier, 'Lind said talks were close.', citations)
 * // 'It gives these words to “Lind”; the passage it cites gives them to “Ana Novak”.'
 * ```
 */
export function attributionWarning(
  dossier: Dossier,
  text: string,
  citations: readonly Citation[]
): string | undefined {
  const names = speakerNames(dossier, text)
  if (names.length === 0 || citations.length === 0) return undefined
  const { tokenizer } = dossier
  const spoken = citations.some((c) => {
    const passage = dossier.byId.get(c.passageId)
    // A named attribution is who says it; a description ("officials") or none leaves the
    // passage up to the quote to say whom it means.
    const named = c.attribution && namesIn(tokenizer, ` ${c.attribution}`).length > 0
    const said = named
      ? (c.attribution as string)
      : `${passage?.text.slice(0, c.end) ?? c.quote} ${c.attribution ?? ''}`
    const tokens = new Set(tokenizer.tokens(said))
    return names.every((n) => mentions(tokenizer, said, tokens, n))
  })
  if (spoken) return undefined
  const theirs = [...new Set(citations.flatMap((c) => c.attribution ?? []))]
  const whom = theirs.length > 0 ? theirs.map((t) => `“${t}”`).join(' and ') : 'no one named'
  return `It gives these words to “${names.join(' ')}”; the passage it cites gives them to ${whom}.`
}
