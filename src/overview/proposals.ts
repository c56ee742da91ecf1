/**
 * @module overview/proposals
 * The plans on the table: those the roster names, and any quoted plan the text introduces
 * (‘… plan’, ‘… formula’, ‘… zone’). For each, the sentences that mention it, and in each who
 * backs it (proposes, pushes for, demands, offers it) and who objects (refuses it, pushes back,
 * argues against it). A verb is about the plan named nearest to it, so "any cession of Donetsk
 * would require a referendum" backs the referendum, not the cession.
 */
import { actorsAt } from './actors.ts'
import { quoteSentence, type SentenceRef } from './quote.ts'
import { type CompiledRoster, type ProposalTerms, wordsPattern } from './roster.ts'
import type { Proposal, ProposalQuote } from './schema.ts'

/** Objections whose objectors follow the noun: "pushback from Kyiv and its European allies". */
const OBJECTION_FROM = /\b(?:pushback|opposition|objections?|resistance) from\b/gi
/** Verbs whose subject objects to, or criticises, the plan named nearest. */
const OBJECTS =
  /\b(?:argue|argues|view them as|oppose[sd]?|reject(?:s|ed)?|refus(?:e|es|ed|al)|has yet to accept|not satisfied)\b/gi
/** Verbs whose subject backs the plan named nearest. */
const BACKS =
  /\b(?:propos(?:ed|es|ing)|pushing for|push(?:es)? for|pressing|offer(?:s|ed|ing)?|floated|brokered|agreeing|envisions?|require|finali[sz]ed|ready to sign|hailed|demands? for|insist(?:s|ed|ing)?|unless|only end if)\b/gi
/** "an agreement between X and Y": both back it. */
const BETWEEN = /\bbetween ([^,;]{3,120})/gi
/** The nouns that make a quoted phrase a plan. */
const PLAN_NOUNS =
  /^(?:plan|formula|zone|deal|agreement|framework|initiative|accord|proposal|roadmap|ceasefire|settlement)$/i
const QUOTED = /[‘“"]([^‘’“”"]{3,60}?)[,.]?[’”"]/g

/** Most quotes kept for one proposal; those naming a backer or objector come first. */
const MAX_QUOTES = 10

type Stances = Map<string, { backs: Set<string>; objects: Set<string> }>

/**
 * The proposals a verb at offset `at` is about: the one named nearest to it, and any named right
 * after that one with "and" ("security guarantees and a postwar ‘prosperity plan’").
 */
function targetsAt(
  text: string,
  spans: Map<string, Array<[number, number]>>,
  at: number
): string[] {
  const all = [...spans].flatMap(([id, list]) => list.map(([start, end]) => ({ id, start, end })))
  const distance = (s: { start: number; end: number }) =>
    s.start >= at ? s.start - at : Math.max(0, at - s.end)
  all.sort((a, b) => distance(a) - distance(b))
  const first = all[0]
  if (!first) return []
  const joined = all.filter(
    (s) => s.start >= first.end && /^\s+and\s+[^,;.]{0,40}$/.test(text.slice(first.end, s.start))
  )
  return [...new Set([first.id, ...joined.map((s) => s.id)])]
}

/**
 * Who backs and who objects to each plan `text` mentions; a party that does both in one
 * sentence objects.
 */
export function stancesIn(
  text: string,
  roster: CompiledRoster,
  spans: Map<string, Array<[number, number]>>
): Stances {
  const mentions = roster.mentions(text)
  const stances: Stances = new Map(
    [...spans.keys()].map((id) => [id, { backs: new Set(), objects: new Set() }])
  )
  const add = (role: 'backs' | 'objects', at: number, parties: string[]) => {
    for (const id of targetsAt(text, spans, at)) {
      for (const p of parties) stances.get(id)?.[role].add(p)
    }
  }
  for (const m of text.matchAll(OBJECTION_FROM)) {
    const rest = text.slice(m.index + m[0].length).split(/,\s+who\b|[;.]/)[0] ?? ''
    add(
      'objects',
      m.index,
      roster.mentions(rest).map((p) => p.party)
    )
  }
  for (const m of text.matchAll(OBJECTS)) add('objects', m.index, actorsAt(text, mentions, m.index))
  for (const m of text.matchAll(BACKS)) add('backs', m.index, actorsAt(text, mentions, m.index))
  for (const m of text.matchAll(BETWEEN)) {
    const span = m[1] ?? ''
    if (/\band\b/.test(span))
      add(
        'backs',
        m.index,
        roster.mentions(span).map((p) => p.party)
      )
  }
  for (const s of stances.values()) for (const p of s.objects) s.backs.delete(p)
  return stances
}

/** Quoted plans the roster does not name, each with a slug id. */
function quotedPlans(sentences: SentenceRef[], roster: CompiledRoster): ProposalTerms[] {
  const plans = new Map<string, ProposalTerms>()
  for (const s of sentences) {
    for (const m of s.text.matchAll(QUOTED)) {
      const phrase = (m[1] ?? '').trim()
      const words = phrase.split(/\s+/)
      if (words.length > 5 || !PLAN_NOUNS.test(words[words.length - 1] ?? '')) continue
      if (roster.proposals.some((p) => p.find(phrase).length > 0)) continue
      const id = phrase
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-|-$/g, '')
      if (!plans.has(id)) plans.set(id, { id, name: `‘${phrase}’`, find: wordsPattern([phrase]) })
    }
  }
  return [...plans.values()]
}

/**
 * @example
 * ```ts
 * const proposals = proposalsIn(sentencesOf(passages), roster)
 * proposals.find((p) => p.id === 'referendum')?.objectors // ['russia']
 * ```
 */
export function proposalsIn(sentences: SentenceRef[], roster: CompiledRoster): Proposal[] {
  const all = [...roster.proposals, ...quotedPlans(sentences, roster)]
  const quotes = new Map<string, ProposalQuote[]>(all.map((p) => [p.id, []]))
  for (const s of sentences) {
    const spans = new Map(
      all.map((p) => [p.id, p.find(s.text)] as const).filter(([, list]) => list.length > 0)
    )
    if (spans.size === 0) continue
    const base = quoteSentence(s)
    for (const [id, { backs, objects }] of stancesIn(s.text, roster, spans)) {
      const list = quotes.get(id) ?? []
      // A sentence where one side backs and another objects is quoted once for each.
      if (backs.size > 0) list.push({ ...base, role: 'backs', parties: [...backs] })
      if (objects.size > 0) list.push({ ...base, role: 'objects', parties: [...objects] })
      if (backs.size + objects.size === 0) list.push({ ...base, role: 'describes', parties: [] })
    }
  }
  return all.flatMap(({ id, name }) => {
    const found = quotes.get(id) ?? []
    if (found.length === 0) return []
    const named = found.filter((q) => q.role !== 'describes')
    const kept = [...named, ...found.filter((q) => q.role === 'describes')].slice(0, MAX_QUOTES)
    const partiesIn = (role: ProposalQuote['role']) => [
      ...new Set(kept.filter((q) => q.role === role).flatMap((q) => q.parties)),
    ]
    return [
      { id, name, backers: partiesIn('backs'), objectors: partiesIn('objects'), quotes: kept },
    ]
  })
}
