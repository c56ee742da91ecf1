/**
 * @module check/compare
 * Compares one summary sentence with one dossier sentence and says how they disagree, if they do:
 * a figure, a date, a name, a stance, or a sweeping quantifier where the dossier gives a part.
 * Each finding carries the explanation a reader sees ("the dossier says 40, the summary says 60").
 */
import type { Tokenizer } from '../index/tokenizer.ts'
import type { DocumentDate } from '../language/dates.ts'
import { MONTH_NAMES, monthDay } from '../passages/words.ts'
import {
  datesOf,
  type Figure,
  figuresOf,
  opposesStance,
  PARTIAL,
  SWEEPING,
  sameFigure,
  stancesOf,
  yearsOf,
} from './claims.ts'
import { dateDisagreement } from './when.ts'

/** One way the summary sentence disagrees with the dossier sentence. */
export interface Disagreement {
  kind: 'figure' | 'date' | 'name' | 'stance' | 'quantifier' | 'denial' | 'attribution'
  explanation: string
}

/** Options for {@link disagreements}. */
export interface DisagreementsOptions {
  tokenizer: Tokenizer
  /** The summary's sentence. */
  claim: string
  /** A dossier sentence that speaks to the same thing. */
  evidence: string
  /**
   * The date of the document that prints `evidence`: its dates are then read against it
   * ("on Saturday", "last May"); without it only written calendar dates are compared.
   */
  date?: DocumentDate
  /**
   * Whether the two sentences say the same in the same order; when not, a figure is compared
   * only with one counting the same thing ("$10 billion pledged" is no rival of "$200 billion
   * discussed"). Default true.
   */
  aligned?: boolean
}

/**
 * The disagreements between the summary's sentence and a dossier sentence that speaks to the
 * same thing. Empty when nothing the two state differs.
 *
 * @example
 * ```ts
 * disagreements({ tokenizer, claim: 'They downed 60 drones.', evidence: 'Air defences downed 40 drones.' })
 * // [{ kind: 'figure', explanation: 'The dossier says “40 drones”; the summary says “60 drones”.' }]
 * ```
 */
export function disagreements(options: DisagreementsOptions): Disagreement[] {
  const { tokenizer, claim, evidence, date, aligned = true } = options
  const out: Disagreement[] = []
  // Figures of two different months count two periods ("1.6 million tonnes in May" beside
  // "2.3 million tonnes in June"): neither is the other's rival.
  const theirs = apart(monthsIn(claim), monthsIn(evidence)) ? [] : figuresOf(evidence)
  // The share for and the share against ("38% backed a freeze", "61% oppose ceding land") are
  // two answers to a poll, not one figure told twice.
  const otherSide = opposesStance(stancesOf(claim), stancesOf(evidence))
  for (const f of figuresOf(claim)) {
    if (theirs.some((e) => sameFigure(e, f))) continue
    if (otherSide && f.unit === '%') continue
    const counts = stemsOf(tokenizer, f.context)
    // The same thing counted, or the same unit in a sentence that says the same in order.
    // A sum is no rival of a span: "$524 billion a year ago" is not "ten years". A figure with
    // no unit read may be either ("1.5 billion dollars").
    const rival =
      theirs.find(
        (e) => alike(e, f) && [...stemsOf(tokenizer, e.context)].some((w) => counts.has(w))
      ) ?? (aligned ? theirs.find((e) => f.unit && e.unit === f.unit) : undefined)
    if (rival) {
      out.push({
        kind: 'figure',
        explanation: `The dossier says “${trimFigure(rival.text)}”; the summary says “${trimFigure(f.text)}”.`,
      })
    }
  }
  const when = date && dateDisagreement({ claim, evidence, date })
  if (when) out.push({ kind: 'date', explanation: when })
  const dossierDates = date ? [] : datesOf(evidence)
  for (const d of datesOf(claim)) {
    if (dossierDates.length > 0 && !dossierDates.includes(d)) {
      out.push({
        kind: 'date',
        explanation: `The dossier says ${dossierDates.map(monthDay).join(' and ')}; the summary says ${monthDay(d)}.`,
      })
    }
  }
  const dossierYears = date ? [] : yearsOf(evidence)
  for (const y of yearsOf(claim)) {
    if (dossierYears.length > 0 && !dossierYears.includes(y)) {
      out.push({
        kind: 'date',
        explanation: `The dossier says ${dossierYears.join(' and ')}; the summary says ${y}.`,
      })
    }
  }
  const claimStances = stancesOf(claim)
  for (const [family, { sign }] of otherShares(claim, evidence) ? [] : stancesOf(evidence)) {
    const theirsSign = claimStances.get(family)?.sign
    if (theirsSign !== undefined && theirsSign !== sign) {
      out.push({
        kind: 'stance',
        explanation: `The dossier states the opposite: “${excerpt(evidence)}”.`,
      })
    }
  }
  if (isSweeping(claim) && !isSweeping(evidence) && PARTIAL.test(evidence)) {
    out.push({
      kind: 'quantifier',
      explanation: `The dossier gives a part (“${PARTIAL.exec(evidence)?.[0]}”), not the whole the summary claims.`,
    })
  }
  return out
}

