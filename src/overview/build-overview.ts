/**
 * @module overview/build-overview
 * Computes the whole overview from the labelled passages, the documents' dates and the roster.
 * Runs at build time; the worker serves the result as it was built.
 */
import type { DocumentSummary } from '../index/artifact.ts'
import type { LabelledPassage } from '../provenance/schema.ts'
import { contestedIn } from './contested.ts'
import { figuresIn } from './figures.ts'
import { positionsIn } from './positions.ts'
import { proposalsIn } from './proposals.ts'
import { quoteSentence, sentencesOf } from './quote.ts'
import type { CompiledRoster } from './roster.ts'
import type { Overview, Party, Position } from './schema.ts'
import { eventsIn, orderEvents } from './timeline.ts'

/** Inputs of {@link buildOverview}. */
export interface BuildOverviewOptions {
  passages: readonly LabelledPassage[]
  documents: readonly DocumentSummary[]
  roster: CompiledRoster
}

/**
 * @example
 * ```ts
 * const overview = buildOverview({ passages, documents, roster })
 * overview.parties.map((p) => p.id) // ['unitedstates', 'ukraine', 'russia', …]
 * ```
 */
export function buildOverview({ passages, documents, roster }: BuildOverviewOptions): Overview {
  // Headlines restate the body; captions describe photos, and state no positions or figures.
  // A caption is never the evidence for an event either: it dates the photo, not the talks.
  const paragraphs = passages.filter((p) => p.kind === 'paragraph')
  const body = sentencesOf(paragraphs)
  const positions = new Map<string, Position[]>()
  for (const s of body) {
    for (const { kind, parties } of positionsIn(s.text, roster)) {
      for (const party of parties) {
        const list = positions.get(party) ?? []
        // Two clauses of one kind are one position of the sentence.
        const quote = quoteSentence(s)
        const same = (p: Position) =>
          p.kind === kind &&
          p.citation.passageId === quote.citation.passageId &&
          p.citation.start === quote.citation.start
        if (list.some(same)) continue
        list.push({ ...quote, kind })
        positions.set(party, list)
      }
    }
  }
  const parties: Party[] = roster.parties.map((p) => ({
    ...p,
    positions: positions.get(p.id) ?? [],
  }))
  const timeline = orderEvents(
    documents.flatMap((doc) =>
      eventsIn(sentencesOf(paragraphs.filter((p) => p.documentId === doc.id)), doc)
    )
  )
  return {
    parties,
    proposals: proposalsIn(body, roster),
    timeline,
    contested: contestedIn(passages),
    figures: figuresIn(body),
  }
}
