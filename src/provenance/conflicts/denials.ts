/**
 * @module provenance/conflicts/denials
 * A claim and its denial. The denial names what it denies: "denied reports that X", "rejected
 * claims that X", "reports that X are untrue"; the claim is a sentence that says X: the same
 * verb, not negated, with the denied clause's names, figures and nouns. An accusation denied by
 * reference ("rejected the accusation") is the accusation just before it.
 */
import type { Token } from '../../language/analyse.ts'
import { LEXICON } from '../../language/lexicon.ts'
import {
  bodyTokens,
  bothWays,
  type Conflict,
  type ConflictSentence,
  clauseAround,
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
    `^\\s+(?:[\\p{L}.'’‘"“”]+\\s+){0,3}?(?:(?:${nouns()})\\s+)?that\\s+([^;]+?)(?=\\s*(?:;|,\\s+(?:and|but)\\s|$))`,
    'iu'
  )
  const byReference = new RegExp(
    `^\\s+(?:the|these|those|that|this|such|any)\\s+(?:${nouns()})\\b(?!\\s+that\\b)`,
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
  for (const m of [...s.text.matchAll(calledUntrue), ...s.text.matchAll(noTruth)]) {
    const inner = m[1] ?? ''
    const start = m.index + m[0].indexOf(inner)
    out.push({ sentence: s, said: m[0], denied: { start, end: start + inner.length } })
  }
  return out
}

const CONTENT = new Set(['NOUN', 'PROPN', 'NUM'])

/** The denied clause's verb and the words that make it one claim. */
function claimOf(d: Denial): { verb: string; words: Token[] } | undefined {
  if (!d.denied) return undefined
  const tokens = tokensIn(bodyTokens(d.sentence), d.denied)
  const verb = tokens.find((t) => t.pos === 'VERB')
  if (!verb) return undefined
  // A weekday or month dates the claim; it is not what the claim is about.
  const words = tokens.filter((t) => CONTENT.has(t.pos) && !VOCABULARY.calendar.test(t.lower))
  return { verb: verb.lemma, words }
}

/**
 * The sentence makes the denied claim: the same verb, asserted (not negated, not after a modal
 * or an "if"), and at least two of its words, one of them a name or a figure ("agreed to a
 * 12-day ceasefire"), or three words. Safe because a shared verb and a shared name alone are
 * not enough, and sentences that deny it too are left out.
 */
function makes(c: ConflictSentence, claim: { verb: string; words: Token[] }): Token | undefined {
  const tokens = bodyTokens(c)
  // "could agree", "ready to agree", "if it agrees": a possibility, not the claim denied.
  const asserted = (t: Token, i: number) => {
    const before = tokens.slice(Math.max(0, i - 3), i)
    const clause = clauseAround(c.text, t.start)
    const lead = c.text.slice(clause.start, t.start)
    return (
      !before.some((b) => VOCABULARY.modals.has(b.lower)) &&
      !/\b(?:if|unless|whether|once|until)\b/i.test(lead)
    )
  }
  const verb = tokens.find(
    (t, i) => t.pos === 'VERB' && t.lemma === claim.verb && !t.negated && asserted(t, i)
  )
  if (!verb) return undefined
  const own = new Set(tokens.filter((t) => CONTENT.has(t.pos)).map((t) => t.lemma))
  const shared = claim.words.filter((w) => own.has(w.lemma))
  const distinct = new Set(shared.map((w) => w.lemma))
  const anchor = (w: Token) =>
    (w.pos === 'PROPN' && !VOCABULARY.calendar.test(w.lower)) || w.pos === 'NUM'
  // Two shared words with a name or a figure among them, or three words: "its forces struck
  // the hospital" denied against "forces struck the hospital on Thursday".
  if (distinct.size < 3 && (distinct.size < 2 || !shared.some(anchor))) return undefined
  return verb
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

/** A claim and the denial of it, across the dossier; an accusation and its rejection. */
export const denialConflicts: Rule = (sentences) => {
  const out: Conflict[] = []
  const denials = sentences.map(denialsOf)
  const denying = new Set(sentences.filter((_, i) => (denials[i]?.length ?? 0) > 0))
  sentences.forEach((s, i) => {
    for (const d of denials[i] ?? []) {
      if (!d.denied) {
        // "The operator rejected the accusation": the accusation is the sentence before.
        const before = previousIn(sentences, i)
        if (before && accuses(before)) {
          out.push(...bothWays(s, before, d.said, before.text, ''))
        }
        continue
      }
      const claim = claimOf(d)
      if (!claim) continue
      for (const c of sentences) {
        if (c === s || denying.has(c) || isQuestion(c)) continue
        const verb = makes(c, claim)
        if (!verb) continue
        const clause = clauseAround(c.text, verb.start)
        out.push(...bothWays(s, c, d.said, c.text.slice(clause.start, clause.end).trim(), ''))
      }
    }
  })
  return out
}
