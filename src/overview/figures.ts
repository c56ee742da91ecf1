/**
 * @module overview/figures
 * The numbers the dossier states (drones, percentages, distances, money, people), each with what
 * it counts as written after it and who reports it. Dates and years are the timeline's, not
 * figures.
 */
import { MONTH_NAMES, NUMBER_WORD_PATTERN, numberWordValue, SCALES } from '../passages/words.ts'
import { quoteSentence, type SentenceRef } from './quote.ts'
import type { Figure } from './schema.ts'

/**
 * A figure: an optional qualifier ("Over", "at least", "nearly"), a currency sign, digits, then a
 * scale or unit; or a number word before a plural noun ("nine envoys", "Two people", "more
 * than a dozen exchanges").
 */
const FIGURE = new RegExp(
  String.raw`(?<qualifier>\b(?:[Oo]ver|[Aa]t least|[Nn]early|[Aa]lmost|[Aa]bout|[Mm]ore than|[Uu]p to) )?` +
    String.raw`(?<currency>\$|€|£)?(?<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(?<unit>%|km|kilometres|miles|thousand|million|billion|trillion)\b|(?<pct>%))?` +
    String.raw`|(?<![\p{L}-])(?<word>${NUMBER_WORD_PATTERN.replace(/\b([a-z])/g, (c) => `[${c}${c.toUpperCase()}]`)}|(?:[Aa] )?dozen)\b(?= (?:[\p{L}-]+ )?(?:[\p{L}-]+s|people|children|men|women)\b)`,
  'gu'
)
/** Years and days of dates: the timeline reads those. */
const DATE_AROUND = new RegExp(`(?:${MONTH_NAMES.join('|')})\\s*$`)
/** Numbers that name rather than count: "Article 5". */
const NOT_A_COUNT = /\b(?:Article|Section|Chapter|No\.)\s*$/
/** What is counted: the words after the figure, up to punctuation or a joining word. */
const COUNTED =
  /^\s*((?:of |in |over )?[^,.;:—()]*?)(?=\s+(?:with|in|at|over|to|from|for|on|by|and|who|that|which|while|oppose|live)\b|[,.;:—()]|$)/
const MAX_COUNTED_WORDS = 5

/**
 * @example
 * ```ts
 * figuresIn(sentencesOf(passages)).find((f) => f.unit === '%')?.text // 'Over 54%'
 * ```
 */
export function figuresIn(sentences: SentenceRef[]): Figure[] {
  const out: Figure[] = []
  for (const s of sentences) {
    for (const m of s.text.matchAll(FIGURE)) {
      const g = m.groups ?? {}
      const before = s.text.slice(0, m.index)
      let value: number
      let unit: string | undefined
      if (g.word) value = /dozen$/i.test(g.word) ? 12 : (numberWordValue(g.word) ?? 0)
      else {
        value = Number((g.digits ?? '').replace(/,/g, ''))
        const rawUnit = g.unit ?? g.pct
        const isYear = !rawUnit && !g.currency && /^(?:19|20)\d{2}$/.test(g.digits ?? '')
        const isDay = !rawUnit && DATE_AROUND.test(before) && value <= 31
        if (isYear || isDay || NOT_A_COUNT.test(before)) continue
        if (rawUnit && SCALES[rawUnit]) value *= SCALES[rawUnit] as number
        else if (rawUnit) unit = rawUnit === 'kilometres' ? 'km' : rawUnit
        if (g.currency) unit = g.currency
      }
      const after = s.text.slice(m.index + m[0].length)
      const counted = (COUNTED.exec(after)?.[1] ?? '').trim().split(/\s+/)
      const counts = counted.slice(0, MAX_COUNTED_WORDS).join(' ')
      out.push({
        ...quoteSentence(s),
        text: m[0],
        value,
        ...(unit && { unit }),
        counts,
      })
    }
  }
  return out
}