/** A share as written, its number only: "58%", "58 percent" → "58". */
const SHARE = /\b\d+(?:\.\d+)?(?=\s*(?:%|per ?cent\b))/g

/**
 * Do both texts give shares, none of them the same? "58% would reject the zone" and "support
 * rose to 47%" are two shares of a poll, each its own measure, so their stances do not meet;
 * the same share for and against is a contradiction.
 *
 * @example
 * ```ts
 * otherShares('58% would reject it.', 'Support rose to 47%.') // true
 * ```
 */
export const otherShares = (claim: string, evidence: string) =>
  apart(new Set(claim.match(SHARE) ?? []), new Set(evidence.match(SHARE) ?? []))

/** Both sides give some, and none of one side's is the other's. */
const apart = (ours: Set<string>, theirs: Set<string>) =>
  ours.size > 0 && theirs.size > 0 && ![...ours].some((x) => theirs.has(x))

const MONTH_NAME = new RegExp(`\\b(?:${MONTH_NAMES.join('|')})\\b`, 'g')

/** The month names `text` gives, as written (capitalised: "may" is no month). */
const monthsIn = (text: string) => new Set(text.match(MONTH_NAME) ?? [])

/**
 * Does `text` claim the whole ("all", "entire", "none")? "Nearly all" is a part, whichever side
 * says it.
 *
 * @example
 * ```ts
 * isSweeping('All of the region is held.') // true
 * isSweeping('Nearly all of the region is held.') // false
 * ```
 */
export function isSweeping(text: string): boolean {
  return SWEEPING.test(text.replace(/\b(?:nearly|almost) all\b/gi, ''))
}

/** A figure as written, without the small words the match ran on into ("40 Ostland drones"). */
function trimFigure(text: string): string {
  return text
    .replace(/(?:\s+(?:over|in|of|the|a|an|at|on|to|were|was|and|from|with))+$/i, '')
    .replace(/[,.;:]$/, '')
}

function excerpt(text: string): string {
  return text.length <= 120 ? text : `${text.slice(0, 117).trimEnd()}…`
}

/** Options for {@link countedElsewhere}. */
export interface CountedElsewhereOptions {
  tokenizer: Tokenizer
  /** The summary's sentence. */
  claim: string
  /** The dossier sentence whose figures disagree with it. */
  evidence: string
  /** The dossier's other sentences that speak to the claim. */
  others: readonly string[]
}

/**
 * Does another sentence give each of the claim's counts, counting something other than what the
 * disagreeing sentence counts? Then that sentence ("more than 200 people", the host's staff)
 * counts something else than the claim ("12 people each", stated as "twelve members each"),
 * and does not contradict it. Shares never stand so: a poll's figures all count respondents.
 *
 * @example
 * ```ts
 * countedElsewhere({ tokenizer, claim: 'The teams had 12 people each.',
 *   evidence: 'Our own team numbered more than 200 people.',
 *   others: ['The delegations had twelve members each.'] }) // true
 * ```
 */
export function countedElsewhere(options: CountedElsewhereOptions): boolean {
  const { tokenizer, claim, evidence, others } = options
  const ours = figuresOf(claim)
  const rivals = figuresOf(evidence).filter((r) => !ours.some((f) => sameFigure(r, f)))
  const counted = stemsOf(
    tokenizer,
    rivals.flatMap((r) => r.context)
  )
  const apart = (e: Figure) => ![...stemsOf(tokenizer, e.context)].some((w) => counted.has(w))
  return (
    ours.length > 0 &&
    ours.every(
      (f) =>
        f.unit !== '%' && others.some((o) => figuresOf(o).some((e) => sameFigure(e, f) && apart(e)))
    )
  )
}

/** The index tokens of some words, as one set: what two figures' counted words share. */
const stemsOf = (tokenizer: Tokenizer, words: readonly string[]) =>
  new Set(words.flatMap((w) => tokenizer.tokens(w)))

/** Spans of time a figure may count: "ten years", "a 60-day truce". */
const SPANS = new Set(['hour', 'day', 'week', 'month', 'year'])

/** A figure's kind: its unit as read, a span of time, or nothing known. */
const kindOf = (f: Figure) => f.unit || (SPANS.has(f.context[0] ?? '') ? 'span' : '')

/** Whether two figures may measure one thing: kinds that agree, or one not known. */
const alike = (a: Figure, b: Figure) => {
  const [x, y] = [kindOf(a), kindOf(b)]
  return x === y || x === '' || y === ''
}
