/**
 * @module overview/proposals
 * The plans on the table: those the roster names, and any quoted plan the text introduces
 * (‘… plan’, ‘… formula’, ‘… zone’). For each, the sentences that mention it, and in each who
 * backs it (proposes, pushes for, demands, offers it) and who objects (refuses it, pushes back,
 * criticises it), read from the language step's stance cues. A verb is about the plan named
 * nearest to it, so "any change of the border would require a vote" backs the vote, not the
 * change.
 */
import type { StanceKind } from '../language/lexicon.ts'
import { objectStarts, stanceCuesOf } from '../language/stance.ts'
import { actorsAt } from './actors.ts'
import { quoteSentence, type SentenceRef } from './quote.ts'
import { type CompiledRoster, type ProposalTerms, wordsPattern } from './roster.ts'
import type { Proposal, ProposalQuote } from './schema.ts'

/** Nouns of objection whose objectors follow them: "pushback from the capital and its allies". */
const OBJECTION_FROM = /^\s*from\b/i
/** Stance cues by what they say of the plan named nearest: backing it or objecting to it. */
const ROLE: Record<StanceKind, 'backs' | 'objects'> = {
  demand: 'backs',
  offer: 'backs',
  condition: 'backs',
  support: 'backs',
  refusal: 'objects',
  objection: 'objects',
}
/** "a deal between X and Y": both back it. */
const BETWEEN = /\bbetween ([^,;]{3,120})/gi
/** The nouns that make a quoted phrase a plan. */
const PLAN_NOUNS =
  /^(?:plan|formula|zone|deal|agreement|framework|initiative|accord|proposal|roadmap|ceasefire|settlement)$/i
const QUOTED = /[‘“"]([^‘’“”"]{3,60}?)[,.]?[’”"]/g

/** Most quotes kept for one proposal; one per party and role first, then others naming one. */
const MAX_QUOTES = 10

/** Per proposal: who backs it, who objects, and which backers set conditions in the sentence. */
type Stances = Map<string, { backs: Set<string>; objects: Set<string>; conditional: Set<string> }>

/**
 * The proposals a verb at offset `at` is about: the one named nearest to it, and any named right
 * after that one with "and" ("the trade pact and a ‘recovery plan’").
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
 * sentence objects, unless it sets a condition there.
 */
export function stancesIn(
  text: string,
  roster: CompiledRoster,
  spans: Map<string, Array<[number, number]>>
): Stances {
  const mentions = roster.mentions(text)
  const stances: Stances = new Map(
    [...spans.keys()].map((id) => [
      id,
      { backs: new Set(), objects: new Set(), conditional: new Set() },
    ])
  )
  const add = (role: 'backs' | 'objects', at: number, parties: string[]) => {
    for (const id of targetsAt(text, spans, at)) {
      for (const p of parties) stances.get(id)?.[role].add(p)
    }
  }
  const conditioners = new Set<string>()
  const objects = objectStarts(text)
  for (const cue of stanceCuesOf(text)) {
    const after = text.slice(cue.at + cue.words.length)
    // "pushback from X": the objectors follow the noun, up to the clause's end.
    const from = cue.kind === 'objection' ? OBJECTION_FROM.exec(after) : null
    const parties = from
      ? roster.mentions(after.split(/,\s+who\b|[;.]/)[0] ?? '').map((p) => p.party)
      : actorsAt(text, mentions, cue.at, {
          objects,
          acrossClauses: cue.kind === 'condition' && cue.pos === 'NOUN',
        })
    if (cue.kind === 'condition') for (const p of parties) conditioners.add(p)
    add(ROLE[cue.kind], cue.at, parties)
  }
  for (const m of text.matchAll(BETWEEN)) {
    const span = m[1] ?? ''
    if (/\band\b/.test(span))
      add(
        'backs',
        m.index,
        roster.mentions(span).map((p) => p.party)
      )
  }
  // A party that backs and objects in one sentence objects, unless it sets a condition: "will
  // not end the war unless Y" refuses only to make Y unnecessary, so it backs Y.
  for (const s of stances.values()) {
    for (const p of s.objects) {
      if (conditioners.has(p) && s.backs.has(p)) s.objects.delete(p)
      else s.backs.delete(p)
    }
    // A backer that sets a condition in the sentence backs on that condition.
    for (const p of s.backs) if (conditioners.has(p)) s.conditional.add(p)
  }
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
 * proposals.find((p) => p.id === 'recovery-plan')?.backers // the parties that back it
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
    for (const [id, { backs, objects, conditional }] of stancesIn(s.text, roster, spans)) {
      const list = quotes.get(id) ?? []
      // A sentence where one side backs and another objects is quoted once for each.
      if (backs.size > 0) {
        const on = conditional.size > 0 ? { conditional: [...conditional] } : {}
        list.push({ ...base, role: 'backs', parties: [...backs], ...on })
      }
      if (objects.size > 0) list.push({ ...base, role: 'objects', parties: [...objects] })
      if (backs.size + objects.size === 0) list.push({ ...base, role: 'describes', parties: [] })
    }
  }
  return all.flatMap(({ id, name }) => {
    const found = quotes.get(id) ?? []
    if (found.length === 0) return []
    const named = found.filter((q) => q.role !== 'describes')
    // One quote for each party in each role first, so the cap never drops a side.
    const seen = new Set<string>()
    const first = named.filter((q) => {
      const fresh = q.parties.filter((p) => !seen.has(`${q.role}|${p}`))
      for (const p of q.parties) seen.add(`${q.role}|${p}`)
      return fresh.length > 0
    })
    const rest = [...named, ...found.filter((q) => q.role === 'describes')]
    const kept = [...first, ...rest.filter((q) => !first.includes(q))].slice(0, MAX_QUOTES)
    const partiesIn = (role: ProposalQuote['role']) => [
      ...new Set(kept.filter((q) => q.role === role).flatMap((q) => q.parties)),
    ]
    return [
      { id, name, backers: partiesIn('backs'), objectors: partiesIn('objects'), quotes: kept },
    ]
  })
}
