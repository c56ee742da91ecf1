/**
 * @module provenance/conflicts/titles
 * A person's title in one sentence against the title the rest of the dossier gives them: "former
 * President X" where others have X re-elected or in office, or one report naming an office the
 * others do not ("customs chief" where the rest say "chief of staff", "Foreign Minister" where
 * the rest say "Deputy Foreign Minister"). Only the minority usage is contested, paired with the
 * usual title's sentence nearest in what it tells: one report's slip does not put every later
 * report that uses the usual title in doubt.
 */

import { countryOf } from '../../language/countries.ts'
import { LEXICON, phrasePattern } from '../../language/lexicon.ts'
import {
  bodyTokens,
  bothWays,
  type Conflict,
  type ConflictSentence,
  conflict,
  type Rule,
  wrongPart,
} from './sentence.ts'
import { VOCABULARY } from './vocabulary.ts'

type Sentence = ConflictSentence

const NAME = "\\p{Lu}[\\p{L}’'-]+"
/** Titles as they stand before a name, capitalised: "President", "Minister". */
const TITLES = [...VOCABULARY.titleHeads]
  .map((t) => `${t[0]?.toUpperCase()}${t.slice(1)}`)
  .join('|')

/**
 * A person called "former <title>" in some sentences and given that title now (or re-elected to
 * it) in others. Only the side in the minority is contested: one report's slip does not put
 * every later report that uses the usual title in doubt; on a tie both sides are.
 */
export const titleConflicts: Rule = (sentences) => {
  const former = new RegExp(
    `\\bformer\\s+(?:[\\p{Lu}][\\p{L}.]*\\s+)*?(${TITLES})\\s+((?:${NAME}\\s+){0,2}${NAME})\\b`,
    'gu'
  )
  // Earliest report first, so "the first usual use" is the one officeConflicts pairs with too.
  const order = new Map(sentences.map((x, i) => [x, i]))
  const rank = (x: Sentence) => `${x.date?.earliest ?? ''}|${String(order.get(x)).padStart(9, '0')}`
  const hits = (re: RegExp) =>
    sentences
      .flatMap((x) => {
        const hit = re.exec(x.text)
        return hit ? [{ x, said: hit[0] }] : []
      })
      .sort((a, b) => (rank(a.x) < rank(b.x) ? -1 : 1))
  const out: Conflict[] = []
  const seen = new Set<string>()
  for (const s of sentences) {
    for (const [, title = '', name = ''] of s.text.matchAll(former)) {
      const surname = name.split(/\s+/).at(-1) ?? name
      if (seen.has(`${title}|${surname}`)) continue
      seen.add(`${title}|${surname}`)
      const formers = hits(
        new RegExp(
          `\\bformer\\s+(?:[\\p{Lu}][\\p{L}.]*\\s+)*?${title}\\s+(?:${NAME}\\s+){0,2}${surname}\\b`,
          'u'
        )
      )
      // "re-elected" says the title is current: a claim in the slot, so both sides are
      // contested. A plain use of the title is only usage: the minority usage is contested.
      const claims = hits(
        new RegExp(
          `\\b${surname}(?:’s|'s) re-election|\\b${surname} (?:was|has been|is) re-elected`,
          'u'
        )
      )
      const uses = hits(
        new RegExp(`(?<!former\\s+(?:\\S+\\s+)?)\\b${title}\\s+(?:${NAME}\\s+)?${surname}\\b`, 'u')
      )
      const [firstFormer] = formers
      if (!firstFormer) continue
      for (const c of claims) {
        out.push(conflict(c.x, firstFormer.x, c.said, firstFormer.said, surname))
        for (const f of formers) out.push(conflict(f.x, c.x, f.said, c.said, surname))
      }
      const [firstUse] = uses
      if (!firstUse) continue
      if (formers.length <= uses.length) {
        for (const f of formers) {
          // Beside the usual title's report nearest in what it tells, the first on a tie.
          const near = (u: { x: Sentence }) => shared(f.x, u.x, surname)
          const use = uses.reduce((best, u) => (near(u) > near(best) ? u : best), firstUse)
          out.push(conflict(f.x, use.x, f.said, use.said, surname))
        }
      }
      if (uses.length <= formers.length) {
        for (const u of uses)
          out.push(conflict(u.x, firstFormer.x, u.said, firstFormer.said, surname))
      }
    }
  }
  return out
}

