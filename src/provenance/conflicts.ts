/**
 * @module provenance/conflicts
 * Finds passages that contradict each other, so both can be labelled `contested` with the
 * other's id. Each rule is narrow on purpose: a false conflict costs a reader trust in a true
 * passage, so a rule fires only on a pattern that cannot be read two ways.
 */
import type { Passage } from '../passages/schema.ts'

/** One contradiction: `id` is contested because of `other`, for `reason`. */
export interface Conflict {
  id: string
  other: string
  reason: string
}

type Rule = (passages: Passage[]) => Conflict[]

const NAME = "\\p{Lu}[\\p{L}’'-]+"

/**
 * A person called "former <title>" in one passage and given that title now (or re-elected to it)
 * in another, e.g. "former U.S. President Donald Trump" against "Trump’s re-election".
 */
export const titleConflicts: Rule = (passages) => {
  const former = new RegExp(
    `\\bformer\\s+(?:[\\p{Lu}][\\p{L}.]*\\s+)*?(President|Prime Minister|Chancellor|Secretary|Minister)\\s+((?:${NAME}\\s+){0,2}${NAME})\\b`,
    'gu'
  )
  const out: Conflict[] = []
  for (const p of passages) {
    for (const m of p.text.matchAll(former)) {
      const [, title = '', name = ''] = m
      const surname = name.split(/\s+/).at(-1) ?? name
      const current = new RegExp(
        `(?<!former\\s+(?:\\S+\\s+)?)\\b${title}\\s+(?:${NAME}\\s+)?${surname}\\b|\\b${surname}(?:’s|'s) re-election|\\b${surname} (?:was|has been|is) re-elected`,
        'u'
      )
      for (const q of passages) {
        if (q.id === p.id) continue
        const hit = current.exec(q.text)
        if (!hit) continue
        out.push({
          id: p.id,
          other: q.id,
          reason: `Calls ${surname} “former ${title}”, while ${q.id} says “${hit[0]}”.`,
        })
        out.push({
          id: q.id,
          other: p.id,
          reason: `Says “${hit[0]}”, while ${p.id} calls ${surname} “former ${title}”.`,
        })
      }
    }
  }
  return out
}

const DONE = /\b(?:had|has|have|was|were|been)\s+[‘'“"]?(?:finali[sz]ed|signed|concluded)\b[’'”"]?/i
const NOT_DONE =
  /\b(?:was|were|has|have|had|is|are)\s+not\s+(?:yet\s+)?(?:been\s+)?[‘'“"]?(?:signed|finali[sz]ed|concluded)\b|\bhesitation to finali[sz]e\b|\b(?:failed|refused|declined) to (?:sign|finali[sz]e)\b/i
/** What a signing is about: two passages must share one for their polarity to clash. */
const SIGNING_TOPICS = [
  'security guarantee',
  'prosperity plan',
  'davos',
  'peace deal',
  'peace plan',
]

/** "had ‘finalised’ the guarantees" against "was not signed in Davos" on a shared topic. */
export const completionConflicts: Rule = (passages) => {
  const topics = (text: string) => SIGNING_TOPICS.filter((t) => text.toLowerCase().includes(t))
  const out: Conflict[] = []
  for (const p of passages) {
    const done = DONE.exec(p.text)
    if (!done || NOT_DONE.test(p.text)) continue
    for (const q of passages) {
      const notDone = q.id === p.id ? null : NOT_DONE.exec(q.text)
      if (!notDone) continue
      const shared = topics(p.text).filter((t) => topics(q.text).includes(t))
      if (shared.length === 0) continue
      out.push({
        id: p.id,
        other: q.id,
        reason: `Says “${done[0]}”, while ${q.id} says “${notDone[0]}” (${shared.join(', ')}).`,
      })
      out.push({
        id: q.id,
        other: p.id,
        reason: `Says “${notDone[0]}”, while ${p.id} says “${done[0]}” (${shared.join(', ')}).`,
      })
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

/** The same measure ("% of the region") given two different values in two passages. */
export const figureConflicts: Rule = (passages) => {
  const figures = passages.map((p) => figuresOf(p.text))
  const out: Conflict[] = []
  passages.forEach((p, i) => {
    passages.forEach((q, j) => {
      if (j === i) return
      for (const [key, value] of figures[i] ?? []) {
        const other = figures[j]?.get(key)
        if (other === undefined || other === value) continue
        const [unit, noun] = key.split('|')
        out.push({
          id: p.id,
          other: q.id,
          reason: `Gives ${value}${unit} for “${noun}”, while ${q.id} gives ${other}${unit}.`,
        })
      }
    })
  })
  return out
}

/** All contradictions between the passages of the whole dossier. */
export function findConflicts(passages: Passage[]): Conflict[] {
  return [titleConflicts, completionConflicts, figureConflicts].flatMap((rule) => rule(passages))
}
