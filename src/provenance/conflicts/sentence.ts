/**
 * @module provenance/conflicts/sentence
 * What every conflict rule reads of a sentence: where it stands, its words after any dateline,
 * the language step's tokens, its document's date, and small readings built on them (clauses,
 * names, event words by class). It also owns the shape of a conflict and its reason, a plain
 * sentence quoting both sides, so every rule words its finding the same way.
 */
import type { Token } from '../../language/analyse.ts'
import type { DocumentDate } from '../../language/dates.ts'
import { LEXICON } from '../../language/lexicon.ts'
import type { LabelledPassage } from '../schema.ts'
import { VOCABULARY } from './vocabulary.ts'

/** One contradiction: sentence `sentence` of passage `id` is contested because of `other`. */
export interface Conflict {
  id: string
  sentence: number
  other: string
  reason: string
}

/** A sentence of the dossier with where it stands and what the language step read in it. */
export interface ConflictSentence {
  passage: LabelledPassage
  index: number
  text: string
  /** Its words after any dateline, timestamp or speaker label. */
  body: string
  /** Its proper names, by lemma: the anchors two sentences must share to fill one slot. */
  names: Set<string>
  /** The language step's tokens, placed in `text`; empty when the analysis is not at hand. */
  tokens?: Token[]
  /** Where `body` starts in `text`. */
  bodyStart?: number
  /** The date of the document that prints it, to read "on Tuesday" against. */
  date?: DocumentDate
  /** The alias table's spellings, lower case → canonical: "velmoria" → "velmora". */
  spellings?: ReadonlyMap<string, string>
}

/** A rule: all the conflicts it finds among the sentences of the dossier. */
export type Rule = (sentences: ConflictSentence[]) => Conflict[]

/**
 * The conflict that contests `a` because of `b`, with a reason that quotes both.
 *
 * @example
 * ```ts
 * conflict(a, b, '212 detainees', '205 detainees', 'the handover').reason
 * // 'This says “212 detainees” (the handover), while another passage says “205 detainees”.'
 * ```
 */
export function conflict(
  a: ConflictSentence,
  b: ConflictSentence,
  said: string,
  otherSaid: string,
  slot: string
): Conflict {
  const where = a.passage.id === b.passage.id ? 'another sentence here' : 'another passage'
  // A whole sentence quoted inside the reason keeps its words, not its full stop.
  const quote = (x: string) => x.trim().replace(/(?<![A-Z])\.$/, '')
  said = quote(said)
  otherSaid = quote(otherSaid)
  return {
    id: a.passage.id,
    sentence: a.index,
    other: b.passage.id,
    reason: `This says “${said}”${slot ? ` (${slot})` : ''}, while ${where} says “${otherSaid}”.`,
  }
}

/** What a conflict's reason quotes of each side, read back from {@link conflict}'s wording. */
const REASON =
  /^This says “(.+?)”(?: \([^)]*\))?, while another (?:passage|sentence here) says “(.+)”\.$/u

/**
 * The two sides a conflict's reason quotes, or undefined for a reason of another kind.
 *
 * @example
 * ```ts
 * sidesOf('This says “212 detainees” (the handover), while another passage says “205 detainees”.')
 * // { said: '212 detainees', otherSaid: '205 detainees' }
 * ```
 */
export function sidesOf(reason: string): { said: string; otherSaid: string } | undefined {
  const m = REASON.exec(reason)
  return m?.[1] && m[2] ? { said: m[1], otherSaid: m[2] } : undefined
}

/** Both directions of one conflict: each side is contested because of the other. */
export function bothWays(
  a: ConflictSentence,
  b: ConflictSentence,
  said: string,
  otherSaid: string,
  slot: string
): Conflict[] {
  return [conflict(a, b, said, otherSaid, slot), conflict(b, a, otherSaid, said, slot)]
}

