/**
 * @module overview/roster
 * The overview's vocabulary (`corpus/overview.yaml`): which alias groups make up each party, and
 * the words for the plans the newsroom tracks. Compiled once into patterns that find mentions
 * with their offsets, so the rules can tell who comes before a verb.
 */
import { z } from 'zod'
import { type AliasTable, escapeRegExp, isAcronym, wholeWords } from '../index/aliases.ts'

const PartyEntrySchema = z.strictObject({
  name: z.string().min(1),
  role: z.string().optional(),
  /** Canonical names of `aliases.yaml`'s `names` groups. */
  names: z.array(z.string().regex(/^[a-z]+$/)).min(1),
  /**
   * Further spellings of the party the index need not fold ("the coalition of the willing"):
   * the overview reads them as the party, retrieval reads them as words.
   */
  spellings: z.array(z.string().min(1)).optional(),
})

const ProposalEntrySchema = z.strictObject({
  name: z.string().min(1),
  /** A sentence mentions the proposal when it holds one of these… */
  terms: z.array(z.string().min(1)).min(1),
  /** …and, when given, one of these too. */
  with: z.array(z.string().min(1)).optional(),
})

export const RosterSchema = z.strictObject({
  parties: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), PartyEntrySchema),
  proposals: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), ProposalEntrySchema).default({}),
})
export type Roster = z.infer<typeof RosterSchema>

/** A party named in a text: which one, where, and the words used. */
export interface Mention {
  party: string
  start: number
  end: number
}

/** A proposal's words: where `text` mentions it, as `[start, end)` spans; none if it does not. */
export interface ProposalTerms {
  id: string
  name: string
  find(text: string): Array<[number, number]>
}

/** A roster ready to apply. */
export interface CompiledRoster {
  parties: ReadonlyArray<{ id: string; name: string; role?: string; aliases: string[] }>
  /** Every party mention in `text`, in order; overlapping spellings count once, longest first. */
  mentions(text: string): Mention[]
  proposals: ReadonlyArray<ProposalTerms>
}

/** A pattern for any of `words`; short capitals (US, UAE) match only in capitals. */
export function wordsPattern(words: readonly string[]): (text: string) => Array<[number, number]> {
  const sorted = [...words].sort((a, b) => b.length - a.length)
  const exact = sorted.filter(isAcronym).map(escapeRegExp)
  const folded = sorted.filter((w) => !isAcronym(w)).map(escapeRegExp)
  const patterns = [
    ...(exact.length > 0 ? [wholeWords(exact, 'gu')] : []),
    ...(folded.length > 0 ? [wholeWords(folded, 'giu')] : []),
  ]
  return (text) =>
    patterns.flatMap((re) =>
      [...text.matchAll(re)].map((m): [number, number] => [m.index, m.index + m[0].length])
    )
}

/**
 * Finds `parties` in a text by their spellings: every mention in order, overlapping spellings
 * counted once, the longest first.
 *
 * @example
 * ```ts
 * partyFinder([{ id: 'north', aliases: ['Novak', 'the court'] }])('Novak met the mediator')[0]?.party // 'north'
 * ```
 */
export function partyFinder(
  parties: ReadonlyArray<{ id: string; aliases: readonly string[] }>
): (text: string) => Mention[] {
  const finders = parties.map(({ id, aliases }) => ({ id, find: wordsPattern(aliases) }))
  return (text) => {
    const all = finders.flatMap(({ id, find }) =>
      find(text).map(([start, end]) => ({ party: id, start, end }))
    )
    all.sort((a, b) => a.start - b.start || b.end - a.end)
    const out: Mention[] = []
    for (const m of all) {
      const last = out[out.length - 1]
      if (!last || m.start >= last.end) out.push(m)
    }
    return out
  }
}

/**
 * @example
 * ```ts
 * const roster = compileRoster(RosterSchema.parse(yaml), aliases)
 * roster.mentions('Novak met the mediator')[0]?.party // 'north'
 * ```
 */
export function compileRoster(roster: Roster, aliases: AliasTable): CompiledRoster {
  const parties = Object.entries(roster.parties).map(([id, entry]) => {
    const spellings = entry.names.flatMap((name) => {
      const list = aliases.names[name]
      if (!list) throw new Error(`overview.yaml: party ${id} names ${name}, not in aliases.yaml`)
      return list
    })
    spellings.push(...(entry.spellings ?? []))
    return {
      id,
      name: entry.name,
      ...(entry.role && { role: entry.role }),
      aliases: [...new Set(spellings)],
    }
  })
  return {
    parties,
    mentions: partyFinder(parties),
    proposals: Object.entries(roster.proposals).map(([id, entry]) => {
      const terms = wordsPattern(entry.terms)
      const also = entry.with && wordsPattern(entry.with)
      return {
        id,
        name: entry.name,
        find: (text: string) => (!also || also(text).length > 0 ? terms(text) : []),
      }
    }),
  }
}
