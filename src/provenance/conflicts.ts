/**
 * @module provenance/conflicts
 * Finds sentences that contradict each other, so both can be labelled `contested` with the
 * other's id. Two sentences conflict only when they fill the same claim slot with incompatible
 * values: a person's title now and "former"; the same thing signed and not signed; the same
 * measure given two figures. A false conflict costs a reader trust in a true passage, so each
 * rule needs the slot to be shared (the same person, thing or measure), not just shared words.
 * Reasons are plain sentences that quote both sides.
 */
import type { LabelledPassage } from './schema.ts'

/** One contradiction: sentence `sentence` of passage `id` is contested because of `other`. */
export interface Conflict {
  id: string
  sentence: number
  other: string
  reason: string
}

/** A sentence of the dossier with where it stands and what the language step read in it. */
export interface ConflictSentence {
  passage: LabelledPassage
  index: number
  text: string
  /** Its words after any dateline, timestamp or speaker label. */
  body: string
  /** Its proper names, by lemma: the anchors two sentences must share to fill one slot. */
  names: Set<string>
}
type Sentence = ConflictSentence

type Rule = (sentences: Sentence[]) => Conflict[]

const NAME = "\\p{Lu}[\\p{L}’'-]+"
const TITLES = 'President|Prime Minister|Chancellor|Secretary|Minister'

function conflict(
  a: Sentence,
  b: Sentence,
  said: string,
  otherSaid: string,
  slot: string
): Conflict {
  return {
    id: a.passage.id,
    sentence: a.index,
    other: b.passage.id,
    reason: `This says “${said}”${slot ? ` (${slot})` : ''}, while another passage says “${otherSaid}”.`,
  }
}

/**
 * A person called "former <title>" in some sentences and given that title now (or re-elected to
 * it) in others. Only the side in the minority is contested: one article's slip does not put
 * every later article that uses the usual title in doubt; on a tie both sides are.
 */
export const titleConflicts: Rule = (sentences) => {
  const former = new RegExp(
    `\\bformer\\s+(?:[\\p{Lu}][\\p{L}.]*\\s+)*?(${TITLES})\\s+((?:${NAME}\\s+){0,2}${NAME})\\b`,
    'gu'
  )
  const hits = (re: RegExp) =>
    sentences.flatMap((x) => {
      const hit = re.exec(x.text)
      return hit ? [{ x, said: hit[0] }] : []
    })
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
      // "re-elected" states the title is current: a claim in the slot, so both sides are
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
        for (const f of formers) out.push(conflict(f.x, firstUse.x, f.said, firstUse.said, surname))
      }
      if (uses.length <= formers.length) {
        for (const u of uses)
          out.push(conflict(u.x, firstFormer.x, u.said, firstFormer.said, surname))
      }
    }
  }
  return out
}

const DONE = /\b(?:had|has|have|was|were|been)\s+[‘'“"]?(?:finali[sz]ed|signed|concluded)\b[’'”"]?/i
const NOT_DONE =
  /\b(?:was|were|has|have|had|is|are)\s+not\s+(?:yet\s+)?(?:been\s+)?[‘'“"]?(?:signed|finali[sz]ed|concluded)\b|\bhesitation to finali[sz]e\b|\b(?:failed|refused|declined) to (?:sign|finali[sz]e)\b/i

/** "had signed the accord … in Geneva" against "was not signed in Geneva": a shared name. */
export const completionConflicts: Rule = (sentences) => {
  const out: Conflict[] = []
  const done = sentences.flatMap((s) => {
    const m = DONE.exec(s.text)
    return m && !NOT_DONE.test(s.text) ? [{ s, m: m[0] }] : []
  })
  const notDone = sentences.flatMap((s) => {
    const m = NOT_DONE.exec(s.text)
    return m ? [{ s, m: m[0] }] : []
  })
  for (const d of done) {
    const dn = d.s.names
    for (const n of notDone) {
      if (n.s.passage.id === d.s.passage.id) continue
      const shared = [...n.s.names].filter((x) => dn.has(x))
      if (shared.length === 0) continue
      out.push(conflict(d.s, n.s, d.m, n.m, ''))
      out.push(conflict(n.s, d.s, n.m, d.m, ''))
    }
  }
  return out
}

// biome-ignore format: a word list reads better packed
const FILLER = new Set(['of', 'the', 'a', 'an', 'in', 'at', 'on', 'to', 'over', 'about', 'some', 'its', 'their'])
const MONTHS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/
const FIGURE =
  /(\d[\d,]*(?:\.\d+)?)\s*(%|percent|km|kilometres|kilometers|miles|billion|million)?((?:\s+[\p{L}’'-]+){1,4})/gu

/** Figures as `unit|noun` → value, e.g. "90% of the region" → `%|region` → 90. Years and dates skipped. */
export function figuresOf(text: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const m of text.matchAll(FIGURE)) {
    const before = text.slice(0, m.index).trimEnd().split(/\s+/).at(-1) ?? ''
    const [, value = '', unit = '', after = ''] = m
    if (MONTHS.test(before) || /^(?:in|since|by|until)$/i.test(before)) continue
    if (!unit && /^(?:19|20)\d\d$/.test(value)) continue
    const noun = after
      .trim()
      .toLowerCase()
      .split(/\s+/)
      .find((w) => !FILLER.has(w))
    if (noun) out.set(`${unit}|${noun}`, value.replace(/,/g, ''))
  }
  return out
}

/**
 * The same measure ("% of the region") given two values by two sentences that also share a
 * name (the same place or party): two counts of different things are not a conflict.
 */
export const figureConflicts: Rule = (sentences) => {
  const figures = sentences.map((s) => figuresOf(s.body.replace(/\b\d{1,2}[:.]\d{2}\b/g, '')))
  const when = sentences.map((s) => occasionOf(s.body))
  const out: Conflict[] = []
  sentences.forEach((s, i) => {
    if (figures[i]?.size === 0) return
    sentences.forEach((o, j) => {
      if (j === i || o.passage.id === s.passage.id) return
      for (const [key, value] of figures[i] ?? []) {
        const other = figures[j]?.get(key)
        if (other === undefined || other === value) continue
        if (![...o.names].some((n) => s.names.has(n))) continue
        // "146 drones overnight" and "3,940 drones in January" count different occasions.
        if (when[i] !== when[j]) continue
        const [unit, noun] = key.split('|')
        out.push(conflict(s, o, `${value}${unit} … ${noun}`, `${other}${unit} … ${noun}`, ''))
      }
    })
  })
  return out
}

const OCCASION =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|overnight|yesterday|today|tonight|last (?:week|month|year|night)|this (?:week|month|year)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|since \S+|(?:19|20)\d\d)\b/gi

/** The time words of a sentence, sorted and joined: two figures compare only on one occasion. */
function occasionOf(text: string): string {
  return [...new Set([...text.matchAll(OCCASION)].map((m) => m[0].toLowerCase()))].sort().join('|')
}

/** All contradictions between the sentences of the whole dossier. */
export function findConflicts(sentences: ConflictSentence[]): Conflict[] {
  return [titleConflicts, completionConflicts, figureConflicts].flatMap((rule) => rule(sentences))
}