/** The sentence's tokens that stand in its body, after any dateline or speaker label. */
export function bodyTokens(s: ConflictSentence): Token[] {
  const from = s.bodyStart ?? 0
  return (s.tokens ?? []).filter((t) => t.start >= from)
}

/** A half-open range of characters in a sentence's text. */
export interface Range {
  start: number
  end: number
}

/**
 * The clause around character `at`: punctuation that sets off a phrase (comma, semicolon, colon,
 * dash, brackets) bounds it, so "The handover, agreed on Friday, covers 205" puts "on Friday"
 * and "205" in different clauses.
 */
export function clauseAround(text: string, at: number): Range {
  // A comma between digits ("4,300") groups thousands; it bounds nothing.
  const stop = /(?<!\d),|,(?!\d)|[;:—–()[\]]|\s-\s/g
  let start = 0
  let end = text.length
  for (const m of text.matchAll(stop)) {
    if (m.index < at) start = m.index + m[0].length
    else {
      end = m.index
      break
    }
  }
  return { start, end }
}

const inRange = (t: Token, r: Range) => t.start >= r.start && t.end <= r.end

/** The tokens of `tokens` inside `range`. */
export const tokensIn = (tokens: Token[], range: Range) => tokens.filter((t) => inRange(t, range))

/** A reporting verb ("say", "tell", "deny") by lemma: its date is the date of the saying. */
export const isReporting = (t: Token) => t.pos === 'VERB' && LEXICON.reporting.has(t.lemma)

/** The event class of a lemma ("swap" and "exchange" are one class), or undefined. */
export function eventClass(lemma: string): string | undefined {
  return VOCABULARY.eventClass.get(lemma)
}

/**
 * The event class of a token: by lemma, or for a noun by its own form too, since some event
 * nouns live in the plural ("talks", whose lemma "talk" is a verb of speech); and nouns that are
 * events only as nouns ("a call" is a meeting, "called for" is not).
 */
export function eventClassOf(t: Token): string | undefined {
  if (t.pos !== 'NOUN') return eventClass(t.lemma)
  return eventClass(t.lemma) ?? eventClass(t.lower) ?? VOCABULARY.nounEventClass.get(t.lemma)
}

/** One-word stance verbs by lemma → their kind: "support" and "back" are one stance. */
const STANCE = new Map(
  Object.entries(LEXICON.stance).flatMap(([kind, cues]) =>
    cues.filter((c) => c.length === 1).map((c) => [c[0] ?? '', `stance:${kind}`] as const)
  )
)

/**
 * Classes of the verbs in `tokens` that are neither reporting nor light verbs: an event class,
 * a stance ("support", "back", "endorse" are one), or the lemma itself. With `views`, a verb
 * that can report ("reject", "deny") counts as the stance it also is: what a poll's share holds.
 */
export function verbClasses(tokens: Token[], views = false): Set<string> {
  const out = new Set<string>()
  tokens.forEach((t, i) => {
    const verb = t.pos === 'VERB' || taggedAsideVerb(t, tokens[i + 1])
    if (!verb || (isReporting(t) && !(views && STANCE.has(t.lemma)))) return
    // A phrasal verb first: "bring back" is a return, whatever "bring" alone is.
    const phrasal = eventClass(`${t.lemma} ${tokens[i + 1]?.lower ?? ''}`)
    if (phrasal) out.add(phrasal)
    else if (!VOCABULARY.lightVerbs.has(t.lemma))
      out.add(eventClass(t.lemma) ?? STANCE.get(t.lemma) ?? t.lemma)
  })
  return out
}

/**
 * A stance or event verb the tagger took for a noun or adverb: "41% of voters support a halt",
 * "47% back a halt". Followed by a determiner, it can only be the verb.
 */
export function taggedAsideVerb(t: Token, next: Token | undefined): boolean {
  if (t.pos !== 'NOUN' && t.pos !== 'ADV') return false
  if (!STANCE.has(t.lower) && !eventClass(t.lower)) return false
  return next?.pos === 'DET'
}