/** A sentence giving a person an office: "Harbour spokesman Jan Novak", "Jan Novak, the aide". */
interface OfficeMention {
  sentence: Sentence
  /** The person's surname, the last word of the name. */
  person: string
  /** The title as written. */
  title: string
  /** The office's key when the title is one of several names of one office. */
  key?: string
  /** The title's own words: neither its head, its holder's country nor a possessor. */
  words: Set<string>
  /** The title's head noun, one word for synonyms: "chief" and "director" are "head". */
  head?: string
  /** "former minister": the office held no longer. */
  former: boolean
  /** Its rank qualifiers ("deputy", "vice"), sorted: "deputy minister" is another office. */
  rank: string
  /** Read from "who heads the mission": a post held beside any title, never instead of one. */
  post?: boolean
}

const CAPS = /\p{Lu}[\p{L}’'.-]*/u
const RUN = /\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+)+/gu
// biome-ignore format: a word list reads better packed
const STOP = new Set(['the', 'a', 'an', 'and', 'or', 'to', 'by', 'with', 'from', 'for', 'as', 'at', 'in', 'on', 'said', 'says', 'told', 'according', 'who', 'which', 'former', 'then', 'that', 'of', 'between', 'among', 'beside', 'besides', 'including', 'like', 'under', 'after', 'before', 'during', 'alongside'])
// biome-ignore format: a word list reads better packed
const GENERIC = new Set(['former', 'senior', 'top', 'chief', 'head', 'new', 'current', 'acting', 'the', 'a', 'an', 'of', 'for', 'and'])

