/**
 * @module provenance/conflicts/signed
 * Signed (or finalised, concluded) against not signed, when both sentences name the same thing.
 * `completionConflicts` reads the auxiliary forms ("had signed", "was not signed") and takes a
 * shared name as the slot; `signingConflicts` reads the verb from the language step in any form
 * ("signed the accord", "has yet to sign", "did not sign") and needs what was signed shared too.
 */
import type { Token } from '../../language/analyse.ts'
import { LEXICON } from '../../language/lexicon.ts'
import { type Occasion, occasionsIn, occasionsOf, overlap, reportDays } from './occasion.ts'
import {
  bodyTokens,
  bothWays,
  type Conflict,
  type ConflictSentence,
  clauseAround,
  daysBetween,
  isQuestion,
  meet,
  namesIn,
  type Range,
  type Rule,
  tokensIn,
} from './sentence.ts'
import { VOCABULARY } from './vocabulary.ts'

const DONE = /\b(?:had|has|have|was|were|been)\s+[‘'“"]?(?:finali[sz]ed|signed|concluded)\b[’'”"]?/i
const NOT_DONE =
  /\b(?:was|were|has|have|had|is|are)\s+not\s+(?:yet\s+)?(?:been\s+)?[‘'“"]?(?:signed|finali[sz]ed|concluded)\b|\bhesitation to finali[sz]e\b|\b(?:failed|refused|declined) to (?:sign|finali[sz]e)\b/i

/**
 * "had signed the accord … in Geneva" against "the accord was not signed in Geneva": two shared
 * names, or one and a shared noun.
 */
export const completionConflicts: Rule = (sentences) => {
  const out: Conflict[] = []
  const done = sentences.flatMap((s) => {
    const m = DONE.exec(s.text)
    return m && !NOT_DONE.test(s.text) ? [{ s, m: m[0] }] : []
  })
  const notDone = sentences.flatMap((s) => {
    const m = NOT_DONE.exec(s.text)
    return m ? [{ s, m: m[0] }] : []
  })
  for (const d of done) {
    const dn = d.s.names
    for (const n of notDone) {
      if (n.s.passage.id === d.s.passage.id) continue
      const shared = [...n.s.names].filter((x) => dn.has(x))
      // One shared name ("the capital") is not yet one document: a second name, or a noun of
      // what was signed in both ("guarantees"), makes it one.
      if (shared.length === 0) continue
      if (shared.length < 2 && !meet(nounsOf(d.s), nounsOf(n.s))) continue
      out.push(...bothWays(d.s, n.s, d.m, n.m, ''))
    }
  }
  return out
}

const nounsOf = (s: ConflictSentence) =>
  new Set(
    bodyTokens(s)
      .filter((t) => t.pos === 'NOUN')
      .map((t) => t.lemma)
  )

/** Days between two reports' dates, or infinity when either is undated. */
function daysApart(a: Signing, b: Signing): number {
  const x = a.sentence.date?.earliest
  const y = b.sentence.date?.earliest
  return x && y ? daysBetween(x, y) : Number.POSITIVE_INFINITY
}
const WEEK = 7

/** A subject that says no document at all: "Nothing has been signed". */
const NONE = new Set(['nothing', 'no', 'none', 'neither', 'anything'])

/** Words that make a clause a condition: "once the lists are finalized". */
const CONDITIONS = new Set(['once', 'if', 'unless', 'until'])

/** The words that say what was signed: its nouns and what kind of thing they name. */
const THING = new Set(['NOUN', 'ADJ'])

/** A sentence saying a document was signed, or that it was not. */
interface Signing {
  sentence: ConflictSentence
  done: boolean
  /** The verb with what it signs, as written: "signed the ferry accord". */
  said: string
  /** Nouns of what was signed: the verb's object, or the subject of a passive. */
  things: Set<string>
  /** "Nothing has been signed": no document signed at all. */
  universal?: boolean
  /** "It has not been signed": the document is named before. */
  pronoun?: boolean
  /** Names of the sentence, or of the question it answers. */
  names: Set<string>
  clause: Range
}

/**
 * "Nothing has been signed yet", answering "Can you confirm the memorandum was signed?": what
 * was not signed is what the question asked about; "It has not yet been signed" after "The
 * memorandum was initialled on Wednesday": what the sentence before names.
 */
function asked(x: Signing, before: ConflictSentence | undefined): Signing {
  if (x.things.size > 0 || !before) return x
  if (before.passage.documentId !== x.sentence.passage.documentId) return x
  if (x.pronoun && !isQuestion(before)) {
    // "The memorandum was initialled on Wednesday. It has not yet been signed."
    const nouns = bodyTokens(before)
      .filter((t) => t.pos === 'NOUN')
      .map((t) => t.lemma)
    return { ...x, things: new Set(nouns) }
  }
  if (!isQuestion(before)) return x
  const tokens = bodyTokens(before)
  if (!tokens.some((t) => VOCABULARY.signingVerbs.has(t.lemma))) return x
  const things = new Set(tokens.filter((t) => THING.has(t.pos)).map((t) => t.lemma))
  return { ...x, things, names: new Set([...x.names, ...namesIn(tokens, before.bodyStart)]) }
}

/**
 * The signings a sentence reports. Done: the verb in a past form, neither negated nor after a
 * modal ("will sign", "to be signed"). Not done: negated ("did not sign", "was never signed") or
 * after "yet to", "refused to". A plan to sign says neither.
 */
function signingsIn(s: ConflictSentence): Signing[] {
  if (isQuestion(s)) return []
  const tokens = bodyTokens(s)
  const names = namesIn(tokens, s.bodyStart)
  const out: Signing[] = []
  tokens.forEach((t, i) => {
    if (t.lower === 'unsigned') {
      // "The accord remains unsigned": what stays unsigned is the clause's subject, or the
      // sentence's when an aside stands between ("The memorandum, announced in Riyadh, remains
      // unsigned").
      const clause = clauseAround(s.text, t.start)
      const nouns = (from: number) =>
        tokens.filter((x) => x.start >= from && x.end <= t.start && x.pos === 'NOUN')
      const own = nouns(clause.start)
      const subject = own.length > 0 ? own : nouns(0)
      const first = subject[0]
      if (!first) return
      const things = new Set(subject.map((x) => x.lemma))
      const said = s.text.slice(first.start, t.end)
      out.push({ sentence: s, done: false, said, things, names, clause })
      return
    }
    if (t.pos !== 'VERB' || !VOCABULARY.signingVerbs.has(t.lemma)) return
    const before = tokens.slice(Math.max(0, i - 3), i)
    // "Nothing has been signed", "no accord was signed": a negative subject negates the verb.
    const clauseStart = clauseAround(s.text, t.start).start
    const subject = tokens.slice(0, i).filter((b) => b.start >= clauseStart)
    // "initialled rather than signed": the signing is what did not happen.
    const instead =
      (tokens[i - 1]?.lower === 'than' && tokens[i - 2]?.lower === 'rather') ||
      (tokens[i - 1]?.lower === 'of' && tokens[i - 2]?.lower === 'instead')
    const notYet =
      instead ||
      before.some((b) => VOCABULARY.notYet.has(b.lemma)) ||
      t.negated ||
      subject.some((b) => LEXICON.negation.has(b.lower))
    // "once the lists are finalized", "if it is signed": a condition, not a signing reported.
    // The tagger reads "once" as an adverb as often as a conjunction: the word decides.
    const condition = subject.some((b) => CONDITIONS.has(b.lower))
    const modal = condition || before.some((b) => VOCABULARY.modals.has(b.lower))
    const past = /ed$/.test(t.lower)
    if (!notYet && (modal || !past)) return
    const clause = clauseAround(s.text, t.start)
    const inClause = tokensIn(tokens, clause)
    // "was initialled by the heads of delegation but not signed": a second participle shares
    // the first one's "was".
    const be = (b: Token) => b.pos === 'AUX' && b.lemma === 'be'
    const passive =
      before.some(be) ||
      (inClause.filter((x) => x.start >= t.end).every((x) => x.pos !== 'NOUN') &&
        inClause.some((x) => x.end <= t.start && be(x)))
    // A passive's document is its subject, before "was": "It was initialled by the heads of the
    // delegations, not signed" signs no heads.
    const aux = inClause.find((x) => x.end <= t.start && be(x))
    const object = inClause.filter((x) =>
      passive ? x.end <= (aux?.start ?? t.start) : x.start >= t.end
    )
    // "Nothing has been signed on the exchange": a passive with no document for a subject
    // names what it is about after the verb.
    const about = passive && !object.some((x) => THING.has(x.pos))
    // "The shipping deal signed in Valletta is worth having": a participle after its noun, with
    // no object of its own, signs the words before it ("The delegations signed a memorandum"
    // does not sign delegations).
    const reduced: Token[] = []
    const objectless = ['ADP', 'PUNCT', 'ADV'].includes(tokens[i + 1]?.pos ?? 'PUNCT')
    for (let j = i - 1; !passive && objectless && j >= 0 && THING.has(tokens[j]?.pos ?? ''); j--) {
      reduced.unshift(tokens[j] as Token)
    }
    const named =
      reduced.at(-1)?.pos === 'NOUN'
        ? reduced
        : about
          ? inClause.filter((x) => x.start >= t.end)
          : object
    // "a memorandum on humanitarian issues", "the humanitarian memorandum": what kind of
    // document it is counts as much as the noun for it.
    const things = new Set(named.filter((x) => THING.has(x.pos)).map((x) => x.lemma))
    // "Nothing", "no document", "have not signed anything": nothing signed, whatever it is.
    const none = (b: Token) => (b.pos === 'PRON' || b.pos === 'DET') && NONE.has(b.lower)
    // Not "no negotiator can sign away X": what nobody could do is no report of what was done.
    const universal = !modal && (subject.some(none) || (!passive && object.some(none)))
    // "It has not yet been signed": the document is the one the sentence before names.
    const pronoun = passive && things.size === 0 && object.some((x) => x.pos === 'PRON')
    const last = passive ? t : (object.find((x) => x.pos === 'NOUN') ?? t)
    // The reason quotes the negation with the verb: "not signed", never a bare "signed".
    const negation = before.filter((b) => LEXICON.negation.has(b.lower)).at(-1)
    const first = passive ? (object.find((x) => x.pos === 'NOUN') ?? t) : (negation ?? t)
    out.push({
      sentence: s,
      done: !notYet,
      universal,
      pronoun,
      said: s.text.slice(first.start, last.end),
      things,
      names,
      clause,
    })
  })
  return out
}

/**
 * One document signed in one sentence and not signed in another. Safe because the slot is
 * shared twice over: what was signed (two nouns of its object in both, or one and a name both
 * sentences carry), on a compatible occasion.
 */
export const signingConflicts: Rule = (sentences) => {
  const all = sentences.flatMap((s, i) => signingsIn(s).map((x) => asked(x, sentences[i - 1])))
  const out: Conflict[] = []
  for (const d of all.filter((x) => x.done)) {
    for (const n of all.filter((x) => !x.done)) {
      if (d.sentence.passage.id === n.sentence.passage.id) continue
      const shared = [...d.things].filter((x) => n.things.has(x)).length
      // "We have not signed anything", said within days of a report that they signed.
      const anything =
        n.universal &&
        n.things.size === 0 &&
        d.sentence.passage.documentId !== n.sentence.passage.documentId &&
        daysApart(d, n) <= WEEK
      if (shared === 0 && !anything) continue
      // Signed on a day of the week the other says it was not signed in: one occasion.
      const when = occasionsIn(d.sentence, d.clause)
      const theirs = occasionsIn(n.sentence, n.clause)
      const dated = when.length > 0 && theirs.length > 0
      if (dated && !when.some((w) => theirs.some((t) => overlap(w, t)))) continue
      // A clause cut short ("initialled on Thursday, not signed") is dated by its sentence.
      // A sentence naming no day tells of its report's day or the day before: "The memorandum
      // was initialled rather than signed" in a wire of the day the briefing calls "yesterday".
      const day = (x: Signing, own: Occasion[]): Occasion[] => {
        const read = own.length > 0 ? own : occasionsOf(x.sentence)
        const written = x.sentence.date
        if (read.length > 0 || !written) return read
        return [reportDays(written)]
      }
      const sameDay = day(d, when).some((w) => day(n, theirs).some((t) => overlap(w, t)))
      // "the border accord" shared names the document; "the accord" alone needs a name too, or
      // the same day: "the memorandum was signed on Thursday", "initialled on Thursday, not
      // signed".
      if (shared < 2 && !meet(d.names, n.names) && !sameDay && !n.universal && !anything) continue
      // Signed after the other report was written is news, not a contradiction.
      const written = n.sentence.date?.latest
      if (written && when.some((o) => o.start > written)) continue
      out.push(...bothWays(d.sentence, n.sentence, d.said, n.said, ''))
    }
  }
  return out
}