/** Event classes named anywhere in `tokens`, by verb or noun ("the swap", "exchanged"). */
export function eventClasses(tokens: Token[]): Set<string> {
  const out = new Set<string>()
  for (const t of tokens) {
    if (t.pos !== 'VERB' && t.pos !== 'NOUN') continue
    if (isReporting(t)) continue
    const c = eventClass(t.lemma)
    if (c) out.add(c)
  }
  return out
}

/**
 * Names in `tokens`: proper nouns, and capitalised words that do not open the sentence
 * ("Norwegian sailors"), by lower-case lemma. Weekdays and months are dates, not anchors.
 */
export function namesIn(tokens: Token[], bodyStart = 0): Set<string> {
  const out = new Set<string>()
  for (const t of tokens) {
    const capital = /^\p{Lu}/u.test(t.text) && t.start > bodyStart
    if (t.pos !== 'PROPN' && !(capital && (t.pos === 'ADJ' || t.pos === 'NOUN'))) continue
    if (VOCABULARY.calendar.test(t.lower)) continue
    out.add(t.lemma.replace(/[’']s$/, ''))
  }
  return out
}

/** Whether two sets share a member. */
/**
 * How many sentences carry each name, given each sentence's names once: what tells a story's
 * own names (in every other sentence) from those that anchor one claim.
 */
export function carriers(named: Iterable<ReadonlySet<string>>): Map<string, number> {
  const count = new Map<string, number>()
  for (const names of named) for (const x of names) count.set(x, (count.get(x) ?? 0) + 1)
  return count
}

/** Whole days between two ISO days, either way round: the slip a report's date allows. */
export const daysBetween = (a: string, b: string) =>
  Math.abs(Date.parse(`${a}T12:00:00Z`) - Date.parse(`${b}T12:00:00Z`)) / 86_400_000

export const meet = <T>(a: Set<T>, b: Set<T>) => [...a].some((x) => b.has(x))

/** A sentence asked, not told: "Has the guild agreed?" claims nothing. */
export const isQuestion = (s: ConflictSentence) => /\?\s*["”’']?\s*$/.test(s.text)

/**
 * The earlier version and its verb of saying: what follows it is the withdrawn statement. "An
 * earlier version also said" is the note's too; "an earlier version of the draft said" is not.
 */
const EARLIER =
  /\b(?:earlier|previous|original) version(?: of this (?:article|story|report|piece|post))?(?:,[^,;]{1,80},)?\s+(?:also\s+)?(?:said|stated|reported|gave|put|quoted)\b/i

/**
 * Where a correction note gives the wrong statement: after its marker ("incorrectly said …")
 * up to the corrected one ("; it lasted …"). A note without a marker ("Correction: …", "This
 * story has been corrected to show …") names the wrong value only as "not X", so its wrong part
 * is empty.
 */
export function wrongPart(s: ConflictSentence): Range | undefined {
  const tokens = bodyTokens(s)
  // "An earlier version of this article said 47% …": what the earlier version said is wrong,
  // as much as what it "incorrectly said".
  const earlier = EARLIER.exec(s.text)
  const marker =
    tokens.find((t) => VOCABULARY.correctionMarkers.has(t.lower)) ??
    (earlier ? tokens.find((t) => t.end >= earlier.index + earlier[0].length) : undefined)
  if (!marker) {
    // "Correction: …" may be read as a speaker's label, so the whole text is looked at too.
    const opening = /^(?:\S+\s+[—–-]\s+)?(?:correction|clarification)\b/i
    const note =
      opening.test(s.body.trimStart()) ||
      opening.test(s.text.trimStart()) ||
      /\b(?:earlier|previous) version of this\b|\b(?:has|have) been (?:corrected|amended)\b/i.test(
        s.body
      )
    return note ? { start: 0, end: 0 } : undefined
  }
  const stop = s.text.slice(marker.end).search(/;|\bbut\b|\binstead\b/)
  return { start: marker.end, end: stop < 0 ? s.text.length : marker.end + stop }
}
