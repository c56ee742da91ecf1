/**
 * @module retrieval/reader-words
 * A reader's words read into the dossier's: a question in Cyrillic has its names
 * found (by the alias table's Cyrillic spellings, or transliterated and matched against the
 * dossier's words), its question words put in English and the rest set aside, since an English
 * dossier cannot match them; and a word the dossier never uses is corrected to the nearest one
 * it does (`spelling.ts`).
 */
import type { Dossier } from '../index/load.ts'
import {
  cyrillicStem,
  englishFor,
  hasCyrillic,
  newsWord,
  transliterate,
  transliterations,
  unsoftenedStem,
  usesUkLetters,
} from './cyrillic.ts'
import { allowedEdits, createSpeller, editDistance, type Speller } from './spelling.ts'

/**
 * A transliterated word may run on past the dossier's word it matches by this many letters:
 * Cyrillic case endings ("дронів" → "droniv" for "drone", "делегацию" for
 * "delegation") are long, and the word's start is what carries it.
 */
const INFLECTION_TAIL = 10

/** The question, read. */
export interface ReadQuestion {
  /** The question in Latin letters: names found, Cyrillic question words in English. */
  text: string
  /** The dossier's token for one of the question's tokens: itself, or its correction. */
  respell(token: string): string
}

/** What a dossier needs to read questions, built on its first question. */
interface Reader {
  speller: Speller
  /** Cyrillic spellings of the alias table's names, by their words' stems. */
  cyrillicNames: Map<string, string>
  /** Latin spellings of several words, lowercased and split, with their canonical token. */
  multiword: Array<{ words: string; canonical: string }>
}

const readers = new WeakMap<Dossier, Reader>()

function readerFor(dossier: Dossier): Reader {
  let reader = readers.get(dossier)
  if (reader) return reader
  const cyrillicNames = new Map<string, string>()
  const multiword: Reader['multiword'] = []
  for (const [canonical, variants] of dossier.aliases.variants) {
    for (const v of variants) {
      const words = v.split(/[\s-]+/).filter(Boolean)
      if (hasCyrillic(v)) cyrillicNames.set(words.map(cyrillicStem).join(' '), canonical)
      else if (words.length > 1) multiword.push({ words: words.join(' ').toLowerCase(), canonical })
    }
  }
  reader = {
    speller: createSpeller({ vocabulary: dossier.documentFrequency }),
    cyrillicNames,
    multiword,
  }
  readers.set(dossier, reader)
  return reader
}

/**
 * The alias table's name for a Cyrillic word: by its stem; by the stem before that
 * softening; or, for a stem of four letters or more, by a name's stem one letter away (a
 * vowel that drops as the word inflects: "Варден", "у Вардні").
 */
function nameOf(reader: Reader, parts: string[]): string | undefined {
  const stems = parts.map(cyrillicStem)
  const exact = reader.cyrillicNames.get(stems.join(' '))
  if (exact || parts.length !== 1) return exact
  const hard = unsoftenedStem(parts[0] ?? '')
  const unsoftened = hard && reader.cyrillicNames.get(hard)
  if (unsoftened) return unsoftened
  const stem = stems[0] ?? ''
  if (stem.length < 4) return undefined
  for (const [key, name] of reader.cyrillicNames) {
    if (key.length >= 4 && !key.includes(' ') && editDistance(stem, key, 1) <= 1) return name
  }
  return undefined
}

/** A Cyrillic word, hyphenated parts included ("Абу-Дабі"). */
const CYRILLIC_WORD = /\p{Script=Cyrillic}[\p{Script=Cyrillic}ʼ'’]*(?:-\p{Script=Cyrillic}+)*/gu

/** Options for {@link readQuestion}. */
export interface ReadQuestionOptions {
  /** Function words of the languages readers write in; a Cyrillic one is set aside. */
  functionWords: ReadonlySet<string>
}

/**
 * Reads `text` for the dossier.
 *
 * @example
 * ```ts
 * readQuestion(dossier, 'Що сказав Даниленко?', options).text // 'what  Danylenko?'
 * readQuestion(dossier, 'harbuor', options).respell('harbuor') // 'harbour'
 * ```
 */
export function readQuestion(
  dossier: Dossier,
  text: string,
  { functionWords }: ReadQuestionOptions
): ReadQuestion {
  const reader = readerFor(dossier)
  const fromCyrillic = new Set<string>()
  const known = (token: string) =>
    dossier.documentFrequency.has(token) || dossier.aliases.canonical.has(token)
  const respell = (token: string): string => {
    if (known(token)) return token
    const tail = fromCyrillic.has(token) ? INFLECTION_TAIL : 0
    return reader.speller.correct(token, { tail }) ?? token
  }
  if (!hasCyrillic(text)) return { text, respell }
  const uk = usesUkLetters(text)
  const latin = text.replace(CYRILLIC_WORD, (word) => {
    const english = englishFor(word)
    if (english) return english
    if (functionWords.has(word.toLowerCase())) return ''
    const parts = word.split('-')
    const named = nameOf(reader, parts)
    if (named) return ` ${named} `
    const news = newsWord(word)
    if (news) return ` ${news} `
    // Each way of spelling it, the question's own table first: the first the dossier knows.
    const ways = parts.map((p) => transliterations(p, uk))
    const spellings = (ways[0] ?? []).map((_, k) => ways.map((w) => w[k] ?? w[0] ?? ''))
    for (const spelled of spellings) {
      const joined = spelled.join(' ').toLowerCase()
      const multi = reader.multiword.find(
        (m) =>
          editDistance(joined, m.words, allowedEdits(m.words.length)) <= allowedEdits(joined.length)
      )
      if (multi) return ` ${multi.canonical} `
      const tokens = spelled.flatMap((s) => dossier.tokenizer.tokens(s))
      for (const t of tokens) fromCyrillic.add(t)
      if (tokens.length > 0 && tokens.every((t) => known(respell(t)))) return spelled.join(' ')
    }
    // A capitalised word no dossier word matches is a name it lacks ("Лавров"): kept, so it
    // is named in the answer; any other word the dossier cannot read is set aside.
    const capitalised = /^\p{Lu}/u.test(word)
    return capitalised ? parts.map((p) => transliterate(p, uk)).join(' ') : ''
  })
  return { text: latin, respell }
}
