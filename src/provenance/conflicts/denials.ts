/**
 * @module provenance/conflicts/denials
 * A claim and its denial. The denial names what it denies: "denied reports that X", "rejected
 * claims that X", "reports that X are untrue"; the claim is a sentence that says X: the same
 * verb, not negated, with the denied clause's names, figures and nouns. A denial by reference
 * ("rejected the accusation", "dismissed that as a fabrication", "No, …", "There is no truth in
 * those reports") denies what was just put to it: the accusation before it, or the claim a
 * question or report put forward ("Is it true that X?", "Outlets reported that X. Is that
 * true?"), which is then looked for across the dossier like any denied clause.
 */
import type { Token } from '../../language/analyse.ts'
import { LEXICON } from '../../language/lexicon.ts'
import {
  bodyTokens,
  bothWays,
  type Conflict,
  type ConflictSentence,
  carriers,
  clauseAround,
  eventClassOf,
  isQuestion,
  isReporting,
  type Range,
  type Rule,
  tokensIn,
} from './sentence.ts'
import { VOCABULARY } from './vocabulary.ts'

/** What a sentence denies. */
export interface Denial {
  sentence: ConflictSentence
  /** The denial as written: "deny reports that the guild has agreed to disband". */
  said: string
  /** The denied clause, placed in the sentence; absent when denied by reference. */
  denied?: Range
  /** The denied words name an event, not a clause: "reports of a summit in May". */
  event?: boolean
}

const nouns = () => [...VOCABULARY.deniedNouns].join('|')
const untrue = () => VOCABULARY.untrue.map((u) => u.replace(/\s+/g, '\\s+')).join('|')

const isDenyVerb = (t: Token) =>
  t.pos === 'VERB' && LEXICON.reporting.get(t.lemma) === 'deny' && !t.negated

/**
 * The denials of a sentence: a denying verb with a "that" clause or a noun it refers back to, or
 * reports called untrue.
 *
 * @example
 * ```ts
 * denialsOf(sentence)[0]?.said // 'denied reports that the mayor had resigned'
 * ```
 */
