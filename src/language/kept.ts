/**
 * @module language/kept
 * A reading of a text, kept: the checker meets the same dossier sentences for every sentence of
 * every summary, and reads each for its negations, denials, stances and countries the same way
 * each time. The store is emptied when it grows past a bound, so an isolate's memory stays flat.
 */

/**
 * @example
 * ```ts
 * const stances = kept(readStances)
 * stances('Ostland rejected the plan.') // read once, then kept
 * ```
 */
export function kept<T>(read: (text: string) => T, bound = 20_000): (text: string) => T {
  const store = new Map<string, T>()
  return (text) => {
    let out = store.get(text)
    if (out === undefined && !store.has(text)) {
      if (store.size >= bound) store.clear()
      out = read(text)
      store.set(text, out)
    }
    return out as T
  }
}
