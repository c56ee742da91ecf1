/**
 * @module answer/suggest-follow-ups
 * At request time, an answer suggests two or three of the follow-up questions the build checked
 * (`follow-ups.ts`): those that share its names or passages and would show something it did not.
 */
import type { Dossier } from '../index/load.ts'
import type { Answer, FollowUp } from './schema.ts'

/** Answers suggest at most this many, and at least {@link MIN_SUGGESTED} when the pool allows. */
const MAX_SUGGESTED = 3
const MIN_SUGGESTED = 2

/** A question as the reader may retype it: case, spacing and the question mark aside. */
const normal = (q: string) => q.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\?+$/, '')

/**
 * Up to three follow-ups for `answer`: those sharing its names or passages that would quote a
 * passage it did not, most related first, and, when fewer than two relate, one question of the
 * pool about something else. None is a question already asked in the conversation (`earlier`).
 *
 * @example
 * ```ts
 * suggestFollowUps(dossier, answer) // ['What has Arveland offered?', …]
 * ```
 */
export function suggestFollowUps(
  dossier: Dossier,
  answer: Answer,
  earlier: readonly string[] = []
): string[] {
  const asked = new Set([answer.question, ...earlier].map(normal))
  const cited = new Set(answer.passages.map((p) => p.id))
  const names = new Set(
    dossier.tokenizer.tokens(answer.question).filter((t) => dossier.aliases.canonical.has(t))
  )
  const fresh = dossier.followUps.filter(
    (f) => !asked.has(normal(f.question)) && f.passageIds.some((id) => !cited.has(id))
  )
  const score = (f: FollowUp) =>
    2 * f.names.filter((n) => names.has(n)).length +
    (f.passageIds.some((id) => cited.has(id)) ? 1 : 0)
  const ranked = fresh
    .map((f, order) => ({ f, order, score: score(f) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
  const related = ranked.filter((r) => r.score > 0).slice(0, MAX_SUGGESTED)
  // A question about something else helps only as a way on: one at most.
  const generic = related.length >= MIN_SUGGESTED ? [] : ranked.filter((r) => r.score === 0)
  return [...related, ...generic.slice(0, 1)].map((r) => r.f.question)
}
