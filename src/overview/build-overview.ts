/**
 * @module overview/build-overview
 * Computes the whole overview from the labelled passages, the documents' dates and the roster.
 * Runs at build time; the worker serves the result as it was built.
 */
import type { DocumentSummary } from '../index/artifact.ts'
import { layoutOf } from '../language/layout.ts'
import type { LabelledPassage } from '../provenance/schema.ts'
import { contestedIn } from './contested.ts'
import { discoverParties } from './discover.ts'
import { figuresIn } from './figures.ts'
import { positionsIn } from './positions.ts'
import { proposalsIn } from './proposals.ts'
import { linesOf, quoteSentence, type SentenceRef, sentencesOf } from './quote.ts'
import { rolesIn } from './roles.ts'
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
 * overview.parties.map((p) => p.id) // ['velmora', 'ostland', 'norvia', …]
 * ```
 */
export function buildOverview({ passages, documents, roster }: BuildOverviewOptions): Overview {
  // Headlines restate the body; captions describe photos, and hold no positions or figures.
  // A caption is never the evidence for an event either: it dates the photo, not the talks.
  const paragraphs = passages.filter((p) => p.kind === 'paragraph')
  const body = linesOf(sentencesOf(paragraphs))
  const headlines = sentencesOf(passages.filter((p) => p.kind === 'headline'))
  const { roster: all, found } = discoverParties({ sentences: body, roster, headlines })
  const positions = new Map<string, Position[]>()
  const roles = new Map<string, Map<string, number>>()
  for (const s of body) {
    // A question asks; it holds no one's position ("Would the capital accept it?").
    if (/\?["”’]?\s*$/.test(s.text)) continue
    const speaker = speakerOf(s, all)
    for (const { kind, parties } of positionsIn(s.text, all, { speaker })) {
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
    for (const { role, party } of rolesIn(s.text, all)) {
      const counts = roles.get(party) ?? new Map<string, number>()
      counts.set(role, (counts.get(role) ?? 0) + 1)
      roles.set(party, counts)
    }
  }
  // A country the roster lacks is a party when the text gives it a stance or a role.
  const parties: Party[] = all.parties
    .filter((p) => !found.has(p.id) || positions.has(p.id) || roles.has(p.id))
    .map((p) => {
      const role = [...(roles.get(p.id) ?? [])].sort((a, b) => b[1] - a[1])[0]?.[0] ?? p.role
      return { ...p, ...(role && { role }), positions: positions.get(p.id) ?? [] }
    })
  const timeline = orderEvents(
    documents.flatMap((doc) =>
      eventsIn(sentencesOf(paragraphs.filter((p) => p.documentId === doc.id)), doc)
    )
  )
  return {
    parties,
    proposals: proposalsIn(body, all),
    timeline,
    contested: contestedIn(passages),
    figures: figuresIn(body),
  }
}

/** The parties of whoever a sentence quotes: its own attribution, else its passage's. */
function speakerOf(s: SentenceRef, roster: CompiledRoster): string[] {
  // A line of a list the splitter ran together: the sentence's source may be another line's.
  if (s.line) return []
  // A transcript's speaker label heads the passage and speaks every sentence of it.
  const label = layoutOf(s.passage.text).speaker
  // "He said …": the party of whom the pronoun stands for, not of the pronoun.
  const own = s.passage.sentences[s.sentence]
  const source = own?.source ?? own?.attribution ?? label ?? s.passage.attribution
  return [...new Set(roster.mentions(source ?? '').map((m) => m.party))].slice(0, 1)
}
