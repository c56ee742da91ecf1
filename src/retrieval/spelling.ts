/**
 * @module retrieval/spelling
 * Readers misspell ("garantees", "Whitkoff", "febuary"). A question's word that the dossier never
 * uses is compared with the words it does use, and with the spellings of the names in the alias
 * table, by edit distance; the nearest within a small distance stands in for it. The dossier's
 * own vocabulary is the dictionary: a word one letter from nothing it contains stays as it is,
 * and so does any name it never mentions.
 *
 * No spelling library: those bring an English dictionary (megabytes) and would correct towards
 * words the dossier does not contain; the distance below is twenty lines.
 */

/**
 * Edit distance with adjacent transpositions (optimal string alignment), stopping early once
 * it exceeds `max`: "frist" is one edit from "first", not two.
 *
 * @example
 * ```ts
 * editDistance('harbuor', 'harbour') // 1
 * ```
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let before: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (before[j - 2] ?? 0) + 1)
      }
      row.push(d)
      best = Math.min(best, d)
    }
    if (best > max) return max + 1
    before = previous
    previous = row
  }
  return previous[b.length] ?? max + 1
}

/**
 * How many edits a word of this length may carry and still be read as a misspelling: none
 * under five letters (too many short words are one letter apart: "pope", "hope"), one up to
 * seven, two from eight.
 */
export function allowedEdits(length: number): number {
  return length < 5 ? 0 : length < 8 ? 1 : 2
}

/** Options for {@link createSpeller}. */
export interface SpellerOptions {
  /** The words to correct towards, with how often each occurs (ties go to the commoner). */
  vocabulary: ReadonlyMap<string, number>
}

/** Options for one {@link Speller.correct} call. */
export interface CorrectOptions {
  /**
   * Let the word run on past the vocabulary's word by up to this many letters, as an inflected
   * word does ("дронів", transliterated "droniv", for "drone"). Default 0.
   */
  tail?: number
}

/** Corrects words towards one vocabulary. */
export interface Speller {
  /** The vocabulary word `word` is a misspelling of, or undefined when none is near enough. */
  correct(word: string, options?: CorrectOptions): string | undefined
}

/**
 * A speller over a fixed vocabulary, its words grouped by first letter: a misspelling keeps its
 * first letter far more often than not, and comparing only those keeps a question's cost flat
 * as the dossier grows. A short word is not corrected to a shorter one ("grain" is not a
 * misspelling of "gain"): an extra letter in a short word is more often a different word.
 *
 * @example
 * ```ts
 * createSpeller({ vocabulary: new Map([['guarante', 12]]) }).correct('garante') // 'guarante'
 * ```
 */
export function createSpeller({ vocabulary }: SpellerOptions): Speller {
  const byInitial = new Map<string, string[]>()
  for (const word of vocabulary.keys()) {
    const initial = word[0]
    if (initial === undefined || word.length < 4) continue
    const list = byInitial.get(initial) ?? []
    list.push(word)
    byInitial.set(initial, list)
  }
  const cache = new Map<string, string | undefined>()
  const correct = (word: string, options: CorrectOptions = {}): string | undefined => {
    const tail = options.tail ?? 0
    const key = `${tail}:${word}`
    if (cache.has(key)) return cache.get(key)
    let best: string | undefined
    let bestDistance = Number.POSITIVE_INFINITY
    for (const candidate of byInitial.get(word[0] ?? '') ?? []) {
      const max = allowedEdits(Math.min(word.length, candidate.length + tail))
      if (max === 0 || (word.length < 7 && candidate.length < word.length - tail)) continue
      // An inflected word is compared over the candidate's length (plus one letter of slack).
      const compared = tail > 0 ? word.slice(0, candidate.length + 1) : word
      const d = Math.min(
        editDistance(compared, candidate, max),
        tail > 0 ? editDistance(word.slice(0, candidate.length), candidate, max) : Infinity
      )
      if (d > max || word.length - candidate.length > tail + max) continue
      const better =
        d < bestDistance ||
        (d === bestDistance && (vocabulary.get(candidate) ?? 0) > (vocabulary.get(best ?? '') ?? 0))
      if (better) {
        best = candidate
        bestDistance = d
      }
    }
    if (cache.size > 10_000) cache.clear()
    cache.set(key, best)
    return best
  }
  return { correct }
}
