/**
 * @module overview/positions
 * Each party's positions: sentences where the party (or one of its people) demands, refuses,
 * offers or sets a condition. The actor is the party named in the same clause before the verb,
 * so "the U.S. is pressing Kyiv" is the United States' demand, not Ukraine's.
 */
import type { CompiledRoster, Mention } from './roster.ts'
import type { PositionKind } from './schema.ts'

/** Verbs and phrases that state a position, by kind. Plain data: extend it here. */
const POSITION_CUES: ReadonlyArray<readonly [PositionKind, RegExp]> = [
  [
    'condition',
    /\b(?:unless|only if|only end if|contingent on|prerequisite|before ceding|depends? on|in exchange for)\b/gi,
  ],
  [
    'refusal',
    /\b(?:refus(?:e|es|ed|al|ing)|will not|won[’']t|not trying to|reject(?:s|ed)?|oppose[sd]?|has yet to accept|consistently refused)\b/gi,
  ],
  [
    'demand',
    /\b(?:demands? for|insist(?:s|ed|ing)?|pressing|pushing for|push(?:es)? for|to pressure|wants|calls? for|seeks|require)\b/gi,
  ],
  [
    'offer',
    /\b(?:offer(?:s|ed|ing)?|proposed|ready to sign|brokered|agreeing|agreed to|might forgo|willing to)\b/gi,
  ],
]

/** Where a clause starts: the speaker of a later clause is not the subject of an earlier one. */
const CLAUSE_BREAK = /[;:—]|,\s+(?:who|which|where|while|but|with)\b|\b(?:that|where)\s/g
/** A clause whose subject is a pronoun refers to a party named before it. */
const PRONOUN_SUBJECT = /^\s*(?:it|he|she|they)\b/i
/** A name after a preposition is an object ("ceding Donbas to Russia"), not who acts. */
const AFTER_PREPOSITION =
  /\b(?:to|from|with|of|for|on|against|over|among|by|in|at|between|into|towards?|upon)\s+(?:the\s+)?$/i
/** Attribution ahead of the sentence ("According to a Kremlin source, …") names no actor. */
const ATTRIBUTION_LEAD = /^According to [^,]+(?:, citing [^,]+)?,/i
/** Between two names acting together: "the U.S. and European demands", "Kyiv and its allies". */
const JOINED = /^(?:,\s*|,?\s+and\s+(?:its\s+)?)$/

/** Cues that are nouns: "European demands for a negotiated settlement". */
const NOUN_CUE = /^demands?\b/i

/** A position a sentence states, and who holds it. */
export interface StatedPosition {
  kind: PositionKind
  parties: string[]
  /** Offset of the cue in the sentence. */
  at: number
}

/** The chain of names joined to `mentions[i]` by "and" or commas, from the first of them. */
function joinedFrom(text: string, mentions: Mention[], i: number): Mention[] {
  const chain = [mentions[i] as Mention]
  for (let j = i + 1; j < mentions.length; j++) {
    const prev = mentions[j - 1] as Mention
    const next = mentions[j] as Mention
    if (!JOINED.test(text.slice(prev.end, next.start))) break
    chain.push(next)
  }
  return chain
}

/**
 * The parties acting at offset `at` in `text`: the subject of the cue's clause, with any names
 * joined to it. Names after a preposition or inside a leading attribution are objects and
 * sources, not actors, unless they stand right before a noun cue ("the U.S. and European
 * demands"). A clause that opens with a pronoun acts for the party named before it;
 * a clause with no name acts for the sentence's first.
 */
export function actorsAt(text: string, mentions: Mention[], at: number): string[] {
  let clauseStart = 0
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m.index >= at) break
    clauseStart = m.index + m[0].length
  }
  const leadEnd = ATTRIBUTION_LEAD.exec(text)?.[0].length ?? 0
  const before = mentions.filter((m) => m.end <= at && m.start >= leadEnd)
  const adjacent = before.findIndex(
    (_m, i) => joinedFrom(text, before, i).at(-1)?.end === text.slice(0, at).trimEnd().length
  )
  const isSubject = (m: Mention) =>
    !AFTER_PREPOSITION.test(text.slice(m.start >= clauseStart ? clauseStart : 0, m.start))
  const chainOf = (m: Mention | undefined) =>
    m ? [...new Set(joinedFrom(text, before, before.indexOf(m)).map((x) => x.party))] : []
  // Only a noun cue has its owner right before it; "Ukraine agreeing" after "contingent on" is
  // the object of someone else's condition.
  if (adjacent >= 0 && NOUN_CUE.test(text.slice(at))) return chainOf(before[adjacent])
  if (PRONOUN_SUBJECT.test(text.slice(clauseStart, at))) {
    return chainOf(before.filter((m) => m.end <= clauseStart && isSubject(m)).at(-1))
  }
  const inClause = before.find((m) => m.start >= clauseStart && isSubject(m))
  return chainOf(inClause ?? before.find(isSubject))
}

/**
 * The positions `text` states, strongest kind first per party: a sentence that sets a condition
 * and refuses ("will not end the war unless…") is a condition.
 *
 * @example
 * ```ts
 * positionsIn('Putin will not end the war unless Ukraine withdraws.', roster)
 * // [{ kind: 'condition', parties: ['russia'], at: 24 }]
 * ```
 */
export function positionsIn(text: string, roster: CompiledRoster): StatedPosition[] {
  const mentions = roster.mentions(text)
  if (mentions.length === 0) return []
  const found: StatedPosition[] = []
  const taken = new Set<string>()
  for (const [kind, re] of POSITION_CUES) {
    for (const m of text.matchAll(re)) {
      const parties = actorsAt(text, mentions, m.index).filter((p) => !taken.has(p))
      if (parties.length === 0) continue
      for (const p of parties) taken.add(p)
      found.push({ kind, parties, at: m.index })
    }
  }
  return found.sort((a, b) => a.at - b.at)
}
