/**
 * @module language/countries
 * Countries and their peoples as English names them: the region names of the platform's Unicode
 * data (CLDR, through `Intl.DisplayNames`), their adjectives ("Novakian" for Novakia, the
 * irregular ones from the lexicon's `demonyms`) and spelling variants. The overview finds new
 * parties with it; the conflict rules tell a country, named by half the dossier, from a place.
 */
import { kept } from './kept.ts'
import { LEXICON, READER_NAMES } from './lexicon.ts'

/** Region names that are no country: CLDR's placeholders and groupings. */
const NOT_COUNTRIES = /\b(?:Region|Pseudo|Outlying|Eurozone)\b/
/** Endings of a country's adjective and its people ("-ian", "-ish", "-ese", "-i"). */
const DEMONYM_ENDING = /(?:an|ish|ese|i|ic)s?$/
const STEM_ENDINGS = ['ians', 'ian', 'ans', 'an', 'ish', 'ese', 'is', 'i', 'ns', 'n', 'y', 'ey']
const STEM_ENDINGS_NAME = ['iye', 'ia', 'a', 'e', 'y', 'ey']
const MIN_STEM = 4

/** Lowercase, without diacritics: "Ålvik" → "alvik". */
export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

/**
 * The overview's id for a party of this name: its letters, lowercased, without diacritics.
 *
 * @example
 * ```ts
 * partyId('Ålvik') // 'alvik'
 * ```
 */
export const partyId = (name: string) => fold(name).replace(/[^a-z]/g, '')

/** A word and what is left of it without each ending that leaves a stem of four letters. */
function stems(word: string, endings: readonly string[]): string[] {
  const w = fold(word)
  const out = [w]
  for (const e of endings) {
    if (w.endsWith(e) && w.length - e.length >= MIN_STEM) out.push(w.slice(0, -e.length))
  }
  return out
}

interface Country {
  name: string
  folded: string
  /** Stems of a one-word name, for its adjective and spelling variants. */
  stems: string[]
}

let countries: Country[] | undefined

/** The platform's English names of regions (CLDR), made once. */
let regionNames: Intl.DisplayNames | undefined
const englishNames = () => {
  regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' })
  return regionNames
}

/** Every two-letter region code CLDR names in English, with the name. */
function regions(): [code: string, name: string][] {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  const out: [string, string][] = []
  for (const a of letters) {
    for (const b of letters) {
      const name = englishNames().of(`${a}${b}`)
      if (name && name !== `${a}${b}`) out.push([`${a}${b}`, name])
    }
  }
  return out
}

/** The countries the platform's CLDR data names in English, by two-letter region code. */
function countryList(): Country[] {
  if (countries) return countries
  const found = new Map<string, Country>()
  for (const [, name] of regions()) {
    if (NOT_COUNTRIES.test(name)) continue
    const oneWord = !/\s/.test(name)
    found.set(name, {
      name,
      folded: fold(name),
      stems: oneWord ? stems(name, STEM_ENDINGS_NAME) : [],
    })
  }
  countries = [...found.values()]
  return countries
}

let irregularByFold: Map<string, string> | undefined

/** The lexicon's irregular adjectives ("Swiss"), by their folded spelling: case aside. */
function irregulars(): Map<string, string> {
  irregularByFold ??= new Map(
    [...LEXICON.demonyms].map(([adjective, country]) => [fold(adjective), country])
  )
  return irregularByFold
}

let others: Map<string, string> | undefined

/**
 * Other English names of countries, each to the name CLDR gives: CLDR's own short names ("UK"),
 * dotted as news copy writes them ("U.K."), and the lexicon's (`otherNames`, "Britain").
 */
