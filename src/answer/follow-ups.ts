/**
 * @module answer/follow-ups
 * Follow-up questions an answer suggests. Candidates are written from the overview (each party's
 * positions, each proposal, each dated event); at build time each is asked of the extractive
 * answerer and kept only if the dossier answers it with a quote from the passages it came from,
 * so no suggestion leads to "not in the dossier". `suggest-follow-ups.ts` picks from them per
 * answer.
 */
import type { Artifact } from '../index/artifact.ts'
import { loadDossier } from '../index/load.ts'
import type { Overview } from '../overview/schema.ts'
import { monthDay } from '../passages/words.ts'
import { answerExtractive } from './extractive.ts'
import type { FollowUp } from './schema.ts'

/**
 * A name of several capitalised words ending in a plural ("Allied Nations", "Northern
 * Territories") is one country or body: a singular verb, and "the" before it.
 */
const pluralProperName = (name: string) => {
  const words = name.split(/\s+/)
  return words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w)) && /s$/.test(name)
}

/**
 * "Coastal allies" and "harbour guarantees" take a plural verb; "the Allied Nations" and "the
 * port’s handover to its owners" (its head noun is before "to") do not.
 */
function plural(name: string): boolean {
  const head = name.split(/\s+(?:from|in|on|of|to|for|with)\s+/)[0] ?? name
  return /s$/.test(head) && !pluralProperName(head.replace(/^the /, ''))
}

const POSITION_QUESTIONS = {
  demand: (name: string) => `What ${plural(name) ? 'do' : 'does'} ${name} demand?`,
  refusal: (name: string) => `What ${plural(name) ? 'do' : 'does'} ${name} refuse?`,
  offer: (name: string) => `What ${plural(name) ? 'have' : 'has'} ${name} offered?`,
  condition: (name: string) => `What conditions ${plural(name) ? 'have' : 'has'} ${name} set?`,
} as const

/** "A neutral harbour zone" → "a neutral harbour zone", to sit inside a question. */
const inSentence = (name: string) => name.replace(/^(A|An|The) /, (a) => a.toLowerCase())

/** Candidate questions, each with the passages its overview item quotes. */
function candidates(overview: Overview): Array<{ question: string; sources: Set<string> }> {
  const out: Array<{ question: string; sources: Set<string> }> = []
  for (const party of overview.parties) {
    for (const kind of Object.keys(POSITION_QUESTIONS) as Array<keyof typeof POSITION_QUESTIONS>) {
      const positions = party.positions.filter((p) => p.kind === kind)
      if (positions.length === 0) continue
      const name = pluralProperName(party.name) ? `the ${party.name}` : party.name
      out.push({
        question: POSITION_QUESTIONS[kind](name),
        sources: new Set(positions.map((p) => p.citation.passageId)),
      })
    }
  }
  for (const proposal of overview.proposals) {
    const sources = new Set(proposal.quotes.map((q) => q.citation.passageId))
    const name = inSentence(proposal.name)
    out.push({ question: `What ${plural(name) ? 'are' : 'is'} ${name}?`, sources })
    if (proposal.objectors.length > 0) {
      out.push({ question: `Who objects to ${name}?`, sources })
    }
  }
  for (const event of overview.timeline) {
    if (event.date.precision !== 'day' || event.date.approximate) continue
    const when = monthDay(event.date.start)
    const question =
      event.when === 'upcoming' ? `What is planned for ${when}?` : `What happened on ${when}?`
    const same = out.find((c) => c.question === question)
    if (same) same.sources.add(event.citation.passageId)
    else out.push({ question, sources: new Set([event.citation.passageId]) })
  }
  return out
}

/**
 * Adds the checked follow-up pool to a built artifact (build time).
 *
 * @example
 * ```ts
 * const artifact = withFollowUps(buildDossier(inputs))
 * artifact.followUps[0]?.question // 'What does Arveland demand?'
 * ```
 */
export function withFollowUps(artifact: Artifact): Artifact {
  const dossier = loadDossier(artifact)
  const followUps = candidates(artifact.overview).flatMap(({ question, sources }): FollowUp[] => {
    const answer = answerExtractive(dossier, question, 'follow-up')
    const quoted = answer.segments.flatMap((s) =>
      s.kind === 'quote' ? s.citations.map((c) => c.passageId) : []
    )
    if (answer.coverage !== 'answered' || !quoted.some((id) => sources.has(id))) return []
    const names = dossier.tokenizer.tokens(question).filter((t) => dossier.aliases.canonical.has(t))
    return [{ question, passageIds: [...new Set(quoted)], names: [...new Set(names)] }]
  })
  return { ...artifact, followUps }
}
