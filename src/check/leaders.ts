/**
 * @module check/leaders
 * Who leads a party's delegation, as one sentence says it: "Ana Vell leads Novakia's
 * delegation", "Novakia's team is led by Ana Vell and Ola Berg", "Ana Vell, who heads the
 * Novakian delegation", "the Novakian delegation, led by Ana Vell", "the head of Novakia's
 * delegation, Ana Vell", "Novakia's delegation head, Ana Vell". A summary that gives the post to
 * someone the dossier does not, where the dossier names who holds it, is contradicted: the slot
 * is the post, not the words around it, so the active and the passive meet.
 */
import type { Dossier } from '../index/load.ts'
import { capitalOf, countryOf } from '../language/countries.ts'
import { kept } from '../language/kept.ts'
import { LEXICON } from '../language/lexicon.ts'
import type { LabelledPassage } from '../provenance/schema.ts'

/** One post and who holds it. */
export interface Leader {
  /** The party whose delegation it is, by its country's English name or as written. */
  party: string
  /** Words between the party and the noun ("technical"): another team than the delegation. */
  kind: string
  /** The holder's name as written, without a title before it ("Ana Vell"). */
  name: string
  /** The last word of the name, which the text calls them by. */
  surname: string
}

const CAP = String.raw`\p{Lu}[\p{L}’'-]+`
/** Two capitalised words or more: a person's name, a title in capitals before it. */
const NAME = String.raw`${CAP}(?:\s+${CAP})+`
/** Title words before a name ("presidential aide", "Palace aide"), as few as will do. */
const TITLE = String.raw`(?:[\p{L}-]+\s+){0,3}?`
const verbs = (words: Iterable<string>) => [...words].join('|')
const HEADS = verbs(LEXICON.heading)
const GROUP = String.raw`(?:(?<owner>${CAP}|U\.S\.)['’]s|the\s+(?<adj>${CAP})|(?<bare>${CAP}))\s+(?<mods>(?:[\p{Ll}-]+\s+){0,2}?)(?:${verbs(LEXICON.delegations)})s?\b`
/** "…, led by Ana Vell and Ola Berg": a second holder joined by "and". */
const CO = String.raw`(?:\s+and\s+${TITLE}(?<co>${NAME}))?`

const PATTERNS = [
  // "Ana Vell leads Novakia's delegation"; "Ana Vell, the deputy minister, who has led …".
  new RegExp(
    String.raw`(?<name>${NAME})(?:,[^,;]{1,80},)?(?:,?\s+who)?\s+(?:(?:has|had|is|was)\s+)?(?:also\s+)?(?:${HEADS}|leading|heading)\s+${GROUP}`,
    'gu'
  ),
  // "Novakia's delegation (in Lund) is led by Ana Vell"; "the Novakian team, headed by …".
  new RegExp(
    String.raw`${GROUP}(?:\s+(?:in|at)\s+${CAP})?,?\s+(?:(?:is|was|are|were|has been|had been|will be)\s+)?(?:led|headed|chaired)\s+by\s+${TITLE}(?<name>${NAME})${CO}`,
    'gu'
  ),
  // "the head of Novakia's delegation, Ana Vell"
  new RegExp(String.raw`head\s+of\s+${GROUP},\s+${TITLE}(?<name>${NAME})`, 'gu'),
  // "Ana Vell, (the) head of Novakia's delegation"
  new RegExp(String.raw`(?<name>${NAME}),\s+(?:the\s+)?head\s+of\s+${GROUP}`, 'gu'),
  // "Novakia's delegation head, Deputy Minister Ana Vell"; "the Novakian delegation chief Ana Vell"
  new RegExp(String.raw`${GROUP}\s+(?:head|chief|leader),?\s+${TITLE}(?<name>${NAME})`, 'gu'),
]

/** Modifiers that name no other team ("negotiating team" is the delegation). */
const PLAIN_MODS = new Set(['negotiating', 'own', 'full', 'whole'])

