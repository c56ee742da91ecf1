/**
 * @module check/otherwise
 * The first way an aligned dossier sentence says otherwise than the summary's: a figure, a date,
 * a name in the claim's place, a denial, a negation of the same words, a stance the next
 * paragraph turns, or another speaker of the same words. The test `contradicted` rests on.
 */
import type { Dossier } from '../index/load.ts'
import { LEXICON } from '../language/lexicon.ts'
import { namesIn } from '../verification/specifics.ts'
import { LOCATIVE, PREPOSITIONS, slotSwap, tokenOrderShare } from './align.ts'
import {
  alignedClause,
  type Candidate,
  type Claim,
  excerpt,
  isDenial,
  SUPPORTED_SHARE,
} from './candidate.ts'
import { type Stance, stanceCues, stancesOf } from './claims.ts'
import { type Disagreement, disagreements, otherShares } from './compare.ts'
import {
  characterises,
  namedSpeakersIn,
  negatedAgainst,
  predicateNegated,
  refusedWords,
} from './reading.ts'
import { spokenBy } from './states.ts'
import { dateDisagreement } from './when.ts'

/** Share above which a name the dossier sentence lacks is a swap, not a new subject. */
const SWAP_SHARE = 0.5

/**
 * Share of what the sentence says (its speaker left out) a dossier sentence must hold before a
 * denial, a negation or another speaker there counts against it: the same claim, not a neighbour.
 */
const ALIGNED_SHARE = 0.6

/** Share of the summary's words (its speaker aside) the dossier sentence gives in their order. */
const ORDER_SHARE = 0.5

/** The same for a denial: "reports that X are untrue" holds X among other words. */
const DENIAL_SHARE = 0.55

/** What a sentence must hold of what the summary says before its other speaker is a swap. */
const QUOTE_SHARE = 0.75

/** Share of the summary's words in order above which two sentences tell one event. */
const SAME_EVENT_ORDER = 0.75

/**
 * A stance the claim takes that the candidate's paragraph, or the one after it, takes only the
 * other way: "Polling … reveals a divide on ceding X" then "Over 54% oppose the idea" against
 * "Most support ceding X". The candidate names the subject; its neighbour takes the stance.
 */
function stanceAround(dossier: Dossier, claim: string, c: Candidate): Disagreement | undefined {
  const ours = stancesOf(claim)
  if (ours.size === 0) return undefined
  const at = dossier.positions.get(c.sentence.passage.id) ?? -2
  const texts = [at, at + 1]
    .map((i) => dossier.passages[i])
    .flatMap((p) => (p?.documentId === c.sentence.passage.documentId ? [p.text] : []))
  const theirs = texts.map(stancesOf)
  const own = stancesOf(c.text)
  for (const families of stanceCues(ours)) {
    if (families.some(([f]) => own.has(f))) continue
    const against = (t: Map<string, Stance> | undefined, sign: number) =>
      families.some(([f, s]) => t?.get(f)?.sign === s * sign)
    const other = texts.find((t, i) => against(theirs[i], -1) && !otherShares(claim, t))
    if (other && !theirs.some((t) => against(t, 1))) {
      return {
        kind: 'stance',
        explanation: `The dossier states the opposite: “${excerpt(other)}”.`,
      }
    }
  }
  return undefined
}