export function denialsOf(s: ConflictSentence): Denial[] {
  const out: Denial[] = []
  const tokens = bodyTokens(s)
  const that = new RegExp(
    `^\\s+(?:[\\p{L}.'’‘"“”]+\\s+){0,3}?(?:(?:${nouns()})\\s+)?that\\s+(?!as\\b)([^;]+?)(?=\\s*(?:;|,\\s+(?:and|but)\\s|$))`,
    'iu'
  )
  // "rejected the accusation", "dismissed that as a fabrication", "Velgrad denies it.": what it
  // denies is named before.
  const byReference = new RegExp(
    `^\\s+(?:(?:the|these|those|that|this|such|any)\\s+(?:${nouns()})\\b(?!\\s+that\\b)|(?:that|this|it|them|those)\\s+as\\b|(?:that|this|it|them)\\s*(?:[.;!]|$))`,
    'iu'
  )
  for (const t of tokens.filter(isDenyVerb)) {
    const after = s.text.slice(t.end)
    const m = that.exec(after)
    if (m?.[1]) {
      const start = t.end + after.indexOf(m[1], m[0].length - m[1].length - 1)
      out.push({
        sentence: s,
        said: s.text.slice(t.start, start + m[1].length),
        denied: { start, end: start + m[1].length },
      })
      continue
    }
    const r = byReference.exec(after)
    if (r) {
      out.push({ sentence: s, said: s.text.slice(t.start, t.end + r[0].length) })
      continue
    }
    // "denied agreeing to …", "denied it had agreed to …": the rest of the clause is denied.
    // Only "deny": "rejected a demand to …" refuses a demand and denies no fact.
    const clause = clauseAround(s.text, t.start)
    const rest = { start: t.end, end: clause.end }
    const hasVerb = tokensIn(tokens, rest).some((x) => x.pos === 'VERB' && !isReporting(x))
    if (t.lemma === 'deny' && hasVerb) {
      out.push({ sentence: s, said: s.text.slice(t.start, rest.end).trim(), denied: rest })
    }
  }
  const noTruth = new RegExp(
    `\\bno truth (?:to|in)\\s+(?:the\\s+|these\\s+)?(?:${nouns()})\\s+that\\s+([^;,]+)`,
    'giu'
  )
  const calledUntrue = new RegExp(
    `\\b(?:${nouns()})\\s+that\\s+(.+?)\\s+(?:is|are|was|were)\\s+(?:simply\\s+|completely\\s+|totally\\s+|entirely\\s+)?(?:${untrue()})\\b`,
    'giu'
  )
  // "called the claim that X “nonsense”": the claim named, then called untrue.
  const calledIt = new RegExp(
    `\\bcall(?:ed|s|ing)?\\s+(?:the|these|those|such)\\s+(?:${nouns()})\\s+that\\s+(.+?)\\s+[“"‘']?(?:${untrue()})\\b`,
    'giu'
  )
  for (const m of [
    ...s.text.matchAll(calledUntrue),
    ...s.text.matchAll(noTruth),
    ...s.text.matchAll(calledIt),
  ]) {
    const inner = m[1] ?? ''
    const start = m.index + m[0].indexOf(inner)
    out.push({ sentence: s, said: m[0], denied: { start, end: start + inner.length } })
  }
  // "There is no truth to reports of a Rask-Dorn summit in May", "denied reports of a
  // meeting": an event denied by naming it.
  const ofEvent = new RegExp(
    `\\b(?:no truth (?:to|in)|(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing))(?:\\s+as\\s+\\S+)?)\\s+(?:the\\s+|these\\s+)?(?:${nouns()})\\s+of\\s+([^;,.”"]+)`,
    'giu'
  )
  for (const m of s.text.matchAll(ofEvent)) {
    const inner = m[1] ?? ''
    const start = m.index + m[0].lastIndexOf(inner)
    out.push({ sentence: s, said: m[0], denied: { start, end: start + inner.length }, event: true })
  }
  // "There was no one-on-one meeting between the envoy and Rask": an event said not to have
  // happened, denied as "denied reports of a meeting" denies it.
  const noEvent =
    /\bthere\s+(?:is|was|were|has\s+been|have\s+been|had\s+been)\s+no\s+(?!such\b|truth\b)([^;.,]+)/giu
  for (const m of s.text.matchAll(noEvent)) {
    const inner = m[1] ?? ''
    const start = m.index + m[0].lastIndexOf(inner)
    const denied = { start, end: start + inner.length }
    const named = tokensIn(tokens, denied).some((t) => t.pos === 'NOUN' && eventClassOf(t))
    if (named) out.push({ sentence: s, said: m[0], denied, event: true })
  }
  if (out.length > 0) return out
  // An answer that denies what was just put to it: "No, …", "There is no truth in those
  // reports", "These reports are false": what it denies is the question or claim before it.
  const byName = new RegExp(
    `^(?:no\\s*[,.;—–-]|no truth (?:to|in)\\b(?!.*\\bthat\\b)|(?:these|those|the|such|that|this|it)\\s+(?:(?:${nouns()})\\s+)?(?:is|are|was|were)\\s+(?:simply\\s+|completely\\s+|totally\\s+|entirely\\s+)?(?:${untrue()})\\b|there\\s+is\\s+no\\s+truth\\b(?!.*\\bthat\\b)|(?:there\\s+(?:is|was|has\\s+been|have\\s+been|had\\s+been)\\s+)?no\\s+such\\b)`,
    'iu'
  )
  const answer = byName.exec(s.body.trimStart())
  if (answer) out.push({ sentence: s, said: s.body.trim() })
  return out
}

const CONTENT = new Set(['NOUN', 'PROPN', 'NUM'])