/** The party a word names: a country by name, adjective or capital, else the word itself. */
function partyOf(word: string): string {
  return countryOf(word)?.country ?? capitalOf(word) ?? word
}

const surnameOf = (name: string) =>
  name
    .split(/\s+/)
    .at(-1)
    ?.replace(/['’]s$/, '') ?? name

/** A name without the title words before it ("Deputy Foreign Minister Ana Vell" → "Ana Vell"). */
function untitled(name: string): string {
  const words = name.split(/\s+/)
  const first = words.findIndex((w) => !LEXICON.personTitles.has(w.toLowerCase()))
  return first > 0 && first < words.length - 1 ? words.slice(first).join(' ') : name
}

/**
 * The posts `text` gives: each party's delegation and who leads it.
 *
 * @example
 * ```ts
 * leadersIn('Novakia’s team is led by Deputy Minister Ana Vell.')
 * // [{ party: 'Novakia', kind: '', name: 'Ana Vell', surname: 'Vell' }]
 * ```
 */
export const leadersIn = kept((text: string): Leader[] => {
  const out: Leader[] = []
  for (const pattern of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const g = m.groups ?? {}
      const owner = g.owner ?? g.adj ?? g.bare
      if (!owner || !g.name) continue
      const kind = (g.mods ?? '')
        .trim()
        .split(/\s+/)
        .filter((w) => w && !PLAIN_MODS.has(w))
        .sort()
        .join(' ')
      const party = partyOf(owner)
      for (const name of [g.name, g.co].filter((n): n is string => Boolean(n))) {
        out.push({ party, kind, name: untitled(name), surname: surnameOf(name) })
      }
    }
  }
  return out
})

/** A post as the dossier gives it, with the sentence that gives it. */
export interface Post {
  leader: Leader
  passage: LabelledPassage
  /** Index into `passage.sentences`. */
  sentence: number
}

/** A passage that may give a post holds a verb of leading and a delegation's noun, any order. */
const LEADS = new RegExp(String.raw`\b(?:${HEADS}|head|leading|heading)\b`, 'iu')
const DELEGATION = new RegExp(String.raw`\b(?:${verbs(LEXICON.delegations)})s?\b`, 'iu')
const mayLead = (text: string) => LEADS.test(text) && DELEGATION.test(text)

const posts = new WeakMap<Dossier, Post[]>()

/**
 * Every post the dossier's prose gives, read once per dossier: a caption describes its photo
 * and gives none.
 */
function postsOf(dossier: Dossier): Post[] {
  let out = posts.get(dossier)
  if (out) return out
  out = []
  for (const passage of dossier.passages) {
    if (passage.kind === 'caption' || !mayLead(passage.text)) continue
    passage.sentences.forEach((s, sentence) => {
      for (const leader of leadersIn(passage.text.slice(s.start, s.end))) {
        out?.push({ leader, passage, sentence })
      }
    })
  }
  posts.set(dossier, out)
  return out
}

/**
 * The post the summary gives one person while the dossier gives it only to others: the same
 * party's same team, the summary's person nowhere its holder.
 *
 * @example
 * ```ts
 * postSwap(dossier, 'Ola Berg leads Novakia’s delegation.')
 * // { claim: { surname: 'Berg', … }, posts: [{ leader: { surname: 'Vell', … }, … }] }
 * ```
 */
export function postSwap(
  dossier: Dossier,
  claim: string
): { claim: Leader; posts: Post[] } | undefined {
  const ours = leadersIn(claim)
  if (ours.length === 0) return undefined
  const all = postsOf(dossier)
  for (const leader of ours) {
    const same = all.filter((p) => p.leader.party === leader.party && p.leader.kind === leader.kind)
    if (same.length > 0 && !same.some((p) => p.leader.surname === leader.surname)) {
      return { claim: leader, posts: same }
    }
  }
  return undefined
}