function otherNames(): Map<string, string> {
  if (others) return others
  const short = new Intl.DisplayNames(['en'], { type: 'region', style: 'short' })
  const out = new Map<string, string>()
  for (const [code, name] of regions()) {
    const abbreviated = short.of(code)
    if (!abbreviated || abbreviated === name) continue
    out.set(abbreviated, name)
    if (/^\p{Lu}{2,3}$/u.test(abbreviated)) out.set(`${abbreviated.split('').join('.')}.`, name)
  }
  for (const [other, code] of LEXICON.countryNames) out.set(other, englishNames().of(code) ?? other)
  others = out
  return out
}

/** The country whose capital `city` is ("Paris" → "France"), by the lexicon's `capitals`. */
export const capitalOf = kept((city: string): string | undefined => {
  const code = LEXICON.capitals.get(city)
  return code && englishNames().of(code)
})

/**
 * The country `words` names: its name, its adjective or a variant spelling of it. Kept: the
 * checker asks it of the same words for every candidate sentence, and each answer is a scan of
 * the platform's country names.
 */
export const countryOf = kept(readCountry)

function readCountry(words: string): { country: string; demonym: boolean } | undefined {
  const folded = fold(words)
  const exact = countryList().find((c) => c.folded === folded)
  if (exact) return { country: exact.name, demonym: false }
  const other = otherNames().get(words)
  if (other) return { country: other, demonym: false }
  if (/\s/.test(words)) return undefined
  const irregular = irregulars().get(folded) ?? irregulars().get(folded.replace(/s$/, ''))
  const named = irregular && countryList().find((c) => c.name === irregular)
  if (named) return { country: named.name, demonym: true }
  // "Novak" for Novakstan or Novakistan: a country in -stan is its people's name and the ending.
  const stan = countryList().find((c) => [`${folded}stan`, `${folded}istan`].includes(c.folded))
  if (stan) return { country: stan.name, demonym: true }
  // "Novakian" for Novakia; a variant in -y ("Novaky" for "Novakiye") is a name too.
  const demonym = DEMONYM_ENDING.test(folded)
  if (!demonym && !folded.endsWith('y')) return undefined
  const mine = stems(words, STEM_ENDINGS)
  const hit = countryList().find((c) => c.stems.some((s) => mine.includes(s)))
  return hit && { country: hit.name, demonym }
}

/**
 * Does `word` (lower case) name a country or its people: the lexicon's reader names, or a
 * country or adjective CLDR knows ("iranians", "turkiye")?
 *
 * @example
 * ```ts
 * namesACountry('iranians') // true
 * namesACountry('burshtyn') // false
 * ```
 */
export function namesACountry(word: string): boolean {
  return READER_NAMES.has(word) || countryOf(word) !== undefined
}

/** Capitalised runs of words, and their single words: where a country's name may stand. */
const CAPITALISED = /\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*/gu

/**
 * The countries `text` names by name, another name, adjective or people; with `capitals`, also
 * by capital city ("Paris said"). Callers that ask of one text often keep the answer.
 *
 * @example
 * ```ts
 * countriesIn('Norwegian ships and the U.K.') // Set { 'Norway', 'United Kingdom' }
 * countriesIn('Paris said', { capitals: true }) // Set { 'France' }
 * ```
 */
export function countriesIn(text: string, options: CountriesOptions = {}): Set<string> {
  const out = new Set<string>()
  for (const m of text.matchAll(CAPITALISED)) {
    const run = m[0].replace(/[’'-]+$/, '')
    const words = run.split(/\s+/)
    // The whole run ("Dominican Republic"), then each word and each hyphened part, each also
    // without a full stop that ends the sentence rather than an abbreviation ("U.S.").
    const parts = words.flatMap((w) => (w.includes('-') ? w.split('-') : []))
    for (const t of [run, ...words, ...parts].flatMap((t) => [t, t.replace(/\.$/, '')])) {
      const hit = countryOf(t)?.country ?? (options.capitals ? capitalOf(t) : undefined)
      if (hit) out.add(hit)
    }
  }
  return out
}

/** What `countriesIn` also reads. */
export interface CountriesOptions {
  /** Capital cities stand for their country's government ("Paris said"). */
  capitals?: boolean
}
