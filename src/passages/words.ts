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
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
}

/** Scale words after a figure ("$800 billion"). */
export const SCALES: Readonly<Record<string, number>> = {
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
