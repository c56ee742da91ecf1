/**
 * @module verification/verify-overview
 * The promise for the overview: every quote it serves passes the same check as an answer's
 * citations, and every cited passage travels with it. An item whose quote fails is dropped, not
 * served; the build's own output never fails, so a drop is logged as the bug it would be.
 */
import { citedPassages } from '../answer/passages.ts'
import type { ApiPassage } from '../answer/schema.ts'
import type { Dossier } from '../index/load.ts'
import type { Overview, QuoteItem } from '../overview/schema.ts'
import { checkCitation } from './verify.ts'

/** What {@link verifyOverview} returns. */
export interface VerifiedOverview {
  overview: Overview
  /** Every passage a quote of `overview` cites, in first-cited order. */
  passages: ApiPassage[]
  /** Quotes dropped because they failed the check. Empty for a sound build. */
  dropped: QuoteItem[]
}

/**
 * @example
 * ```ts
 * const { overview, passages, dropped } = verifyOverview(dossier, dossier.overview)
 * dropped.length // 0
 * ```
 */
export function verifyOverview(dossier: Dossier, overview: Overview): VerifiedOverview {
  const dropped: QuoteItem[] = []
  const cited = new Set<string>()
  const keep = <T extends QuoteItem>(items: T[]): T[] =>
    items.filter((item) => {
      const ok =
        checkCitation(dossier, item.citation) === null &&
        dossier.byId.get(item.citation.passageId)?.status === item.label
      if (ok) cited.add(item.citation.passageId)
      else dropped.push(item)
      return ok
    })
  const verified: Overview = {
    parties: overview.parties.map((p) => ({ ...p, positions: keep(p.positions) })),
    proposals: overview.proposals.map((p) => ({ ...p, quotes: keep(p.quotes) })),
    timeline: keep(overview.timeline),
    contested: keep(overview.contested).map((c) => ({
      ...c,
      conflictsWith: keep(c.conflictsWith),
    })),
    figures: keep(overview.figures),
  }
  return { overview: verified, passages: citedPassages(dossier, cited), dropped }
}
