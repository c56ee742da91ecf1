/**
 * @module overview/build-overview
 * Computes the whole overview from the labelled passages, the documents' dates and the roster.
 * Runs at build time; the worker serves the result as it was built.
 */
import type { DocumentSummary } from '../index/artifact.ts'
import { layoutOf } from '../language/layout.ts'
import { roleCuesOf } from '../language/stance.ts'
import type { LabelledPassage } from '../provenance/schema.ts'
import { actorsAt } from './actors.ts'
import { contestedIn } from './contested.ts'
import { discoverParties } from './discover.ts'
import { figuresIn } from './figures.ts'
import { positionsIn } from './positions.ts'
import { proposalsIn } from './proposals.ts'
import { linesOf, quoteSentence, type SentenceRef, sentencesOf } from './quote.ts'
import type { CompiledRoster, Mention } from './roster.ts'
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
  // Headlines restate the body; captions describe photos, and hold no positions or figures.
  // A caption is never the evidence for an event either: it dates the photo, not the talks.
  const paragraphs = passages.filter((p) => p.kind === 'paragraph')
  const body = linesOf(sentencesOf(paragraphs))
  const { roster: all, found } = discoverParties({ sentences: body, roster })
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
  const source = s.passage.sentences[s.sentence]?.attribution ?? label ?? s.passage.attribution
  return [...new Set(roster.mentions(source ?? '').map((m) => m.party))].slice(0, 1)
}

/** "…, which has mediated": the relative clause's verb belongs to the name before the comma. */
const RELATIVE = /,\s*(?:which|who)\s+(?:[\p{L}’']+\s+){0,2}$/u
/** "…, President of the Republic, hosted": the title's country stands for the person. */
const TITLE_OF = /,\s*(?:[\p{L}’'-]+\s+){1,4}of\s+(?:the\s+)?$/u
const APPOSITIVE_END = /^\s*,\s*(?:[\p{L}]+ly\s+)?$/u

/** The party of an appositive title that ends right before the verb at `at`, if any. */
function appositive(text: string, mentions: Mention[], at: number): string | undefined {
  const m = mentions.find(
    (x) =>
      x.end <= at &&
      APPOSITIVE_END.test(text.slice(x.end, at)) &&
      TITLE_OF.test(text.slice(0, x.start))
  )
  return m?.party
}

/** How far before a role's verb its holder may be named: the verb's own clause. */
const ROLE_REACH = 60

/**
 * The roles `text` gives parties: the subject of "offered to host", the agent of "hosted by",
 * the name before "-brokered" or before ", which has mediated".
 */
function rolesIn(text: string, roster: CompiledRoster): Array<{ role: string; party: string }> {
  const mentions = roster.mentions(text)
  const endingAt = (end: number) => mentions.filter((m) => m.end === end).map((m) => m.party)
  return roleCuesOf(text).flatMap(({ role, at, by, owner }) => {
    const before = text.slice(0, at)
    const relative = RELATIVE.exec(before)
    const named = mentions.filter((m) => m.end <= at)
    let parties: string[]
    if (owner === 'before') parties = endingAt(before.trimEnd().length)
    else if (owner === 'pronoun') parties = named.slice(-1).map((m) => m.party)
    else if (by !== undefined) {
      parties = mentions.filter((m) => m.start >= by && m.start - by <= 5).map((m) => m.party)
    } else if (before.endsWith('-')) parties = endingAt(at - 1)
    else if (appositive(text, mentions, at)) parties = [appositive(text, mentions, at) as string]
    else if (relative) parties = endingAt(relative.index)
    else {
      const near = new Set(mentions.filter((m) => m.end <= at && at - m.end <= ROLE_REACH))
      parties = actorsAt(text, mentions, at).filter((p) => [...near].some((m) => m.party === p))
    }
    return parties.map((party) => ({ role, party }))
  })
}
