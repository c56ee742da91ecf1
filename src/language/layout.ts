/**
 * @module language/layout
 * The newsroom layout a sentence carries before or after its words: a dateline ("CITY, Country
 * (Agency) — "), a live-blog timestamp ("09:12 GMT: "), a transcript's speaker label ("Q: ",
 * "NOVAK: ", "Anna Novak: ") and a photo credit ("(Photo: J. Doe/Agency)", "Photograph:
 * …", "… /AFP via Getty Images"). These are shapes of the format, not words of any article.
 */
import { LEXICON } from './lexicon.ts'

export interface Layout {
  /** Where the sentence's own words begin, after any dateline, timestamp or speaker label. */
  bodyStart: number
  dateline?: string
  timestamp?: string
  /** Who speaks, from a transcript's label ("Q", "NOVAK", "Anna Novak"). */
  speaker?: string
  /** The photo credit, when the sentence carries one: it marks a caption. */
  credit?: string
}

// A place in capitals, an optional region or date, an optional (agency), then a dash.
const DATELINE =
  /^\p{Lu}[\p{Lu} .'’-]{1,30}(?:,\s*[\p{L} .'’-]{2,30}?)?(?:,?\s*\p{L}{3,9}\.?\s+\d{1,2})?\s*(?:\([^)]{1,40}\))?\s*[—–-]{1,2}\s*/u
const TIMESTAMP =
  /^(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*(?:a\.m\.|p\.m\.|am|pm))(?:\s*(?:[AP]M|a\.m\.|p\.m\.|am|pm))?(?:\s*(?:GMT|UTC|CET|EET|EEST|BST|MSK|ET|EST|EDT|local(?: time)?|local time))?\s*(?:[—–:|-]\s*)/u
// "Q:", "NOVAK:", "ANNA NOVAK (press service):", "Anna Novak:" — one Title Case word
// alone ("Explainer:", "Correction:") is a label of the format, not a speaker.
const SPEAKER =
  /^((?:Q|A|\p{Lu}[\p{Lu}.'’ -]{1,30}|\p{Lu}[\p{Ll}’'-]+(?: \p{Lu}[\p{Ll}’'-]+){1,2})(?: \([^)]{1,60}\))?):\s+/u
const CREDIT_WORDS = LEXICON.credit
const alternatives = (words: string[]) => words.map((w) => w.replace(/ /g, '\\s+')).join('|')
const credits = () => alternatives(CREDIT_WORDS)
const agencies = () => alternatives(LEXICON.captionAgencies)
const CREDIT = new RegExp(
  String.raw`(?:\((?:${credits()})\s*:?[^)]*\)\s*$|(?:^|\s)(?:${credits()})\s*:\s*\S[^.]*\.?\s*$|\S+\s*/\s*(?:${agencies()})(?:\s+via\s+[\p{L} ]+)?\)?\s*\.?\s*$|\((?:${agencies()})[^)]*\)\s*$)`,
  'iu'
)

/**
 * The layout of one sentence.
 *
 * @example
 * ```ts
 * layoutOf('09:12 GMT: Sirens sound in the capital.') // { bodyStart: 11, timestamp: '09:12 GMT: ' }
 * ```
 */
export function layoutOf(text: string): Layout {
  const layout: Layout = { bodyStart: 0 }
  let rest = text
  const stamp = TIMESTAMP.exec(rest)
  if (stamp) {
    layout.timestamp = stamp[0]
    layout.bodyStart += stamp[0].length
    rest = rest.slice(stamp[0].length)
  }
  const dateline = DATELINE.exec(rest)
  // A dateline's place is in capitals: "CITY, Country —", not "City —" inside a sentence.
  if (dateline && /^\p{Lu}{2,}/u.test(dateline[0])) {
    layout.dateline = dateline[0]
    layout.bodyStart += dateline[0].length
    rest = rest.slice(dateline[0].length)
  }
  const speaker = SPEAKER.exec(rest)
  const label = (speaker?.[1] ?? '').toLowerCase()
  if (speaker && !LEXICON.notSources.has(label) && !CREDIT_WORDS.includes(label)) {
    layout.speaker = (speaker[1] ?? '').trim()
    layout.bodyStart += speaker[0].length
  }
  const credit = CREDIT.exec(text)
  if (credit) layout.credit = credit[0].trim()
  return layout
}
