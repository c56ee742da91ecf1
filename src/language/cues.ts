/**
 * @module language/cues
 * How many items from a place a lexicon cue covers: each cue word matched by a test the caller
 * gives, a `*` skipping up to two items. One algorithm for the build's lemma matching over the
 * language step's tokens (`stance.ts`) and the request's word-form matching (`check/reading.ts`),
 * which must not import the NLP model.
 */

/**
 * @example
 * ```ts
 * cueSpan(['will', 'soon', 'sign'], 0, ['will', '*', 'sign'], (w, c) => w === c) // 3
 * ```
 */
export function cueSpan<T>(
  items: readonly T[],
  i: number,
  cue: readonly string[],
  matches: (item: T | undefined, word: string) => boolean
): number {
  let at = i
  for (let n = 0; n < cue.length; n++) {
    const word = cue[n] ?? ''
    if (word !== '*') {
      if (!matches(items[at], word)) return 0
      at++
      continue
    }
    let skip = 0
    while (skip <= 2 && !matches(items[at + skip], cue[n + 1] ?? '')) skip++
    if (skip > 2) return 0
    at += skip
  }
  return at - i
}
