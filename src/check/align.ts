/**
 * @module check/align
 * Lines a summary sentence up with a dossier sentence by the words they share, in order, so that
 * values are compared slot by slot: what stands between the same two shared words on both sides
 * fills the same slot ("met the mayor in ___ on May 2"). A name is swapped only when the summary's
 * slot holds a name the dossier sentence lacks and the dossier's same slot holds another.
 */

import type { Tokenizer } from '../index/tokenizer.ts'
import { capitalOf, countryOf } from '../language/countries.ts'
import { mentions, namesIn } from '../verification/specifics.ts'

/** One word of a sentence with its index tokens and where it stands. */
export interface Word {
  text: string
  start: number
  end: number
  /** Index tokens of the word; empty for a stop word. */
  tokens: string[]
}

/** A stretch of both sentences between the same two shared words (or a sentence's edge). */
export interface Slot {
  claim: { start: number; end: number }
  evidence: { start: number; end: number }
}

/** Prepositions of place, which the index keeps as tokens when they are not stop words. */
// biome-ignore format: a word list reads better packed
export const PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'outside', 'inside', 'on', 'off', 'into', 'across'])
const PLACE_BEFORE = `\\b(?:${[...PREPOSITIONS].join('|')})\\s+(?:the\\s+)?$`
/** A place: the name follows "in", "at", "near", … (and perhaps "the"). */
export const LOCATIVE = new RegExp(PLACE_BEFORE, 'i')
/** Is the name at `at` part of a person's full name: two capitalised words or more? */
export function isPerson(tokenizer: Tokenizer, text: string, at: number, name: string): boolean {
  // A capitalised stop word that opens the sentence ("Most Lindholmers") is no first name.
  const before = /\p{Lu}[\p{L}’'-]+\s+$/u.exec(text.slice(0, at))
  const opens =
    before !== null &&
    /(?:^|[.!?:]\s+)$/u.test(text.slice(0, before.index)) &&
    tokenizer.tokens(before[0]).length === 0
  return (before !== null && !opens) || /^\s+\p{Lu}[\p{L}’'-]+/u.test(text.slice(at + name.length))
}
const unique = (names: string[]) => [...new Set(names)]

/**
 * Is the name at `at` a word of a country's name ("United" of "the United Kingdom"): an actor
 * of another kind than a person, which a person may act for ("the United Kingdom offered" and
 * "Ola Berg offered")?
 */
function inCountryName(text: string, at: number, name: string): boolean {
  const before = /(?:\p{Lu}[\p{L}’'-]+\s+)?$/u.exec(text.slice(0, at))?.[0] ?? ''
  const after = /^(?:\s+\p{Lu}[\p{L}’'-]+)?/u.exec(text.slice(at + name.length))?.[0] ?? ''
  return countryOf(`${before}${name}${after}`.trim().replace(/^the\s+/i, '')) !== undefined
}

/** Prepositions that tell where something happens or comes from, not whom it bears on. */
const WHERE = new Set(['from', 'in', 'at'])

/** Up to two content tokens before a place's preposition: what happens there ("talks in"). */
function placeHeads(tokenizer: Tokenizer, text: string, at: number, count = 2): Set<string> {
  const before = text.slice(Math.max(0, at - 80), at).replace(LOCATIVE, '')
  return new Set(tokenizer.tokens(before).slice(-count))
}

/**
 * A place swapped wherever it stands: the summary's "talks in Oslo" against the dossier's
 * "talks in Rome", both places of the same thing (the words just before them agree).
 */
function placeSwap(
  { tokenizer, claim, evidence, attribution = '', sameEvent = false }: SlotSwapOptions,
  claimNames: { name: string; at: number }[],
  evidenceNames: { name: string; at: number }[],
  evidenceTokens: ReadonlySet<string>
): Swap | undefined {
  // The preposition a place follows: "from Velgrad" and "from Lindmark" fill one slot, which "the
  // round in Lindmark" elsewhere in the sentence does not fill.
  const prepositionOf = (text: string, at: number) =>
    LOCATIVE.exec(text.slice(0, at))?.[0].trim().split(/\s+/)[0]?.toLowerCase()
  const placedAt = (text: string, names: typeof evidenceNames, name: string, prep: string) =>
    names.some((n) => n.name === name && prepositionOf(text, n.at) === prep)
  const ours = claimNames.filter((n) => {
    const prep = prepositionOf(claim, n.at)
    if (!prep) return false
    if (!mentions(tokenizer, `${evidence} ${attribution}`, evidenceTokens, n.name)) return true
    // Only where a place is told ("from", "in", "at"), and one place, not a list ("from Ostia,
    // Velgrad and Lisvarna" may list them in any order).
    const listed = /^\s*(?:,|and\b|or\b)/.test(claim.slice(n.at + n.name.length))
    return (
      WHERE.has(prep) &&
      !listed &&
      !placedAt(evidence, evidenceNames, n.name, prep) &&
      evidenceNames.some((e) => e.name !== n.name && prepositionOf(evidence, e.at) === prep)
    )
  })
  for (const o of ours) {
    const prep = prepositionOf(claim, o.at)
    const named = mentions(tokenizer, `${evidence} ${attribution}`, evidenceTokens, o.name)
    // In the same preposition's slot, what happens there may be told in more words ("spoke to
    // the Ledger by video link from X"): four words before it, not two.
    const reach = named ? 4 : 2
    const heads = placeHeads(tokenizer, claim, o.at, reach)
    const theirs = evidenceNames.filter(
      (n) =>
        LOCATIVE.test(evidence.slice(0, n.at)) &&
        // A place the evidence names elsewhere is swapped only in the same preposition's slot.
        (!named || prepositionOf(evidence, n.at) === prep) &&
        // Where the speakers are ("officials in X") is the event's place when both tell one.
        (sameEvent || !attribution.includes(n.name)) &&
        // As written: the alias table folds a capital into its country (a capital and its country are one token).
        !new RegExp(`(?<![\\p{L}])${n.name}(?![\\p{L}])`, 'u').test(claim) &&
        // "in the Norwegian capital" and "in Oslo" name one city.
        !capitalAndCountry(o.name, n.name) &&
        (sameEvent || [...placeHeads(tokenizer, evidence, n.at, reach)].some((h) => heads.has(h)))
    )
    if (theirs.length > 0) return { claim: [o.name], evidence: unique(theirs.map((n) => n.name)) }
  }
  return undefined
}

/** Is one name a capital and the other its country, or the country's adjective? */
function capitalAndCountry(a: string, b: string): boolean {
  const capital = (city: string, country: string) => {
    const seat = capitalOf(city)
    return seat !== undefined && seat === countryOf(country)?.country
  }
  const country = (name: string) => countryOf(name)?.country
  // "in Norway" and "in Norwegian captivity": one country, by its name and its adjective.
  const same = country(a) !== undefined && country(a) === country(b)
  return same || capital(a, b) || capital(b, a)
}

/** Weekdays are dates, read by the date comparison, not names of persons or places. */
const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/

/**
 * The words of `text`, each with its index tokens.
 *
 * @example
 * ```ts
 * wordsOf(tokenizer, 'Envoys met.').map((w) => w.tokens) // [['envoi'], ['met']]
 * ```
 */
export function wordsOf(tokenizer: Tokenizer, text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}’'.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu)].map(
    (m) => ({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      tokens: tokenizer.tokens(m[0]),
    })
  )
}

/**
 * The shared words of two sentences in the order both give them (a longest common subsequence
 * over index tokens), as pairs of word indexes.
 *
 * @example
 * ```ts
 * anchors(wordsOf(t, 'They met in Oslo.'), wordsOf(t, 'Envoys met in Rome.')) // [[1, 1]]
 * ```
 */
export function anchors(claim: Word[], evidence: Word[]): [number, number][] {
  const key = (w: Word) => w.tokens[0]
  const n = claim.length
  const m = evidence.length
  // Lengths of the longest common subsequence of the suffixes, in one flat table.
  const table = new Uint16Array((n + 1) * (m + 1))
  const at = (i: number, j: number) => table[i * (m + 1) + j] ?? 0
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const a = key(claim[i] as Word)
      const same = a !== undefined && a === key(evidence[j] as Word)
      table[i * (m + 1) + j] = same ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1))
    }
  }
  const out: [number, number][] = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    const a = key(claim[i] as Word)
    if (a !== undefined && a === key(evidence[j] as Word)) {
      out.push([i, j])
      i++
      j++
    } else if (at(i + 1, j) >= at(i, j + 1)) i++
    else j++
  }
  return out
}

