/**
 * @module retrieval/cyrillic
 * Questions written in Cyrillic meet an English dossier through their names: "Що сказав
 * Даниленко?" names Danylenko. This module owns reading a Cyrillic word in Latin letters: its
 * transliteration (the two languages' tables differ: г is h in one and g in the other), its
 * stem without the case ending ("Росії", "России" → "Рос", "Росс"), and the few question words
 * and month names that say what kind of answer is wanted.
 *
 * No library: transliteration is one table a language (the official romanisation of one, and the
 * common English press spelling for the other), shorter than any package's glue, and the worker
 * bundle counts every kilobyte.
 */

import { LEXICON } from '../language/lexicon.ts'

/** Letters only one of the two languages writes: a word with one is read by its table. */
const UK_ONLY = /[ієїґ]/iu

// biome-ignore format: a letter table reads better packed
const UK_LETTERS: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y',
  і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's',
  т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu',
  я: 'ia', ʼ: '', "'": '', '’': '',
}

// biome-ignore format: a letter table reads better packed
const RU_LETTERS: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu',
  я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
}

/** Is there a Cyrillic letter in `text`? */
export const hasCyrillic = (text: string) => /\p{Script=Cyrillic}/u.test(text)

/**
 * Latin letters for a Cyrillic word, keeping its first letter's case; the language is
 * read by the table `uk` names (the whole question's letters decide, since "Путин" alone
 * could be either).
 *
 * @example
 * ```ts
 * transliterate('Сибіга', true) // 'Sybiha'
 * ```
 */
export function transliterate(word: string, uk = UK_ONLY.test(word)): string {
  const table = uk ? UK_LETTERS : RU_LETTERS
  const latin = [...word.toLowerCase()].map((c) => table[c] ?? c).join('')
  const upper = word[0] !== undefined && word[0] !== word[0].toLowerCase()
  return upper ? latin.charAt(0).toUpperCase() + latin.slice(1) : latin
}

/**
 * The ways a Cyrillic word may be spelled in Latin letters, the `uk` reading first: the other
 * language's table, and each with "c" for "k", as the English press often writes it ("Маскат",
 * Muscat). A name's spelling in the dossier is one of them, or near one.
 *
 * @example
 * ```ts
 * transliterations('Маскат', false) // ['Maskat', 'Maskat', 'Mascat', 'Mascat']
 * ```
 */
export function transliterations(word: string, uk: boolean): string[] {
  const both = [transliterate(word, uk), transliterate(word, !uk)]
  return [...both, ...both.map((w) => w.replace(/k(?!h)/g, 'c').replace(/^K/, 'C'))]
}

/** Does the question use letters only the `uk` table reads? */
export const usesUkLetters = (text: string) => UK_ONLY.test(text)

/** Case endings of the two languages' nouns and adjectives, longest first. */
// biome-ignore format: a word list reads better packed
const ENDINGS = [
  'ією', 'ого', 'ому', 'ими', 'ами', 'ями', 'ою', 'ею', 'єю', 'ої', 'ій', 'ий', 'ой', 'ый',
  'им', 'ым', 'ах', 'ях', 'ів', 'ов', 'ев', 'ом', 'ем', 'ам', 'ям', 'ей', 'ью', 'ія', 'ия',
  'ії', 'ии', 'ію', 'ию', 'ую', 'юю', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ых', 'их', 'а',
  'я', 'у', 'ю', 'і', 'ї', 'и', 'ы', 'е', 'є', 'о', 'й', 'ь',
]

/**
 * A Cyrillic word without its case endings, lowercased: "Росії" and "Росія" are both "рос",
 * "Зеленським" and "Зеленський" both "зеленськ". Endings come off while three letters remain.
 *
 * @example
 * ```ts
 * cyrillicStem('России') // 'росс'
 * ```
 */
