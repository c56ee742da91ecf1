/**
 * The worker's bundle holds the request path only: the language step's NLP model (wink-nlp and
 * its English model, megabytes) runs at build time, and what arrives per request is read by the
 * light readers over the same lexicon. A checker or retrieval change that imports the language
 * step's analysis would pull the model into the worker (once it did: 1.4 MB gzip against a
 * 1 MiB budget). This follows every relative import from `src/worker.ts` and fails if one
 * reaches the analysis.
 */
import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')

/** Every source file `entry` reaches by relative imports (type-only imports aside). */
async function reachable(entry: string): Promise<Map<string, string>> {
  const seen = new Map<string, string>([[entry, '']])
  const queue = [entry]
  while (queue.length > 0) {
    const file = queue.pop() as string
    const text = await readFile(file, 'utf8')
    for (const m of text.matchAll(/^import\s+(?!type\b)[^'"]*?from\s+'(\.[^']+)'/gm)) {
      const target = resolve(dirname(file), m[1] as string)
      if (!target.endsWith('.ts') || seen.has(target)) continue
      seen.set(target, file)
      queue.push(target)
    }
    for (const m of text.matchAll(/^import\s+[^'"]*?from\s+'([^.][^']*)'/gm)) {
      seen.set(`package:${m[1]}`, file)
    }
  }
  return seen
}

describe('the worker bundle', () => {
  it('never reaches the language step’s NLP analysis or its model', async () => {
    const files = await reachable(join(root, 'src', 'worker.ts'))
    const banned = [...files.keys()].filter(
      (f) => f.endsWith(join('language', 'analyse.ts')) || f.startsWith('package:wink')
    )
    const chain = (f: string): string[] => {
      const from = files.get(f)
      return from ? [...chain(from), f.slice(root.length + 1)] : [f.slice(root.length + 1)]
    }
    expect(banned.map((f) => chain(f).join(' → '))).toEqual([])
    // The walk itself works: the checker is in the bundle.
    expect([...files.keys()].some((f) => f.endsWith(join('check', 'extractive.ts')))).toBe(true)
  })
})