/**
 * The share of the claim's content words the evidence gives in the same order, leaving out
 * the tokens of `skip` (the claim's speaker): "the union agreed to a 30-day pause" is held by
 * "reports that the union agreed to a 30-day pause are untrue", not by a sentence that merely
 * shares two of its words.
 *
 * @example
 * ```ts
 * orderedShare(tokenizer, 'Envoys met in Oslo.', 'In Oslo, envoys met.', new Set()) // 2 / 3
 * ```
 */
export function orderedShare(
  tokenizer: Tokenizer,
  claim: string,
  evidence: string,
  skip: ReadonlySet<string>
): number {
  return tokenOrderShare(
    tokenizer.tokens(claim).filter((t) => !skip.has(t)),
    tokenizer.tokens(evidence)
  )
}

/**
 * {@link orderedShare} over index tokens already read: the dossier's come from the build.
 *
 * @example
 * ```ts
 * tokenOrderShare(['envoi', 'met', 'oslo'], ['oslo', 'envoi', 'met']) // 2 / 3
 * ```
 */
export function tokenOrderShare(claim: readonly string[], evidence: readonly string[]): number {
  if (claim.length === 0) return 0
  // The longest common subsequence, one row at a time.
  let row = new Uint16Array(evidence.length + 1)
  for (const a of claim) {
    const next = new Uint16Array(evidence.length + 1)
    for (let j = 0; j < evidence.length; j++) {
      next[j + 1] = a === evidence[j] ? (row[j] ?? 0) + 1 : Math.max(row[j + 1] ?? 0, next[j] ?? 0)
    }
    row = next
  }
  return (row[evidence.length] ?? 0) / claim.length
}

