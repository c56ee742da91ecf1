/**
 * @module overview/actors
 * Who acts at a point of a sentence: the subject of the verb's clause, never an object or a
 * source. Positions, proposals' backers and objectors, and what-if groups all ask it.
 */
import type { Mention } from './roster.ts'

/** Where a clause starts: the speaker of a later clause is not the subject of an earlier one. */
const CLAUSE_BREAK = /[;:—]|,\s+(?:who|which|where|while|but|with|and)\b|\b(?:that|where)\s/g
/** A clause whose subject is a pronoun refers to a party named before it. */
const PRONOUN_SUBJECT = /^\s*(?:it|he|she|they)\b/i
/** A name after a preposition is an object ("handing the port to the North"), not who acts. */
const AFTER_PREPOSITION =
  /\b(?:to|from|with|of|for|on|against|over|among|by|in|at|between|into|towards?|upon)\s+(?:the\s+)?$/i
/** Attribution ahead of the sentence ("According to a court source, …") names no actor. */
const ATTRIBUTION_LEAD = /^According to [^,]+(?:, citing [^,]+)?,/i
/** Between two names acting together: "the U.S. and Nordic demands", "the capital and its allies". */
const JOINED = /^(?:,\s*|,?\s+and\s+(?:its\s+)?)$/

/** Between a subject and its verb: auxiliaries and adverbs only ("has repeatedly rejected"). */
const SUBJECT_GAP =
  /^\s+(?:(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|shall|does|do|did|also|still|now|repeatedly|firmly|again|both|already|reportedly|then|long|flatly|consistently|publicly|privately|so far|not|never)\s+)*$/i

/** Cues that are nouns: "Nordic demands for a vote". */
const NOUN_CUE = /^demands?\b/i

/** Options of {@link actorsAt}. */
export interface ActorsOptions {
  /**
   * Where a name stands as a verb's object (the language step's `objectStarts`): never the actor.
   * Without it, only names after a preposition are objects.
   */
  objects?: ReadonlySet<number>
  /**
   * Read the whole sentence as one clause: the holder of a noun cue at its end ("… as a
   * condition for a truce") is the sentence's subject, not the subject of the clause it ends.
   */
  acrossClauses?: boolean
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
 * sources, not actors, unless they stand right before a noun cue ("the U.S. and Nordic
 * demands"). A clause that opens with a pronoun acts for the party named before it;
 * a clause with no name acts for the sentence's first.
 *
 * @example
 * ```ts
 * const text = 'Polls oppose handing the port to the North in exchange for aid.'
 * actorsAt(text, roster.mentions(text), text.indexOf('in exchange')) // [] — the North is an object
 * ```
 */
export function actorsAt(
  text: string,
  mentions: Mention[],
  at: number,
  options: ActorsOptions = {}
): string[] {
  let clauseStart = 0
  for (const m of options.acrossClauses ? [] : text.matchAll(CLAUSE_BREAK)) {
    if (m.index >= at) break
    clauseStart = m.index + m[0].length
  }
  const leadEnd = ATTRIBUTION_LEAD.exec(text)?.[0].length ?? 0
  const before = mentions.filter((m) => m.end <= at && m.start >= leadEnd)
  const adjacent = before.findIndex(
    (_m, i) => joinedFrom(text, before, i).at(-1)?.end === text.slice(0, at).trimEnd().length
  )
  const isSubject = (m: Mention) =>
    !options.objects?.has(m.start) &&
    !AFTER_PREPOSITION.test(text.slice(m.start >= clauseStart ? clauseStart : 0, m.start))
  const chainOf = (m: Mention | undefined) =>
    m ? [...new Set(joinedFrom(text, before, before.indexOf(m)).map((x) => x.party))] : []
  // Only a noun cue has its owner right before it; "the capital agreeing" after "contingent on" is
  // the object of someone else's condition.
  if (adjacent >= 0 && NOUN_CUE.test(text.slice(at))) return chainOf(before[adjacent])
  if (PRONOUN_SUBJECT.test(text.slice(clauseStart, at))) {
    return chainOf(before.filter((m) => m.end <= clauseStart && isSubject(m)).at(-1))
  }
  // "an idea the capital rejects": a name that stands right before the verb, with only
  // auxiliaries and adverbs between, is its subject, whoever opened the clause.
  const right = before.findIndex(
    (m, i) =>
      isSubject(m) &&
      SUBJECT_GAP.test(text.slice(joinedFrom(text, before, i).at(-1)?.end ?? m.end, at))
  )
  if (right >= 0 && (before[right] as Mention).start >= clauseStart) return chainOf(before[right])
  const inClause = before.find((m) => m.start >= clauseStart && isSubject(m))
  return chainOf(inClause ?? before.find(isSubject))
}
