/**
 * @module overview/positions
 * Each party's positions: sentences where the party (or one of its people) demands, refuses,
 * offers or sets a condition. The actor is the party named in the same clause before the verb,
 * so "Ostland is urging Velmora" is Ostland's demand, not Velmora's.
 */
import { tokensOf } from '../language/analyse.ts'
import { objectStarts, stanceCuesOf } from '../language/stance.ts'
import { actorsAt } from './actors.ts'
import type { CompiledRoster } from './roster.ts'
import type { PositionKind } from './schema.ts'

/** Which stance kinds are positions, strongest first: a condition outranks a refusal. */
const POSITION_KINDS: readonly PositionKind[] = ['condition', 'refusal', 'demand', 'offer']

/**
 * Where one stated position ends and another may begin: "Velmora refuses, but has said it could
 * accept a ceasefire" states a refusal and an offer of one party.
 */
const POSITION_BREAK = /[;:—]|,\s+(?:but|and|while|whereas|although|though)\b|\s+but\s+/g

/** A third person's possessive right before a cue ("their offers"): the stance is not the speaker's. */
const THIRD_PERSON_OWNER = /\b(?:their|his|her)\s+$/i
/** A speaker who speaks of itself in the first person: "their", "his" are then someone else. */
const FIRST_PERSON = /\b(?:we|our|us|I|my|me)\b/

/**
 * Where the positions of `text` break: {@link POSITION_BREAK}, and a comma before a participle
 * ("accepted the plan, urging the capital to follow"), which states a second position.
 */
function positionBreaks(text: string): number[] {
  const breaks = [...text.matchAll(POSITION_BREAK)].map((m) => m.index)
  const tokens = tokensOf(text)
  tokens.forEach((t, i) => {
    const next = tokens[i + 1]
    if (t.text === ',' && next?.pos === 'VERB' && next.lower.endsWith('ing')) breaks.push(t.start)
  })
  return breaks
}

/** Which clause the offset `at` stands in, counted from 0, given the sentence's breaks. */
function clauseOf(breaks: readonly number[], at: number): number {
  return breaks.filter((b) => b < at).length
}

/** What a refusal waits on, later in its clause: "until", "till", "before". */
const WAITS_ON = /\b(?:until|till|before)\b/i

/** The rest of the clause from `at`: up to the sentence's next position break. */
function clauseText(text: string, breaks: readonly number[], at: number): string {
  const end = breaks.find((b) => b > at) ?? text.length
  return text.slice(at, end)
}

/** Options of {@link positionsIn}. */
export interface PositionsOptions {
  /** The parties of whoever the sentence quotes (its attribution or speaker). */
  speaker?: readonly string[]
}

/** A position a sentence states, and who holds it. */
export interface StatedPosition {
  kind: PositionKind
  parties: string[]
  /** Offset of the cue in the sentence. */
  at: number
}

/**
 * The positions `text` states, from the language step's stance cues, strongest kind first per
 * party and clause: a clause that sets a condition and refuses ("will not sign unless…") is a
 * condition; a refusal and an offer in two clauses are two positions.
 *
 * @example
 * ```ts
 * positionsIn('Novak will not sign unless the border reopens.', roster)
 * // [{ kind: 'condition', parties: ['novakland'], at: 20 }]
 * ```
 */
export function positionsIn(
  text: string,
  roster: CompiledRoster,
  options: PositionsOptions = {}
): StatedPosition[] {
  const mentions = roster.mentions(text)
  const speaker = options.speaker ?? []
  if (mentions.length === 0 && speaker.length === 0) return []
  const found: StatedPosition[] = []
  const taken = new Set<string>()
  const objects = objectStarts(text)
  const breaks = positionBreaks(text)
  // "ruled out a meeting until a final document is ready", "no relief until the last prisoner
  // is home": a refusal that says what it waits on sets a condition.
  const cues = stanceCuesOf(text).map((c) =>
    c.kind === 'refusal' && WAITS_ON.test(clauseText(text, breaks, c.at))
      ? { ...c, kind: 'condition' as const }
      : c
  )
  for (const kind of POSITION_KINDS) {
    for (const cue of cues.filter((c) => c.kind === kind)) {
      const clause = clauseOf(breaks, cue.at)
      // "will not withdraw as a precondition for a truce" refuses the condition; it sets none.
      const refused = cues.some(
        (c) => c.kind === 'refusal' && c.at < cue.at && clauseOf(breaks, c.at) === clause
      )
      if (kind === 'condition' && cue.pos === 'NOUN' && refused) continue
      // "…, as a condition for a truce": a noun condition is the sentence subject's.
      const acrossClauses = kind === 'condition' && cue.pos === 'NOUN'
      // "The capital insists that the North withdraw before any truce": a condition inside what
      // a party demands is the demanding party's, not the subject of the demanded clause's.
      const demand = cues.find(
        (c) =>
          c.kind === 'demand' &&
          c.pos === 'VERB' &&
          c.at < cue.at &&
          clauseOf(breaks, c.at) === clause
      )
      const demanders =
        kind === 'condition' && demand ? actorsAt(text, mentions, demand.at, { objects }) : []
      const actors =
        demanders.length > 0
          ? demanders
          : actorsAt(text, mentions, cue.at, { objects, acrossClauses })
      // "We will not sign": with no party acting in the text, the one who says it holds it;
      // "grateful to our partners for their offers" is someone else's, though "he repeated his
      // offer" is the speaker's own.
      const others = THIRD_PERSON_OWNER.test(text.slice(0, cue.at)) && FIRST_PERSON.test(text)
      const parties = (actors.length > 0 ? actors : others ? [] : speaker).filter(
        (p) => !taken.has(`${p} ${clause}`)
      )
      if (parties.length === 0) continue
      for (const p of parties) taken.add(`${p} ${clause}`)
      found.push({ kind, parties, at: cue.at })
    }
  }
  return found.sort((a, b) => a.at - b.at)
}
