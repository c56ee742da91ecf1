/**
 * Larger dossiers for the benchmark, made from the seed's own text: each copy of a seed document
 * is the same article with other people, places, figures and dates, so passages keep the
 * seed's length, sentence shapes and vocabulary (what the index and the retrieval scale with),
 * and a question about a name finds a few passages, not all of them. Deterministic by seed.
 * Pure: no file system, so it runs in Node (the bench) and in workerd (its unit test).
 */
import type { CorpusDocument } from '../../src/corpus/schema.ts'

/** Options for {@link generateDocuments}. */
export interface GenerateOptions {
  /** The seed documents; the result starts with them, unchanged. */
  documents: CorpusDocument[]
  /** How many times the seed's passages the result holds: 1 returns the seed. */
  factor: number
  /** Seeds the random choices: the same seed gives the same documents. */
  seed?: number
}

// Each seed name is replaced, in a copy, by one of the names of its group: people by people,
// towns by towns, venues by venues. Pools are larger than the groups, so copies differ.
const GROUPS: { seed: string[]; pool: string[] }[] = [
  {
    seed: ['Zelensky', 'Trump', 'Putin', 'Witkoff', 'Kushner', 'Peskov', 'Umerov', 'Nahyan'],
    pool: [
      'Kovalenko',
      'Hartley',
      'Sokolov',
      'Brennan',
      'Marchetti',
      'Lindqvist',
      'Okafor',
      'Navarro',
      'Petrenko',
      'Morozov',
      'Whitfield',
      'Castellanos',
      'Halvorsen',
      'Duarte',
      'Richter',
      'Antonescu',
      'Kowalczyk',
      'Fitzgerald',
      'Tanaka',
      'Valentini',
    ],
  },
  {
    seed: ['Donald', 'Volodymyr', 'Vladimir', 'Steve', 'Jared', 'Rustem', 'Dmitry', 'Mohamed'],
    pool: [
      'Andriy',
      'Oleksandr',
      'Mykola',
      'Thomas',
      'Richard',
      'Sergei',
      'Pavel',
      'Daniel',
      'Martin',
      'Yuriy',
      'Nikolai',
      'Gregory',
      'Anders',
      'Matteo',
    ],
  },
  {
    seed: ['Donbas', 'Donetsk', 'Luhansk', 'Kramatorsk', 'Slovyansk', 'Sloviansk', 'Slavyansk'],
    pool: [
      'Kherson',
      'Zaporizhzhia',
      'Kharkiv',
      'Mykolaiv',
      'Dnipro',
      'Poltava',
      'Sumy',
      'Chernihiv',
      'Pokrovsk',
      'Izium',
      'Kupiansk',
      'Nikopol',
      'Melitopol',
      'Berdiansk',
    ],
  },
  {
    seed: ['Druzhkivka', 'Kostyantynivka', 'Krasnodar', 'Belgorod'],
    pool: ['Bakhmut', 'Lyman', 'Orikhiv', 'Vovchansk', 'Kurakhove', 'Huliaipole', 'Toretsk'],
  },
  {
    seed: ['Davos', 'Anchorage', 'Alaska', 'Geneva', 'Turkey'],
    pool: ['Vienna', 'Oslo', 'Helsinki', 'Istanbul', 'Doha', 'Riyadh', 'Jeddah', 'Budapest'],
  },
]
// biome-ignore format: a list reads better packed
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December',
]

/** A small, fast, seedable generator (mulberry32): the same seed, the same sequence. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffled<T>(items: T[], next: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}

const SEED_NAMES = GROUPS.flatMap((g) => g.seed)
const NAME = new RegExp(`\\b(?:${SEED_NAMES.join('|')})\\b`, 'g')
// A month and its day, a year, or a figure (with thousands separators and decimals).
const FIGURE = new RegExp(
  `\\b(${MONTHS.join('|')})\\b(\\s+\\d{1,2}\\b)?|\\b(19|20)(\\d\\d)\\b|\\b\\d{1,3}(?:,\\d{3})+\\b|\\b\\d+(?:\\.\\d+)?`,
  'g'
)

/** One copy's replacements: each seed name to a name of its pool, figures and dates moved. */
function rewriter(next: () => number): (text: string) => string {
  const names = new Map<string, string>()
  for (const { seed, pool } of GROUPS) {
    const picked = shuffled(pool, next)
    seed.forEach((name, i) => {
      names.set(name, picked[i % picked.length] ?? name)
    })
  }
  const monthShift = 1 + Math.floor(next() * 11)
  const yearShift = Math.floor(next() * 5) - 2
  const scale = 0.5 + next()
  const figure = (digits: string) => {
    const value = Number(digits.replace(/,/g, ''))
    const decimals = digits.split('.')[1]?.length ?? 0
    const moved = Math.max(1, value * scale)
    const text = decimals > 0 ? moved.toFixed(decimals) : String(Math.round(moved))
    return digits.includes(',') ? Number(text).toLocaleString('en-US') : text
  }
  return (text) =>
    text
      .replace(NAME, (name) => names.get(name) ?? name)
      .replace(FIGURE, (m, month?: string, day?: string, century?: string, year?: string) => {
        if (month) {
          const other = MONTHS[(MONTHS.indexOf(month) + monthShift) % 12] ?? month
          return day ? `${other} ${1 + Math.floor(next() * 28)}` : other
        }
        if (century && year) return String(Number(century + year) + yearShift)
        return figure(m)
      })
}

/**
 * The seed documents, then `factor - 1` copies of each with other names, figures and dates, ids
 * `<seed id>-v<n>`.
 *
 * @example
 * ```ts
 * const documents = generateDocuments({ documents: seed, factor: 10, seed: 1 })
 * buildDossier({ documents, aliases }).passages.length // 10 × the seed's
 * ```
 */
export function generateDocuments({
  documents,
  factor,
  seed = 1,
}: GenerateOptions): CorpusDocument[] {
  const out = [...documents]
  for (let copy = 1; copy < factor; copy++) {
    const next = random(seed * 100_003 + copy)
    for (const doc of documents) {
      const rewrite = rewriter(next)
      out.push({
        ...doc,
        id: `${doc.id}-v${String(copy).padStart(3, '0')}`,
        title: rewrite(doc.title),
        body: rewrite(doc.body),
      })
    }
  }
  return out
}
