/**
 * @module overview/positions
 * Each party's positions: sentences where the party (or one of its people) demands, refuses,
 * offers or sets a condition. The actor is the party named in the same clause before the verb,
 * so "the U.S. is pressing Kyiv" is the United States' demand, not Ukraine's.
 */
import { actorsAt } from './actors.ts'
import type { CompiledRoster } from './roster.ts'
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

/** A position a sentence states, and who holds it. */
export interface StatedPosition {
  kind: PositionKind
  parties: string[]
  /** Offset of the cue in the sentence. */
  at: number
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