/** The office a title names: its key among equivalent phrases, or its own words. */
function office(title: string): Pick<OfficeMention, 'key' | 'words' | 'head' | 'rank'> {
  const lower = title.toLowerCase().replace(/[’']s\b/g, "'s")
  const group = VOCABULARY.titleEquivalents.find((g) => g.some((p) => lower.includes(p)))
  const words = title.split(/\s+/).filter((w, i, all) => {
    // A possessor ("Lisvarna's") or the holder's country opening the title ("Danish consul") says
    // whose office it is, not which; "Foreign" in "Foreign Minister" says which.
    if (/[’']s$/.test(w)) return false
    if (i === 0 && all.length > 1 && CAPS.test(w) && countryOf(w)) return false
    const l = w.toLowerCase()
    if (VOCABULARY.rankQualifiers.has(l)) return false
    return !GENERIC.has(l) && !VOCABULARY.titleHeads.has(l) && /^\p{L}/u.test(l)
  })
  const head = title
    .toLowerCase()
    .split(/\s+of\s+/)[0]
    ?.split(/\s+/)
    .filter((w) => VOCABULARY.titleHeads.has(w))
    .at(-1)
  const rank = title
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => VOCABULARY.rankQualifiers.has(w))
    .sort()
    .join(' ')
  return {
    rank,
    ...(group && { key: group[0] }),
    words: new Set(words.map((w) => w.toLowerCase())),
    ...(head && { head: VOCABULARY.headSynonyms.get(head) ?? head }),
  }
}

const hasHead = (phrase: string) =>
  phrase
    .toLowerCase()
    .split(/\s+/)
    .some((w) => VOCABULARY.titleHeads.has(w))

/**
 * The title words just before `at`, back to punctuation, a verb (`verbs`: where the sentence's
 * verbs start) or a word that is no part of a title.
 */
function titleBefore(text: string, at: number, verbs: ReadonlySet<number> = new Set()): string {
  const words = [...text.slice(0, at).matchAll(/\S+/g)]
  const out: string[] = []
  while (words.length > 0 && out.length < 6) {
    const m = words.pop()
    const w = m?.[0] ?? ''
    // Punctuation ends a title, also inside a closing quote ("…people,” Deputy Minister X") and
    // as a dash of its own ("10:31 — Deputy Minister X").
    if (/[,;:.)(!?]["”’']*$/.test(w) && !/^(?:\p{Lu}\.)+$/u.test(w)) break
    if (/^[—–-]+$/.test(w)) break
    if (STOP.has(w.toLowerCase()) && w.toLowerCase() !== 'of') break
    // "Minister Piet Dorn met Ana Lind": "met" ends the words before Lind that could title her.
    if (m && verbs.has(m.index)) break
    out.unshift(w)
  }
  while (out[0]?.toLowerCase() === 'of') out.shift()
  return out.join(' ')
}

/** Every title given to a full name in the sentence. */
export function officesIn(s: Sentence, surnames: ReadonlySet<string> = new Set()): OfficeMention[] {
  const out: OfficeMention[] = []
  const verbs = new Set(
    (s.tokens ?? []).filter((t) => t.pos === 'VERB' || t.pos === 'AUX').map((t) => t.start)
  )
  const runs = [...s.text.matchAll(RUN)]
  // A surname the dossier gives in full elsewhere also stands alone: "Novak, the aide".
  const alone = [...s.text.matchAll(/\p{Lu}[\p{L}’'-]+/gu)].filter(
    (m) =>
      surnames.has(m[0]) && !runs.some((r) => r.index <= m.index && m.index < r.index + r[0].length)
  )
  // titleBefore stops at "former": put it back, it is part of what the title says.
  const withFormer = (title: string, at: number) =>
    /\b(?:former|ex-)\s*$/i.test(s.text.slice(0, at)) ? `former ${title}` : title
  for (const m of [...runs, ...alone]) {
    const words = m[0].split(/\s+/)
    // A name is its last two capitalised words; capitalised words before it are its title.
    const name = words.slice(-2)
    const person = (name.at(-1) ?? '').replace(/[’']s$|\.$/, '')
    const nameAt = m.index + m[0].length - name.join(' ').length
    const titles: string[] = []
    const before = titleBefore(s.text, nameAt, verbs)
    if (hasHead(before)) titles.push(withFormer(before, nameAt - before.length - 1))
    const after = s.text.slice(m.index + m[0].length)
    const apposition =
      /^,\s+(?:the\s+|a\s+)?(?!who\b|which\b|whose\b)([^,.;()]{2,100}?)(?=[,.;)]|$)/u.exec(
        after
      )?.[1]
    if (apposition && hasHead(apposition) && !/^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(apposition))
      titles.push(apposition)
    const relative =
      /^,\s+who\s+[^,.;]*?\bas\s+([^,.;]+?)(?=\s+(?:in|on|since|until|from|after)\s|[,.;]|$)/u.exec(
        after
      )?.[1]
    if (relative && hasHead(relative)) titles.push(relative)
    // "Ana Vell, who heads the mission" and "Ana Vell, the general who heads the mission" hold
    // the post now: head of what they head. Only the present tense: "who led" tells of before.
    const heads =
      /^,\s+(?:[^,.;]*?\s)?who\s+(\p{Ll}+)\s+((?:the|its|their|\p{Lu}[\p{L}’']*)\s[^,.;]+?)(?=\s+(?:in|on|since|until|from|after|and)\s|[,.;]|$)/u.exec(
        after
      )
    const posts: string[] = []
    if (heads && /s$/.test(heads[1] ?? '') && LEXICON.heading.has(heads[1] ?? ''))
      posts.push(`head of ${heads[2]}`)
    // "Velmora's defence minister, Anna Rask": the title leads, read with the sentence's verbs.
    const ahead = s.text.slice(0, m.index)
    const lead = /(?:^|[.;:]\s+|,\s+)([^,.;:]{3,60}),\s+$/u.exec(ahead)?.[1]
    const leadEnd = ahead.replace(/,\s+$/u, '').length
    const leadTitle = lead && titleBefore(s.text, leadEnd, verbs)
    if (leadTitle && hasHead(leadTitle)) {
      titles.push(withFormer(leadTitle, leadEnd - leadTitle.length))
    }
    for (const title of [...titles, ...posts]) {
      const former = /\b(?:former|ex-)/i.test(title)
      const post = posts.includes(title)
      out.push({ sentence: s, person, title, former, ...office(title), ...(post && { post }) })
    }
  }
  return out
}

/**
 * Whether two titles can both be true: the same office both held now, or different offices one
 * of them held before ("former consul" and "mayor"). "Former consul" against "consul" is not.
 */
function compatible(a: OfficeMention, b: OfficeMention): boolean {
  const same = sameOffice(a, b)
  if (a.former === b.former) return same || a.post === true || b.post === true
  return !(same && a.head !== undefined && a.head === b.head)
}

/** Whether two titles can name one office: the same key, or words in common, or too few words. */
function sameOffice(a: OfficeMention, b: OfficeMention): boolean {
  // "Deputy Foreign Minister" and "Foreign Minister" share words, not the office.
  if (a.rank !== b.rank) return false
  if (a.key && b.key) return a.key === b.key
  // Offices headed by different nouns ("defence minister", "secretary of the security council")
  // are two, when each title says which; a "head" or "chief" of something may be either.
  const headed = (x: OfficeMention) => x.head !== undefined && x.head !== 'head' && x.words.size > 0
  if (!a.key && !b.key && headed(a) && headed(b) && a.head !== b.head) return false
  const keyed = a.key ? a : b.key ? b : undefined
  if (keyed) {
    const other = keyed === a ? b : a
    const group = VOCABULARY.titleEquivalents.find((g) => g[0] === keyed.key) ?? []
    const groupWords = new Set(group.flatMap((p) => p.split(/\s+/)))
    return other.words.size === 0 || [...other.words].some((w) => groupWords.has(w))
  }
  if (a.words.size === 0 || b.words.size === 0) return true
  return [...a.words].some((w) => b.words.has(w))
}

/**
 * Content words of a sentence, by lemma: nouns, names, verbs and adjectives, without the words
 * of titles and the person's name, which every mention of them shares.
 */
const contentOf = (s: Sentence, person: string) =>
  new Set(
    bodyTokens(s)
      .filter((t) => ['NOUN', 'PROPN', 'VERB', 'ADJ'].includes(t.pos))
      .map((t) => t.lemma.toLowerCase())
      .filter((w) => !VOCABULARY.titleHeads.has(w) && !GENERIC.has(w) && w !== person.toLowerCase())
  )

/** How many content words two sentences share besides the person and their titles. */
const shared = (a: Sentence, b: Sentence, person: string) => {
  const theirs = contentOf(b, person)
  return [...contentOf(a, person)].filter((w) => theirs.has(w)).length
}

/** A correction note's withdrawn words, with its marker: "wrongly described Ana Vell as …". */
interface Withdrawal {
  sentence: Sentence
  said: string
  lower: string
}

/** The dossier's correction notes that withdraw some words, read once per rule call. */
function withdrawals(sentences: Sentence[]): Withdrawal[] {
  return sentences.flatMap((s) => {
    const wrong = wrongPart(s)
    if (!wrong || wrong.end <= wrong.start) return []
    const said = s.text.slice(s.text.slice(0, wrong.start).search(/\S+\s*$/), wrong.end).trim()
    return [{ sentence: s, said, lower: said.toLowerCase() }]
  })
}

/**
 * The correction note whose withdrawn words give `m`'s person `m`'s title: the surname, the
 * title's head and its own words, and no rank the title lacks ("deputy").
 */
function withdrawing(notes: Withdrawal[], m: OfficeMention): Withdrawal | undefined {
  const { words, head, rank } = office(m.title)
  return notes.find(({ sentence, lower }) => {
    if (sentence === m.sentence) return false
    const has = (w: string) =>
      new RegExp(`(?<![\\p{L}])${phrasePattern(w)}(?![\\p{L}])`, 'u').test(lower)
    const ranks = lower.split(/[\s-]+/).filter((w) => VOCABULARY.rankQualifiers.has(w))
    return (
      has(m.person.toLowerCase()) &&
      (!head || has(head)) &&
      [...words].every(has) &&
      ranks.sort().join(' ') === rank
    )
  })
}

/**
 * A person given an office the rest of the dossier does not give them. Safe because it needs a
 * majority: at least two sentences agree on the usual office, and the odd one out names a
 * different one in words of its own; two sentences that merely differ in wording ("consul",
 * "Danish consul") are compatible.
 */
export const officeConflicts: Rule = (sentences) => {
  const surnames = new Set(
    sentences.flatMap((s) => [...s.text.matchAll(RUN)].map((m) => m[0].split(/\s+/).at(-1) ?? ''))
  )
  const mentions = sentences.flatMap((s) => officesIn(s, surnames))
  const notes = withdrawals(sentences)
  const order = new Map(sentences.map((s, i) => [s, i]))
  const rank = (m: OfficeMention) =>
    `${m.sentence.date?.earliest ?? ''}|${String(order.get(m.sentence)).padStart(9, '0')}`
  const out: Conflict[] = []
  const people = new Set(mentions.map((m) => m.person))
  for (const person of people) {
    const own = mentions.filter((m) => m.person === person)
    const support = (m: OfficeMention) => own.filter((o) => compatible(m, o)).length
    // Reports of the same office, held now or before as `m` says.
    const held = (m: OfficeMention) =>
      own.filter((o) => o.former === m.former && sameOffice(m, o)).length
    for (const m of own) {
      // A majority names the usual office. "Former" against the office held now is a claim in
      // the slot, as in titleConflicts: one report against one, both are contested.
      const against = own.filter(
        (o) =>
          !compatible(m, o) &&
          ((support(o) >= 2 && support(o) > support(m)) ||
            (o.former !== m.former && held(o) >= held(m)))
      )
      // The usual title is set against the sentence nearest in what it tells, the first of
      // those on a tie: the reader sees the two reports of one moment side by side.
      const near = (o: OfficeMention) => -shared(m.sentence, o.sentence, person)
      const first = against.sort((x, y) => near(x) - near(y) || (rank(x) < rank(y) ? -1 : 1))[0]
      if (!first || first.sentence.passage.id === m.sentence.passage.id) continue
      // A correction note that withdraws this very title ("wrongly described Ana Vell as the
      // foreign minister; she is a deputy foreign minister") is the report it contradicts.
      const note = withdrawing(notes, m)
      if (note) {
        out.push(...bothWays(m.sentence, note.sentence, m.title, note.said, person))
        continue
      }
      out.push(conflict(m.sentence, first.sentence, m.title, first.title, person))
    }
  }
  return out
}