/** Lemmas and phrasal verbs ("give up") of one paraphrase group, to the group's number. */
const ACTS = new Map(
  LEXICON.paraphrases.flatMap((group, i) => group.map((words) => [words, i] as const))
)

/**
 * What the verb at `i` does, so that "hand control" and "give up control" are one act: its
 * paraphrase group, read with the particle after it ("give up", "hand over"), else its lemma.
 */
function actOf(tokens: Token[], i: number): string {
  const t = tokens[i] as Token
  const next = tokens[i + 1]
  const group = (next && ACTS.get(`${t.lemma} ${next.lower}`)) ?? ACTS.get(t.lemma)
  return group === undefined ? t.lemma : `group:${group}`
}

/** A name as the dossier's alias table spells it ("Velmoria" as "velmora"), else its lemma. */
const spelled = (s: ConflictSentence, t: Token) => s.spellings?.get(t.lower) ?? t.lemma

/** What a denial denies: an act, the words that make it one claim, and whether it is "to" do. */
interface Claim {
  verb: string
  /** The act the first verb reaches for ("had sought to bar"): the claim may be made by it. */
  aim?: string
  words: string[]
  infinitive: boolean
}

/** The denied clause's verb and the words that make it one claim. */
function claimOf(d: Denial): Claim | undefined {
  if (!d.denied) return undefined
  const tokens = tokensIn(bodyTokens(d.sentence), d.denied)
  if (d.event) {
    // The event the denied words name, as a class ("summit" and "meeting" are one).
    const kind = tokens.map(eventClassOf).find((k) => k !== undefined)
    if (!kind) return undefined
    // Where the event was to be ("in Varna") is where the whole story is: no anchor.
    const place = (t: Token) => {
      const k = tokens.indexOf(t)
      const before = tokens[k - 1]?.pos === 'DET' ? tokens[k - 2] : tokens[k - 1]
      return t.pos === 'PROPN' && (before?.lower === 'in' || before?.lower === 'at')
    }
    const words = tokens
      .filter(
        (t) =>
          CONTENT.has(t.pos) && !VOCABULARY.calendar.test(t.lower) && !eventClassOf(t) && !place(t)
      )
      .map((t) => (t.pos === 'PROPN' || t.pos === 'NUM' ? `!${spelled(d.sentence, t)}` : t.lemma))
    return { verb: `event:${kind}`, words, infinitive: false }
  }
  const at = tokens.findIndex((t) => t.pos === 'VERB')
  if (at < 0) return undefined
  // A weekday or month dates the claim; it is not what the claim is about.
  const words = tokens
    .filter((t) => CONTENT.has(t.pos) && !VOCABULARY.calendar.test(t.lower))
    .map((t) => (t.pos === 'PROPN' || t.pos === 'NUM' ? `!${spelled(d.sentence, t)}` : t.lemma))
  // "reports that Ostland was ready to give up": a verb under "to" matches one under "to".
  const infinitive = tokens.slice(Math.max(0, at - 2), at).some((t) => t.lower === 'to')
  // "denied that Ostland had sought to bar monitors" is made by "proposed they be excluded":
  // a plan's aim, made by another plan verb ("agreed to withdraw" is no plan, but the claim).
  const planned = VOCABULARY.planVerbs.has(tokens[at]?.lemma ?? '')
  const aimed =
    planned && tokens[at + 1]?.lower === 'to' && tokens[at + 2]?.pos === 'VERB' ? at + 2 : -1
  return {
    verb: actOf(tokens, at),
    ...(aimed >= 0 && { aim: actOf(tokens, aimed) }),
    words,
    infinitive,
  }
}

/**
 * The sentence makes the denied claim: the same verb, asserted (not negated, not after a modal
 * or an "if"), and at least two of its words, one of them a name or a figure ("agreed to a
 * 12-day ceasefire"), or three words. Safe because a shared verb and a shared name alone are
 * not enough, and sentences that deny it too are left out.
 */