/** The slots between consecutive shared words, the sentences' edges included. */
export function slots(claim: Word[], evidence: Word[], pairs: [number, number][]): Slot[] {
  const out: Slot[] = []
  let ci = 0
  let ei = 0
  const end = (words: Word[], i: number) => words[i - 1]?.end ?? 0
  for (const [c, e] of [...pairs, [claim.length, evidence.length] as [number, number]]) {
    out.push({
      claim: { start: end(claim, ci), end: claim[c]?.start ?? Number.MAX_SAFE_INTEGER },
      evidence: { start: end(evidence, ei), end: evidence[e]?.start ?? Number.MAX_SAFE_INTEGER },
    })
    ci = c + 1
    ei = e + 1
  }
  return out
}

/** Options for {@link slotSwap}. */
export interface SlotSwapOptions {
  tokenizer: Tokenizer
  claim: string
  evidence: string
  /** Who the dossier says speaks the evidence: its names count as named by the evidence. */
  attribution?: string
  /**
   * The two sentences tell one event (nearly all the summary's words, in order): then a place
   * in one is a rival of a place in the other wherever each stands.
   */
  sameEvent?: boolean
}

/** A name swapped in one slot: what the summary says there, and what the dossier says. */
export interface Swap {
  claim: string[]
  evidence: string[]
}

/**
 * A slot where the summary names someone or somewhere the dossier sentence does not, while the
 * dossier names another there: "met the mayor in Oslo" against "met the mayor in Rome",
 * "Ana Novak spoke" against "Karl Lind spoke". Names elsewhere in the sentences do not count,
 * so "the board in Lindholm" is no swap against "the Lindholm board".
 *
 * @example
 * ```ts
 * slotSwap({ tokenizer, claim: 'They met in Oslo on Friday.', evidence: 'They met in Rome on Friday.' })
 * // { claim: ['Oslo'], evidence: ['Rome'] }
 * ```
 */
export function slotSwap(options: SlotSwapOptions): Swap | undefined {
  const { tokenizer, claim, evidence, attribution = '' } = options
  const claimWords = wordsOf(tokenizer, claim)
  const evidenceWords = wordsOf(tokenizer, evidence)
  const pairs = anchors(claimWords, evidenceWords)
  if (pairs.length === 0) return undefined
  const claimNames = namesIn(tokenizer, claim).filter((n) => !WEEKDAY.test(n.name))
  const evidenceNames = namesIn(tokenizer, evidence).filter((n) => !WEEKDAY.test(n.name))
  const evidenceAll = `${evidence} ${attribution}`
  const evidenceTokens = new Set(tokenizer.tokens(evidenceAll))
  const claimTokens = new Set(tokenizer.tokens(claim))
  const places = placeSwap(options, claimNames, evidenceNames, evidenceTokens)
  if (places) return places
  for (const slot of slots(claimWords, evidenceWords, pairs)) {
    const inside = (at: number, span: { start: number; end: number }) =>
      at >= span.start && at < span.end
    // A place ("in X") is compared with a place, and a person's full name with any name; a
    // lone capitalised word elsewhere may stand for another (a capital for its country).
    const ours = claimNames
      .filter((n) => inside(n.at, slot.claim))
      .filter((n) => !mentions(tokenizer, evidenceAll, evidenceTokens, n.name))
    const ourPlaces = ours.filter((n) => LOCATIVE.test(claim.slice(0, n.at)))
    const ourPersons = ours.filter(
      (n) => isPerson(tokenizer, claim, n.at, n.name) && !inCountryName(claim, n.at, n.name)
    )
    if (ourPlaces.length + ourPersons.length === 0) continue
    // The names of who says it fill the speaker's slot, which the attribution check compares.
    const theirs = evidenceNames
      .filter((n) => inside(n.at, slot.evidence))
      .filter(
        (n) =>
          !attribution.includes(n.name) &&
          !mentions(tokenizer, claim, claimTokens, n.name) &&
          !ours.some((o) => capitalAndCountry(o.name, n.name))
      )
    const theirPlaces = theirs.filter((n) => LOCATIVE.test(evidence.slice(0, n.at)))
    const pairs: [typeof ours, typeof theirs][] = [
      [ourPlaces, theirPlaces],
      [ourPersons, theirs],
    ]
    for (const [a, b] of pairs) {
      if (a.length > 0 && b.length > 0) {
        return { claim: unique(a.map((n) => n.name)), evidence: unique(b.map((n) => n.name)) }
      }
    }
  }
  return undefined
}
