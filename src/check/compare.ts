/**
 * @module check/compare
 * Compares one summary sentence with one dossier sentence and says how they disagree, if they do:
 * a figure, a date, a name, a stance, or a sweeping quantifier where the dossier gives a part.
 * Each finding carries the explanation a reader sees ("the dossier says 40, the summary says 60").
 */
import type { Tokenizer } from '../index/tokenizer.ts'
import { monthDay } from '../passages/words.ts'
import { mentions, namesIn } from '../verification/specifics.ts'
import { datesOf, figuresOf, PARTIAL, SWEEPING, stancesOf, yearsOf } from './claims.ts'

/** One way the summary sentence disagrees with the dossier sentence. */
export interface Disagreement {
  kind: 'figure' | 'date' | 'name' | 'stance' | 'quantifier'
  explanation: string
}

/**
 * The disagreements between `claim` (the summary's sentence) and `evidence` (a dossier sentence
 * that speaks to the same thing). Empty when nothing the two state differs.
 *
 * @example
 * ```ts
 * disagreements(tokenizer, 'Russia shot down 60 drones.', 'Air defenses shot down 40 Ukrainian drones.')
 * // [{ kind: 'figure', explanation: 'The dossier says 40 drones; the summary says 60.' }]
 * ```
 */
export function disagreements(
  tokenizer: Tokenizer,
  claim: string,
  evidence: string
): Disagreement[] {
  const out: Disagreement[] = []
  const theirs = figuresOf(evidence)
  for (const f of figuresOf(claim)) {
    if (theirs.some((e) => e.value === f.value)) continue
    const stems = (words: string[]) => new Set(words.flatMap((w) => tokenizer.tokens(w)))
    const counts = stems(f.context)
    const rival =
      theirs.find((e) => f.unit && e.unit === f.unit) ??
      theirs.find((e) => [...stems(e.context)].some((w) => counts.has(w)))
    if (rival) {
      out.push({
        kind: 'figure',
        explanation: `The dossier says “${trimFigure(rival.text)}”; the summary says “${trimFigure(f.text)}”.`,
      })
    }
  }
  const dossierDates = datesOf(evidence)
  for (const d of datesOf(claim)) {
    if (dossierDates.length > 0 && !dossierDates.includes(d)) {
      out.push({
        kind: 'date',
        explanation: `The dossier says ${dossierDates.map(monthDay).join(' and ')}; the summary says ${monthDay(d)}.`,
      })
    }
  }
  const dossierYears = yearsOf(evidence)
  for (const y of yearsOf(claim)) {
    if (dossierYears.length > 0 && !dossierYears.includes(y)) {
      out.push({
        kind: 'date',
        explanation: `The dossier says ${dossierYears.join(' and ')}; the summary says ${y}.`,
      })
    }
  }
  const claimStances = stancesOf(claim)
  for (const [family, sign] of stancesOf(evidence)) {
    const theirsSign = claimStances.get(family)
    if (theirsSign !== undefined && theirsSign !== sign) {
      out.push({
        kind: 'stance',
        explanation: `The dossier states the opposite: “${excerpt(evidence)}”.`,
      })
    }
  }
  // "nearly all" is a part, whichever side says it.
  const whole = (t: string) => SWEEPING.test(t.replace(/\b(?:nearly|almost) all\b/gi, ''))
  if (whole(claim) && !whole(evidence) && PARTIAL.test(evidence)) {
    out.push({
      kind: 'quantifier',
      explanation: `The dossier gives a part (“${PARTIAL.exec(evidence)?.[0]}”), not the whole the summary claims.`,
    })
  }
  return out
}

/**
 * Names in `claim` that `evidence` lacks while `evidence` names others: "the talks in Geneva"
 * against "the talks in Abu Dhabi", "Putin said" against "Zelensky said".
 */
export function swappedNames(
  tokenizer: Tokenizer,
  claim: string,
  evidence: string
): Disagreement | undefined {
  const claimTokens = new Set(tokenizer.tokens(claim))
  const evidenceTokens = new Set(tokenizer.tokens(evidence))
  const missing = namesIn(tokenizer, claim)
    .map((n) => n.name)
    .filter((n) => !mentions(tokenizer, evidence, evidenceTokens, n))
  const others = namesIn(tokenizer, evidence)
    .map((n) => n.name)
    .filter((n) => !mentions(tokenizer, claim, claimTokens, n))
  if (missing.length === 0 || others.length === 0) return undefined
  const list = (names: string[]) => [...new Set(names)].map((n) => `“${n}”`).join(', ')
  return {
    kind: 'name',
    explanation: `The dossier names ${list(others)}; the summary says ${list(missing)}.`,
  }
}

/** A figure as written, without the small words the match ran on into ("40 Ukrainian drones"). */
function trimFigure(text: string): string {
  return text
    .replace(/(?:\s+(?:over|in|of|the|a|an|at|on|to|were|was|and|from|with))+$/i, '')
    .replace(/[,.;:]$/, '')
}

function excerpt(text: string): string {
  return text.length <= 120 ? text : `${text.slice(0, 117).trimEnd()}…`
}