function makes(
  c: ConflictSentence,
  claim: Claim,
  common: ReadonlySet<string> = new Set()
): Token | undefined {
  const tokens = bodyTokens(c)
  // "could agree", "ready to agree", "if it agrees": a possibility, not the claim denied.
  const asserted = (t: Token, i: number) => {
    const before = tokens.slice(Math.max(0, i - 3), i)
    const clause = clauseAround(c.text, t.start)
    const lead = c.text.slice(clause.start, t.start)
    return (
      !before.some(
        (b) => VOCABULARY.modals.has(b.lower) && !(claim.infinitive && b.lower === 'to')
      ) && !/\b(?:if|unless|whether|once|until)\b/i.test(lead)
    )
  }
  const event = claim.verb.startsWith('event:') ? claim.verb.slice(6) : undefined
  // The aim counts only under a plan verb of this sentence's own ("had proposed that …").
  const aim = (i: number) =>
    tokens.slice(0, i).some((t) => t.pos === 'VERB' && VOCABULARY.planVerbs.has(t.lemma))
  const verb = tokens.find((t, i) =>
    event
      ? eventClassOf(t) === event && !t.negated && asserted(t, i)
      : t.pos === 'VERB' &&
        (actOf(tokens, i) === claim.verb || (aim(i) && actOf(tokens, i) === claim.aim)) &&
        !t.negated &&
        asserted(t, i)
  )
  if (!verb) return undefined
  // Names and figures are marked "!" on both sides, so that a name is only ever a name.
  const own = new Set(
    tokens
      .filter((t) => CONTENT.has(t.pos))
      .map((t) => (t.pos === 'PROPN' || t.pos === 'NUM' ? `!${spelled(c, t)}` : t.lemma))
  )
  // A name the story carries everywhere ("Velmora" in a story about Velmora) is no shared word.
  const distinct = new Set(claim.words.filter((w) => own.has(w) && !common.has(w)))
  // Two shared words with a name or a figure among them, or three words: "its forces struck
  // the hospital" denied against "forces struck the hospital on Thursday".
  const anchored = [...distinct].some((w) => w.startsWith('!'))
  if (distinct.size < 3 && (distinct.size < 2 || !anchored)) return undefined
  return verb
}

/** Share of the dossier's sentences past which a name is the story's, not a claim's anchor. */
const COMMON_SHARE = 1 / 4
/** Sentences a name must be carried by at least to be the story's. */
const COMMON_FLOOR = 12

/** Names, marked "!" as claims mark them, carried by more than a quarter of the sentences. */
function commonNames(sentences: ConflictSentence[]): Set<string> {
  const count = carriers(
    sentences.map(
      (s) =>
        new Set(
          bodyTokens(s)
            .filter((t) => t.pos === 'PROPN')
            .map((t) => `!${spelled(s, t)}`)
        )
    )
  )
  // A small dossier names its few parties in most sentences; only a story's worth of sentences
  // tells the story's names from a claim's.
  const limit = Math.max(COMMON_FLOOR, sentences.length * COMMON_SHARE)
  return new Set([...count].filter(([, n]) => n > limit).map(([name]) => name))
}

/** The sentence before `s` in its document, whatever passage it stands in. */
function previousIn(sentences: ConflictSentence[], i: number): ConflictSentence | undefined {
  const s = sentences[i]
  const before = sentences[i - 1]
  return before && s && before.passage.documentId === s.passage.documentId ? before : undefined
}

const accuses = (s: ConflictSentence) =>
  bodyTokens(s).some(
    (t) =>
      (t.pos === 'VERB' && VOCABULARY.accusationVerbs.has(t.lemma) && !t.negated) ||
      LEXICON.alwaysDistancing.has(t.lower)
  )

