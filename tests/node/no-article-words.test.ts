/**
 * Nothing in `src/` may name a word, phrase or place of one article: article knowledge belongs in
 * data (`corpus/`), and the code's general lexicon in `src/language/lexicon.json` holds general
 * English. This test takes the seed article's distinctive phrases (word pairs that occur in it
 * once, and its proper names) and fails if any of them appears in the source code.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')

async function files(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, e.name)
    if (e.isDirectory()) out.push(...(await files(path)))
    else if (/\.(ts|js|json)$/.test(e.name)) out.push(path)
  }
  return out
}

// biome-ignore format: a word list reads better packed
const COMMON = new Set(['the', 'and', 'for', 'that', 'with', 'this', 'from', 'has', 'have', 'had', 'was', 'were', 'are', 'its', 'his', 'her', 'their', 'not', 'but', 'which', 'who', 'would', 'will', 'been', 'into', 'over', 'any', 'all', 'more', 'than', 'also', 'such', 'some', 'said', 'says', 'one', 'two', 'after', 'before', 'while', 'about', 'could', 'should', 'other'])
// Words every news text about any subject uses, capitalised when they are part of an office or
// institution ("Secretary of State", "the White House"); months and weekdays are calendar.
// biome-ignore format: a word list reads better packed
const GENERAL_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'president', 'minister', 'secretary', 'state', 'states', 'united', 'council', 'ministry', 'institute', 'house', 'white', 'senate', 'special', 'forum', 'museum', 'palace', 'times', 'article', 'conditions', 'western', 'american', 'european', 'democratic', 'democrats', 'according', 'however', 'meanwhile', 'yet', 'despite', 'while', 'this', 'the', 'with', 'as', 'in', 'on', 'at', 'but', 'for', 'if', 'his', 'it'])

const CALENDAR =
  /^(?:week|weeks|month|months|year|years|day|days|weekend|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/

/** Word pairs that occur once in the article (both words uncommon), and its proper names. */
function distinctive(body: string): string[] {
  const words = body.toLowerCase().match(/[\p{L}’'-]+/gu) ?? []
  const counts = new Map<string, number>()
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i] ?? ''
    const b = words[i + 1] ?? ''
    if (a.length < 4 || b.length < 4 || COMMON.has(a) || COMMON.has(b)) continue
    // "last week", "next August": calendar words make a date, not a phrase of one article.
    if (CALENDAR.test(a) || CALENDAR.test(b)) continue
    const pair = `${a} ${b}`
    counts.set(pair, (counts.get(pair) ?? 0) + 1)
  }
  const pairs = [...counts].filter(([, n]) => n === 1).map(([p]) => p)
  // A capitalised word the article also writes in lower case ("Security Council" beside "security
  // guarantees") is common English there, not a name.
  const lower = new Set(body.match(/(?<![\p{L}])\p{Ll}+/gu) ?? [])
  const names = [...body.matchAll(/(?<=[a-z,;] )\p{Lu}\p{Ll}{3,}/gu)]
    .map((m) => m[0].toLowerCase())
    .filter((n) => !GENERAL_NAMES.has(n) && !lower.has(n))
  return [...new Set([...pairs, ...names])]
}

describe('the source code names nothing of one article', () => {
  it('holds no seed phrase or name', async () => {
    const seed = await readFile(
      join(root, 'corpus', 'documents', 'security-guarantees-donbas.txt'),
      'utf8'
    )
    const phrases = distinctive(seed.slice(seed.indexOf('\n---\n') + 5))
    expect(phrases.length).toBeGreaterThan(300)
    const found: string[] = []
    for (const file of await files(join(root, 'src'))) {
      if (file.includes(`${join('src', 'ui')}`)) continue
      // A package's path names a language ('@orama/stopwords/russian'), not an article.
      const text = (await readFile(file, 'utf8')).toLowerCase().replace(/from '[^']*'/g, "from ''")
      for (const p of phrases) {
        const re = new RegExp(
          `(?<![\\p{L}])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`,
          'u'
        )
        if (re.test(text)) found.push(`${file.slice(root.length + 1)}: “${p}”`)
      }
    }
    expect(found).toEqual([])
  })
})
