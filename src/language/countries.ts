/**
 * @module language/countries
 * Countries and their peoples as English names them: the region names of the platform's Unicode
 * data (CLDR, through `Intl.DisplayNames`), their adjectives ("Novakian" for Novakia, the
 * irregular ones from the lexicon's `demonyms`) and spelling variants. The overview finds new
 * parties with it; the conflict rules tell a country, named by half the dossier, from a place.
 */
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

/** The countries the platform's CLDR data names in English, by two-letter region code. */
function countryList(): Country[] {
  if (countries) return countries
  const names = new Intl.DisplayNames(['en'], { type: 'region' })
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  const found = new Map<string, Country>()
  for (const a of letters) {
    for (const b of letters) {
      const name = names.of(`${a}${b}`)
      if (!name || name === `${a}${b}` || NOT_COUNTRIES.test(name)) continue
      const oneWord = !/\s/.test(name)
      found.set(name, {
        name,
        folded: fold(name),
        stems: oneWord ? stems(name, STEM_ENDINGS_NAME) : [],
      })
    }
  }
  countries = [...found.values()]
  return countries
}

/** The country `words` names: its name, its adjective or a variant spelling of it. */
export function countryOf(words: string): { country: string; demonym: boolean } | undefined {
  const folded = fold(words)
  const exact = countryList().find((c) => c.folded === folded)
  if (exact) return { country: exact.name, demonym: false }
  if (/\s/.test(words)) return undefined
  const irregular = LEXICON.demonyms.get(words)
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