/**
 * The clause a sentence puts forward for an answer to deny: "Is it true that X?", "Outlets
 * reported that X": what follows a verb of saying or "true" and "that".
 */
function putForward(s: ConflictSentence): Range | undefined {
  const tokens = bodyTokens(s)
  // "Is it true, as a tabloid reported this morning, that …": an aside may stand between.
  const at = tokens.findIndex(
    (t, i) =>
      t.lower === 'that' &&
      tokens.slice(Math.max(0, i - 7), i).some((b) => isReporting(b) || b.lower === 'true')
  )
  const that = tokens[at]
  const next = tokens[at + 1]
  if (!that || !next) return undefined
  const rest = s.text.slice(next.start)
  const end = rest.search(/\s*(?:[;?]|,\s+(?:and|but)\s|[.!]?\s*["”’']?\s*$)/)
  return { start: next.start, end: next.start + (end < 0 ? rest.length : end) }
}

/**
 * What a denial by reference denies, looking back in its document over questions that name
 * nothing ("Do you deny it?") and the answer's own denials: an accusation, or a claim put
 * forward.
 */
function referent(
  sentences: ConflictSentence[],
  i: number,
  denying: Set<ConflictSentence>
): { sentence: ConflictSentence; accusation: boolean; denied?: Range } | undefined {
  for (let k = i, n = 0; n < 4; n++) {
    const before = previousIn(sentences, k)
    if (!before) return undefined
    k -= 1
    if (accuses(before)) return { sentence: before, accusation: true }
    const denied = putForward(before)
    if (denied) return { sentence: before, accusation: false, denied }
    // "Is that true?", "Do you deny it?" point further back; so does the answer's own
    // denial a sentence earlier. Anything else that stands between ends the search.
    const bare = isQuestion(before) && !bodyTokens(before).some((t) => CONTENT.has(t.pos))
    const sameAnswer = denying.has(before) && before.passage.id === sentences[i]?.passage.id
    if (!bare && !sameAnswer) return undefined
  }
  return undefined
}

/** A claim and the denial of it, across the dossier; an accusation and its rejection. */
export const denialConflicts: Rule = (sentences) => {
  const out: Conflict[] = []
  const common = commonNames(sentences)
  const denials = sentences.map(denialsOf)
  const denying = new Set(sentences.filter((_, i) => (denials[i]?.length ?? 0) > 0))
  sentences.forEach((s, i) => {
    for (const denial of denials[i] ?? []) {
      let d = denial
      // The sentence the denied clause stands in: the denial's own, or a question put to it.
      let put: ConflictSentence | undefined
      if (!d.denied) {
        // "The operator rejected the accusation": the accusation is the sentence before;
        // "There is no truth in those reports": the claim the question put.
        const r = referent(sentences, i, denying)
        if (r?.accusation) out.push(...bothWays(s, r.sentence, d.said, r.sentence.text, ''))
        if (!r?.denied) continue
        put = r.sentence
        // "Outlets reported that X." — "That is not true": the report put to the answer is
        // contested by it, asked about or not ("Is it true, as a tabloid reported, that X?"); a
        // bare question ("Is it true that X?") asserts nothing to contest.
        const cites = bodyTokens(put).some((t) => isReporting(t) && t.lemma !== 'ask')
        if (!isQuestion(put) || cites) {
          const claimed = put.text.slice(r.denied.start, r.denied.end)
          out.push(...bothWays(s, put, d.said, claimed, ''))
        }
        d = { sentence: r.sentence, said: d.said, denied: r.denied }
      }
      const claim = claimOf(d)
      if (!claim) continue
      for (const c of sentences) {
        if (c === s || c === put || denying.has(c) || isQuestion(c)) continue
        const verb = makes(c, claim, common)
        if (!verb) continue
        const clause = clauseAround(c.text, verb.start)
        out.push(...bothWays(s, c, d.said, c.text.slice(clause.start, clause.end).trim(), ''))
      }
    }
  })
  return out
}