/** A negation followed, in its clause, by what it waits on: "not … until", "no … unless". */
const NEGATED_CONDITION = /\b(?:not|no|never|n['’]t)\b[^.;:]*?\b(?:until|unless|till|before)\b/i

/** The first way the candidate says otherwise than the summary's sentence, if it does. */
export function compareWith(
  dossier: Dossier,
  claimText: string,
  claim: Claim,
  c: Candidate,
  unknownNames: readonly string[] = []
): Disagreement | undefined {
  const { tokenizer } = dossier
  if (c.answer) {
    // "Is X planned?" — "No": X is denied, unless the summary says it is not planned either.
    if (c.answer === 'no' && claim.negated.size === 0 && !claim.denial) {
      return {
        kind: 'denial',
        explanation: `Asked “${excerpt(c.asked ?? '')}”, the dossier's answer is no: “${excerpt(c.text)}”.`,
      }
    }
    const when = dateDisagreement({ claim: claimText, evidence: c.text, date: c.date })
    return when ? { kind: 'date', explanation: when } : undefined
  }
  // The same words in the same order: a figure, a denial, a negation or a speaker is about
  // this claim.
  const inOrder = tokenOrderShare(claim.bodyTokens, c.tokens) >= ORDER_SHARE
  const found = disagreements({
    tokenizer,
    claim: claimText,
    evidence: c.text,
    date: c.date,
    aligned: inOrder,
  }).find((d) => d.kind !== 'stance' || inOrder || c.bodyShare >= ALIGNED_SHARE)
  // A stance taken the other way speaks to the claim only about the same words: "would reject
  // a zone" is not undone by "negotiators agreed a pause in strikes".
  if (found) return found
  const turned = inOrder && c.groupShare >= SUPPORTED_SHARE && stanceAround(dossier, claimText, c)
  if (turned) return turned
  // "Officials said X" against "officials denied X": the costliest error to miss.
  if (inOrder && c.bodyShare >= DENIAL_SHARE && !claim.denial && isDenial(c.text)) {
    return { kind: 'denial', explanation: `The dossier reports a denial: “${excerpt(c.text)}”.` }
  }
  // "would ease no sanctions until a ceasefire is signed" says what the sanctions wait on, as
  // "conditional on a signed ceasefire" does: a negation before "until" sets a condition.
  const conditional = NEGATED_CONDITION.test(claimText) || NEGATED_CONDITION.test(c.text)
  if (inOrder && c.bodyShare >= ALIGNED_SHARE && !conditional) {
    // A negation speaks for its own clause: "X wants monitors; Y has ruled out monitors".
    const clause = alignedClause(tokenizer, claimText, c.text)
    const theirs = new Set(negatedAgainst(claimText, clause).flatMap((w) => tokenizer.tokens(w)))
    const tokens = new Set(tokenizer.tokens(clause))
    const claimTokens = new Set(tokenizer.tokens(claimText))
    // Both negate what the claim speaks of: one negation said two ways ("no Ostlandic warships
    // would take part" and "Ostland's warships would not be part"; "cannot sanction half" and
    // "could not end it by sanctioning half"), whose scopes cover different words. A negation
    // of something else ("but not before spring") is no such match. A negative subject negates
    // its predicate; one word's forms may stem apart ("sanction", "sanctioning").
    const negatedThere = [
      ...theirs,
      ...predicateNegated(clause).flatMap((w) => tokenizer.tokens(w)),
    ]
    const said = (t: string) =>
      claimTokens.has(t) ||
      (t.length >= 4 &&
        [...claimTokens].some((o) => o.length >= 4 && (o.startsWith(t) || t.startsWith(o))))
    const bothNegate = claim.negated.size > 0 && negatedThere.some(said)
    // What the claim says was refused ("dismissed the idea") is not stated the other way by a
    // sentence that characterises it ("described the idea as a recipe for paralysis") and takes
    // no stance for it.
    const refused = new Set(refusedWords(claimText).flatMap((w) => tokenizer.tokens(w)))
    const characterised =
      characterises(clause) && ![...stancesOf(clause).values()].some((s) => s.sign > 0)
    const flipped =
      !bothNegate &&
      [...claimTokens].find(
        (t) =>
          tokens.has(t) &&
          claim.negated.has(t) !== theirs.has(t) &&
          !(refused.has(t) && !theirs.has(t) && characterised)
      )
    if (flipped) {
      return {
        kind: 'stance',
        explanation: `The dossier states the opposite: “${excerpt(c.text)}”.`,
      }
    }
  }
  const quotes = inOrder && c.bodyShare >= QUOTE_SHARE
  if (
    (quotes || quotesVerbatim(claimText, c.text)) &&
    claim.speaker &&
    !spokenBy(dossier, claim, c)
  ) {
    // Who the dossier says speaks: the build's attribution, else a person named as speaking.
    // A pronoun ("he added") stands for whom the build resolved it to, its `source`.
    const named = (text: string | undefined) =>
      text && namesIn(tokenizer, ` ${text}`).length > 0 ? text : undefined
    // Last, an anonymous source ("according to the official" for "Ana Novak said"), who by
    // being anonymous is not one speaking on the record. "The spokesman" alone may be the
    // summary's person, so it is no swap.
    const said = c.label.attribution
    const anonymous = said
      ?.toLowerCase()
      .split(/\s+/)
      .some((w) => LEXICON.anonymousSources.has(w))
    const who =
      named(said) ??
      namedSpeakersIn(c.text)[0] ??
      named(c.label.source) ??
      (anonymous ? said : undefined)
    // "A third of Velmorans told the Lindmark Centre …" names the dossier's source in another
    // role: whom they told is who reports it, not a speaker swapped for another.
    const claimNames = new Set(claim.names.map((n) => n.name))
    const mentioned = who && namesIn(tokenizer, ` ${who}`).some((n) => claimNames.has(n.name))
    if (who && !mentioned) {
      return {
        kind: 'attribution',
        explanation: `The dossier attributes this to ${who}, not ${claim.speaker?.text}.`,
      }
    }
  }
  // One event told twice, its place aside: "the plant hit overnight was near X" and "a plant
  // near Y was hit overnight" say the rest in one order once the places are left out.
  const theirs = new Set(c.tokens)
  const placed = new Set(
    claim.names
      .filter((n) => LOCATIVE.test(claimText.slice(0, n.at)))
      .flatMap((n) => tokenizer.tokens(n.name))
      .filter((t) => !theirs.has(t))
  )
  const unplaced = claim.bodyTokens.filter((t) => !placed.has(t) && !PREPOSITIONS.has(t))
  const swap = slotSwap({
    tokenizer,
    claim: claimText,
    evidence: c.text,
    sameEvent:
      tokenOrderShare(claim.bodyTokens, c.tokens) >= SAME_EVENT_ORDER ||
      (placed.size > 0 &&
        tokenOrderShare(
          unplaced,
          c.tokens.filter((t) => !PREPOSITIONS.has(t))
        ) >= SAME_EVENT_ORDER),
    ...(c.label.attribution && { attribution: c.label.attribution }),
  })
  if (swap) {
    // A name the dossier never mentions weighs much in the share, being rare: what else the
    // summary says held in order makes the sentence the same claim. A name the dossier does
    // mention may be another occasion's ("the third round opened in X" beside "the second
    // round opened in Y"), so the whole share must hold.
    const unknown = swap.claim.every((n) => unknownNames.includes(n))
    const names = new Set(swap.claim.flatMap((n) => tokenizer.tokens(n)))
    const rest = claim.bodyTokens.filter((t) => !names.has(t))
    if (c.share >= SWAP_SHARE || (unknown && tokenOrderShare(rest, c.tokens) >= SWAP_SHARE)) {
      const list = (names: string[]) => names.map((n) => `“${n}”`).join(', ')
      return {
        kind: 'name',
        explanation: `The dossier names ${list(swap.evidence)} where the summary says ${list(swap.claim)}.`,
      }
    }
  }
  return undefined
}

/** Words in quotation marks, three or more: a quotation the summary gives word for word. */
const QUOTATION = /[“"]([^”"]+)[”"]/g

const plain = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/**
 * Does the summary quote, word for word, what the dossier sentence says ('described it as "a
 * floor, not a ceiling"')? A quotation is the one thing a speaker cannot share with another.
 */
function quotesVerbatim(claim: string, evidence: string): boolean {
  const theirs = ` ${plain(evidence)} `
  return [...claim.matchAll(QUOTATION)].some((m) => {
    const words = plain(m[1] ?? '')
    return words.split(' ').length >= 3 && theirs.includes(` ${words} `)
  })
}