export function cyrillicStem(word: string): string {
  let stem = word.toLowerCase().replace(/[ʼ'’]/g, '')
  for (let changed = true; changed; ) {
    changed = false
    for (const ending of ENDINGS) {
      if (stem.endsWith(ending) && stem.length - ending.length >= 3) {
        stem = stem.slice(0, -ending.length)
        changed = true
        break
      }
    }
  }
  return stem
}

/**
 * The `uk` table's language softens a stem's last consonant before the ending -і ("Прага",
 * "у Празі"; "Ріка", "на Ріці"; "Броха", "у Бросі"): the consonant it came from.
 */
const SOFTENED: Record<string, string> = { с: 'х', з: 'г', ц: 'к' }

/**
 * The stem a word ending in -і had before that softening, or undefined when it was not softened.
 *
 * @example
 * ```ts
 * unsoftenedStem('Празі') // 'праг', the stem of 'Прага'
 * ```
 */
export function unsoftenedStem(word: string): string | undefined {
  const stem = cyrillicStem(word)
  const hard = SOFTENED[stem.at(-1) ?? '']
  return hard && /[іi]$/u.test(word.toLowerCase()) ? stem.slice(0, -1) + hard : undefined
}

/**
 * Question words, month names and the words of when, by stem, with the English that says the
 * same: "Скільки" asks for a number as "how many" does, "21 лютого" is a date as "21 February"
 * is, and "в ніч на" is "overnight".
 */
// biome-ignore format: a word list reads better packed
const ENGLISH_FOR: Record<string, string> = {
  скільк: 'how many', скольк: 'how many', кол: 'when', когд: 'when', де: 'where', где: 'where',
  хто: 'who', кто: 'who', що: 'what', что: 'what', чом: 'why', почем: 'why', як: 'how',
  как: 'how', січн: 'January', січен: 'January', лют: 'February', березн: 'March',
  березен: 'March',
  квітн: 'April', квітен: 'April', травн: 'May', травен: 'May', червн: 'June', червен: 'June',
  липн: 'July', липен: 'July', серпн: 'August', серпен: 'August', вересн: 'September',
  вересен: 'September', жовтн: 'October', жовтен: 'October', листопад: 'November',
  грудн: 'December', груден: 'December', январ: 'January', феврал: 'February', март: 'March',
  апрел: 'April', мая: 'May', май: 'May', июн: 'June', июл: 'July', август: 'August',
  сентябр: 'September', октябр: 'October', ноябр: 'November', декабр: 'December',
  ніч: 'overnight', ночь: 'overnight', ноч: 'overnight', вчора: 'yesterday', вчера: 'yesterday',
  сьогодн: 'today', сегодн: 'today', тижн: 'week', тиждень: 'week', недел: 'week',
}

/**
 * The English for a Cyrillic question word or month name, or undefined.
 *
 * @example
 * ```ts
 * englishFor('Скільки') // 'how many'
 * ```
 */
export function englishFor(word: string): string | undefined {
  const lower = word.toLowerCase()
  return ENGLISH_FOR[lower] ?? (lower.length > 2 ? ENGLISH_FOR[cyrillicStem(lower)] : undefined)
}

/**
 * The English of a word of negotiation news, from the lexicon's `cyrillicWords`: by its stem, or
 * by the longest stem of four letters or more it starts with ("зустрітися" by "зустр"). Read
 * after names: "Енергодар" is a town, not energy.
 *
 * @example
 * ```ts
 * newsWord('полоненими') // 'prisoners'
 * ```
 */
export function newsWord(word: string): string | undefined {
  const lower = word.toLowerCase()
  const words = LEXICON.cyrillicWords
  const stem = cyrillicStem(lower)
  const exact = words.get(lower) ?? words.get(stem)
  if (exact) return exact
  let best: string | undefined
  for (const key of words.keys()) {
    if (key.length >= 4 && stem.startsWith(key) && key.length > (best?.length ?? 0)) best = key
  }
  return best && words.get(best)
}
