/**
 * @module passages/words
 * Words for numbers and months that the text, summaries and questions share, kept once so the
 * overview's figures, the checker's claims and the dates shown to readers read them alike.
 */

/** Number words and their values ("nine envoys", "two bridges"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
}

const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']

/**
 * A number written in words, a compound first ("seventy-three", "forty five"), so a pattern
 * never reads "Seventy-three ships" as three ships. Case-insensitive flags are the caller's.
 */
export const NUMBER_WORD_PATTERN = `(?:(?:${TENS.join('|')})(?:[- ](?:${UNITS.join('|')}))?|${Object.keys(
  NUMBER_WORDS
)
  .filter((w) => !TENS.includes(w))
  .join('|')})`

/**
 * The value of a number written in words, compounds included; undefined for anything else.
 *
 * @example
 * ```ts
 * numberWordValue('Seventy-three') // 73
 * numberWordValue('twelve') // 12
 * ```
 */
export function numberWordValue(word: string): number | undefined {
  const [tens = '', unit] = word.toLowerCase().split(/[- ]/)
  const value = NUMBER_WORDS[tens]
  if (value === undefined || unit === undefined) return value
  const extra = NUMBER_WORDS[unit]
  return TENS.includes(tens) && extra !== undefined && extra < 10 ? value + extra : undefined
}

/** Scale words after a figure ("$800 billion"). */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

/**
 * A month and day as a reader writes it.
 *
 * @example
 * ```ts
 * monthDay('2026-01-22') // 'January 22'
 * monthDay('01-22') // 'January 22'
 * ```
 */
export function monthDay(date: string): string {
  const [m, d] = date.split('-').slice(-2).map(Number)
  return `${MONTH_NAMES[(m ?? 1) - 1]} ${d}`
}
