/**
 * @module overview/discover
 * Parties the text introduces on its own. A country is found by its name as the region names of
 * the platform's Unicode data (CLDR, through `Intl.DisplayNames`) give it, its adjective
 * ("Novakian" for Novakia) or a spelling variant; a person becomes a party's when the text gives
 * them a title of that party ("the Novakian foreign minister Ana Vell", "Ana Vell, Novakia's
 * chief negotiator"). The roster (`corpus/overview.yaml`) names the sides and merges spellings;
 * a new document that names a new country acting in the talks adds that country by itself.
 */
import { escapeRegExp } from '../index/aliases.ts'
import { countryOf, partyId } from '../language/countries.ts'
import { LEXICON } from '../language/lexicon.ts'
import type { SentenceRef } from './quote.ts'
import { type CompiledRoster, partyFinder } from './roster.ts'

/** A party of the overview as the roster compiles it. */
export type RosterParty = CompiledRoster['parties'][number]

/** A capitalised word or run of them: where a country or a person may be named. */
const NAME_RUN = /\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}’'-]*)*/gu

/** Where a name stands in a run of capitalised words: each sub-run, longest first. */
function countriesIn(text: string): Array<{ country: string; demonym: boolean; words: string }> {
  const out: Array<{ country: string; demonym: boolean; words: string }> = []
  for (const m of text.matchAll(NAME_RUN)) {
    // "Novakia's envoy": the possessive ending is no part of the name.
    const words = m[0].split(/\s+/).map((w) => w.replace(/['’]s$/, ''))
    for (let i = 0; i < words.length; i++) {
      for (let j = words.length; j > i; j--) {
        const phrase = words.slice(i, j).join(' ')
        const found = countryOf(phrase)
        if (!found) continue
        out.push({ ...found, words: phrase })
        i = j - 1
        break
      }
    }
  }
  return out
}

const isTitle = (word: string) => LEXICON.personTitles.has(word.toLowerCase())
const CAPITALISED = /^\p{Lu}[\p{L}’'-]+$/u

/**
 * The person a run of words after a party's name names, once its title words are taken off:
 * "Foreign Minister Ana Vell" → "Ana Vell". A title is required, and a name of two to four
 * capitalised words.
 */
function personAfterTitle(words: string[]): string | undefined {
  let i = 0
  while (i < words.length && isTitle(words[i] ?? '')) i++
  if (i === 0) return undefined
  const name: string[] = []
  for (const w of words.slice(i)) {
    if (!CAPITALISED.test(w) || isTitle(w)) break
    name.push(w)
  }
  return name.length >= 2 && name.length <= 4 ? name.join(' ') : undefined
}

/**
 * A finder of the people a text gives a party's title, with the spelling of the party it uses:
 * "the Novakian foreign minister Ana Vell" and "Ana Vell, Novakia's foreign minister". The
 * patterns are compiled once for all spellings.
 */
function peopleFinder(spellings: readonly string[]): (text: string) => Array<[string, string]> {
  const any = [...spellings]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')
  const before = new RegExp(
    `(?<![\\p{L}])(?<party>${any})(?:['’]s)?\\s+((?:[\\p{L}’'-]+,?\\s+){1,8}[\\p{L}’'-]+)(?=[\\s,.;:]|$)`,
    'gu'
  )
  const after = new RegExp(
    `((?:\\p{Lu}[\\p{L}’'-]+\\s+){1,3}\\p{Lu}[\\p{L}’'-]+),\\s+(?:the\\s+)?(?<party>${any})['’]s\\s+([\\p{L}\\s-]+?)(?=[,.;:]|$)`,
    'gu'
  )
  // "Ana Vell, spokesperson for Novakia's foreign ministry", "Ana Vell, ambassador of Novakia":
  // a title, then the party it serves.
  const serving = new RegExp(
    `((?:\\p{Lu}[\\p{L}’'-]+\\s+){1,3}\\p{Lu}[\\p{L}’'-]+),\\s+(?:the\\s+)?((?:[\\p{L}-]+\\s+){1,3}?)(?:for|of|to|at)\\s+(?:the\\s+)?(?<party>${any})(?![\\p{L}])`,
    'gu'
  )
  // "Foreign Minister Ana Vell, who leads Novakia's delegation": a titled name whose relative
  // clause leads or speaks for what the party owns.
  const leads = new RegExp(
    `(\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){1,7}),\\s+who\\s+(?:also\\s+|now\\s+)?(?<verb>\\p{L}+)\\s+(?:the\\s+)?(?<party>${any})['’]s\\s`,
    'gu'
  )
  return (text) => {
    const out: Array<[string, string]> = []
    for (const m of text.matchAll(before)) {
      // "Novakia's chief negotiator, Ana Vell,": a comma may stand between title and name.
      const person = personAfterTitle((m[2] ?? '').split(/,?\s+/))
      if (person) out.push([person, m.groups?.party ?? ''])
    }
    for (const m of text.matchAll(leads)) {
      if (!LEXICON.leading.has((m.groups?.verb ?? '').toLowerCase())) continue
      const person = personAfterTitle((m[1] ?? '').split(/\s+/))
      if (person) out.push([person, m.groups?.party ?? ''])
    }
    for (const m of text.matchAll(after)) {
      const titled = (m[3] ?? '').split(/\s+/).some(isTitle)
      if (titled) out.push([m[1] ?? '', m.groups?.party ?? ''])
    }
    for (const m of text.matchAll(serving)) {
      const titled = (m[2] ?? '').trim().split(/\s+/).some(isTitle)
      if (titled) out.push([m[1] ?? '', m.groups?.party ?? ''])
    }
    return out
  }
}

/** A title's words as a key: lowercased, without "the" or "of" at its ends. */
const titleKey = (words: readonly string[]) => words.map((w) => w.toLowerCase()).join(' ')

/**
 * The titles each document gives one party by a possessive ("Novakia's Foreign Minister"),
 * keyed by the title's words; a title two parties share in one document names neither.
 */
function titlesByDocument(
  sentences: readonly SentenceRef[],
  finder: (text: string) => Array<{ party: string; start: number; end: number }>
): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string | null>>()
  for (const s of sentences) {
    for (const mention of finder(s.text)) {
      const after = /^['’]s\s+((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)/u.exec(s.text.slice(mention.end))
      if (!after) continue
      const words = (after[1] ?? '').split(/\s+/)
      const n = words.findIndex((w) => !isTitle(w))
      const title = words.slice(0, n < 0 ? words.length : n)
      // "former" or "of" alone is no office.
      if (
        !title.some(
          (w) => isTitle(w) && !['former', 'of', 'top', 'senior'].includes(w.toLowerCase())
        )
      )
        continue
      const key = titleKey(title)
      const doc = out.get(s.passage.documentId) ?? new Map<string, string | null>()
      const had = doc.get(key)
      doc.set(key, had === undefined || had === mention.party ? mention.party : null)
      out.set(s.passage.documentId, doc)
    }
  }
  return new Map(
    [...out].map(([id, doc]) => [
      id,
      new Map([...doc].filter((e): e is [string, string] => e[1] !== null)),
    ])
  )
}

/** Inputs of {@link discoverParties}. */
export interface DiscoverOptions {
  sentences: readonly SentenceRef[]
  roster: CompiledRoster
  /**
   * Headlines, read only for the titles they give a party ("Novakia's Foreign Minister on …"):
   * the body's person of that title in the same document is the party's.
   */
  headlines?: readonly SentenceRef[]
}

/** The roster with the text's parties and people added, and which parties are new. */
export interface Discovered {
  roster: CompiledRoster
  /** Ids of the parties the roster did not name: kept only if the text gives them a stance or role. */
  found: Set<string>
}

/**
 * The roster's parties plus the countries the text names that it lacks, each with the spellings
 * the text uses, and every party's people (a titled name: the name and the surname).
 *
 * @example
 * ```ts
 * const { roster: all, found } = discoverParties({ sentences, roster })
 * all.mentions('Novakian Foreign Minister Ana Vell spoke.')[0]?.party // 'novakia'
 * ```
 */
export function discoverParties({
  sentences,
  roster,
  headlines = [],
}: DiscoverOptions): Discovered {
  const parties = new Map<string, RosterParty>(
    roster.parties.map((p) => [p.id, { ...p, aliases: [...p.aliases] }])
  )
  const found = new Set<string>()
  // Countries the roster lacks, named the way the text names them most often.
  const spellings = new Map<string, Map<string, number>>()
  const demonyms = new Map<string, Set<string>>()
  for (const s of sentences) {
    for (const c of countriesIn(s.text)) {
      if (roster.mentions(c.words).length > 0) continue
      if (c.demonym) {
        demonyms.set(c.country, (demonyms.get(c.country) ?? new Set()).add(c.words))
        continue
      }
      const counts = spellings.get(c.country) ?? new Map<string, number>()
      counts.set(c.words, (counts.get(c.words) ?? 0) + 1)
      spellings.set(c.country, counts)
    }
  }
  for (const country of new Set([...spellings.keys(), ...demonyms.keys()])) {
    const names = [...(spellings.get(country) ?? new Map<string, number>())]
    // The spelling the text uses most; on a tie, the one in plain letters, as readers type it.
    const plain = (n: string) => (/^[\x20-\x7e]+$/.test(n) ? 1 : 0)
    names.sort((a, b) => b[1] - a[1] || plain(b[0]) - plain(a[0]))
    const name = names[0]?.[0] ?? country
    const id = partyId(name)
    if (parties.has(id)) continue
    const aliases = [...names.map(([n]) => n), ...(demonyms.get(country) ?? [])]
    parties.set(id, { id, name, aliases: [...new Set([country, ...aliases])] })
    found.add(id)
  }
  // People: a titled name becomes a spelling of the party whose title it carries.
  let finder = partyFinder([...parties.values()])
  const people = peopleFinder([...parties.values()].flatMap((p) => p.aliases))
  for (const s of sentences) {
    for (const [person, spelling] of people(s.text)) {
      const party = finder(spelling)[0]?.party
      const entry = party && parties.get(party)
      if (!entry || finder(person).length > 0) continue
      const surname = person.split(/\s+/).at(-1) ?? person
      const names = [person, ...(countryOf(surname) ? [] : [surname])]
      entry.aliases.push(...names.filter((n) => !entry.aliases.includes(n)))
    }
  }
  finder = partyFinder([...parties.values()])
  // "Novakia's Foreign Minister on the talks" and, in the same document, "Foreign Minister Ana
  // Vell": a title the document gives one party names that party's person.
  const titles = titlesByDocument([...headlines, ...sentences], finder)
  for (const s of sentences) {
    const given = titles.get(s.passage.documentId)
    if (!given) continue
    for (const m of s.text.matchAll(NAME_RUN)) {
      const words = m[0].split(/\s+/)
      const person = personAfterTitle(words)
      const title = words.slice(0, words.length - (person?.split(/\s+/).length ?? 0))
      const party = person && given.get(titleKey(title))
      const entry = party && parties.get(party)
      if (!entry || !person || finder(person).length > 0) continue
      const surname = person.split(/\s+/).at(-1) ?? person
      const names = [person, ...(countryOf(surname) ? [] : [surname])]
      entry.aliases.push(...names.filter((n) => !entry.aliases.includes(n)))
    }
  }
  finder = partyFinder([...parties.values()])
  return {
    roster: { parties: [...parties.values()], mentions: finder, proposals: roster.proposals },
    found,
  }
}
