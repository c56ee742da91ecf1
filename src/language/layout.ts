/**
 * @module language/layout
 * The newsroom layout a sentence carries before or after its words: a dateline ("CITY, Country
 * (Agency) — "), a live-blog timestamp ("09:12 GMT: "), a transcript's speaker label ("Q: ",
 * "NOVAK: ", "Anna Novak: "), a bullet ("- ", "• ") and a photo credit ("(Photo: J.
 * Doe/Agency)", "Photograph: …", "… /AFP via Getty Images", "Outlet photo by J. Doe", "Outlet/J.
 * Doe"). These are shapes of the format, not words of any article.
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
  /** The marker of a list item ("- ", "• "). */
  bullet?: string
  /** A byline or reporting credit ("By J. Doe", "(Reporting by J. Doe; Editing by …)"). */
  byline?: string
}

/** Options for {@link layoutOf}. */
export interface LayoutOptions {
  /**
   * Labels of one Title Case word that head several turns of the document ("Novak:"), found by
   * {@link recurringLabels}: a transcript's speakers. Alone, such a word is a label of the
   * format ("Correction:", "Explainer:"), not a speaker.
   */
  speakers?: ReadonlySet<string>
}

// A place in capitals, an optional region or date ("March 15", "March 15, 2027", "15 March
// 2027"), an optional (agency), then a dash.
const DATELINE =
  /^\p{Lu}[\p{Lu} .'’-]{1,30}(?:,\s*[\p{L} .'’-]{2,30}?)?(?:,?\s*(?:\p{L}{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+\p{L}{3,9}\.?(?:\s+\d{4})?))?\s*(?:\([^)]{1,40}\))?\s*[—–-]{1,2}\s*/u
const TIMESTAMP =
  /^(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*(?:a\.m\.|p\.m\.|am|pm))(?:\s*(?:[AP]M|a\.m\.|p\.m\.|am|pm))?(?:\s*(?:GMT|UTC|CET|EET|EEST|BST|MSK|ET|EST|EDT|local(?: time)?|local time))?\s*(?:[—–:|-]\s*|$)/u
// "Q:", "NOVAK:", "ANNA NOVAK (press service):", "Anna Novak:" — one Title Case word
// alone ("Explainer:", "Correction:") is a label of the format, unless it recurs (LayoutOptions);
// a hyphened name is one word ("Al-Rask:", "Novak-Holm:").
const ONE_WORD_LABEL = /^(\p{Lu}[\p{Ll}’']+(?:-\p{Lu}?[\p{Ll}’']+)*):\s+/u
const BULLET = /^[-–•*·▪]\s+/u
// "By J. Doe | date", "(Reporting by J. Doe; Editing by …)": the opening word in either case,
// then a name in capitals, on a line that does not end as a sentence ("By Friday, … said.").
const bylineWord = (w: string) =>
  `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1).replace(/ /g, '\\s+')}`
const BYLINE = new RegExp(
  String.raw`^\(?(?:${LEXICON.bylines.map(bylineWord).join('|')})\s+\p{Lu}[^\n]*[^.!?”"’\s]$`,
  'u'
)
const SPEAKER =
  /^((?:Q|A|\p{Lu}[\p{Lu}.'’ -]{1,30}|\p{Lu}[\p{Ll}’'-]+(?: \p{Lu}[\p{Ll}’'-]+){1,2})(?: \([^)]{1,60}\))?):\s+/u
const CREDIT_WORDS = LEXICON.credit
const alternatives = (words: string[]) => words.map((w) => w.replace(/ /g, '\\s+')).join('|')
const credits = () => alternatives(CREDIT_WORDS)
const agencies = () => alternatives(LEXICON.captionAgencies)
// A name of one to four capitalised words, as credits write photographers and outlets.
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|for|the|&))*`
const CREDIT = new RegExp(
  String.raw`(?:\((?:${credits()})\s*:?[^)]*\)\s*$|(?:^|\s)(?:${credits()})\s*:\s*\S[^.]*\.?\s*$|(?:^|\s)(?:${credits()})\s+by\s+\p{Lu}[^.]*$|\S+\s*/\s*(?:${agencies()})(?:\s+via\s+[\p{L} ]+)?\)?\s*\.?\s*$|\((?:${agencies()})[^)]*\)\s*$)`,
  'iu'
)
// Names either side of a slash, on a line of their own or in closing brackets: "Outlet/J. Doe",
// "(J. Doe / Outlet)", "© J. Doe / Outlet"; or a copyright sign and a name alone: "© J. Doe".
// Case matters here: capitals are what make them names.
const SLASH_CREDIT = new RegExp(
  String.raw`(?:^\(?\s*(?:©\s*)?${NAME}\s*/\s*${NAME}\s*\)?|\(\s*${NAME}\s*/\s*${NAME}\s*\)|^©\s*${NAME})\s*$`,
  'u'
)

/**
 * Credits without a slash or a credit's word: "(Ana Lind for the Norvik Courier)", "(Harbour
 * Office handout)", "Pool photo via the Norvik Harbour Office". Case matters for the first:
 * capitals make the photographer's name.
 */
const OTHER_CREDITS = [
  new RegExp(
    String.raw`\(\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+\s+for\s+(?:the\s+)?${NAME}\s*\)\s*\.?\s*$`,
    'u'
  ),
  /\([^()]{0,60}\bhandout\b[^()]{0,40}\)?\s*\.?\s*$/iu,
  /^pool\s+photo\b.*$/iu,
]

/**
 * The layout of one sentence.
 *
 * @example
 * ```ts
 * layoutOf('09:12 GMT: Sirens sound in the capital.') // { bodyStart: 11, timestamp: '09:12 GMT: ' }
 * layoutOf('Novak: Yes.', { speakers: new Set(['Novak']) }).speaker // 'Novak'
 * ```
 */
export function layoutOf(text: string, options: LayoutOptions = {}): Layout {
  const layout: Layout = { bodyStart: 0 }
  let rest = text
  const bullet = BULLET.exec(rest)
  if (bullet) {
    layout.bullet = bullet[0]
    layout.bodyStart += bullet[0].length
    rest = rest.slice(bullet[0].length)
  }
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
  if (BYLINE.test(rest)) layout.byline = rest
  const one = ONE_WORD_LABEL.exec(rest)
  // "- Term: definition" in a list is a gloss, not a speaker's turn.
  // A one-word label is a speaker when it recurs, or when a quotation follows it ("Novak: “…”").
  const quoted = one !== null && /^[“"‘]/u.test(rest.slice(one[0].length))
  const speaker = bullet
    ? null
    : one && (quoted || options.speakers?.has(one[1] ?? ''))
      ? one
      : SPEAKER.exec(rest)
  const label = (speaker?.[1] ?? '').toLowerCase()
  if (speaker && !LEXICON.notSources.has(label) && !CREDIT_WORDS.includes(label)) {
    layout.speaker = (speaker[1] ?? '').trim()
    layout.bodyStart += speaker[0].length
  }
  // A credit names a photographer or an outlet in a few words: "First, the overnight picture:
  // the air force says …" is a sentence that happens to hold a credit's word and a colon.
  const credit = [CREDIT, SLASH_CREDIT, ...OTHER_CREDITS]
    .map((r) => r.exec(text))
    .find((m) => m && m[0].trim().split(/\s+/).length <= CREDIT_MOST_WORDS)
  if (credit) layout.credit = credit[0].trim()
  return layout
}

/** Most words a credit runs to: "(Photo: Jane Doe for the Harbour Courier / Pool)". */
const CREDIT_MOST_WORDS = 10

/**
 * One-word labels ("Novak:") that open at least two of `lines`: in a transcript each speaker
 * has several turns, while a format's label ("Correction:") stands once.
 *
 * @example
 * ```ts
 * recurringLabels(['Q: Why?', 'Novak: Because.', 'Q: When?', 'Novak: Soon.']) // Set { 'Novak' }
 * ```
 */
export function recurringLabels(lines: readonly string[]): Set<string> {
  const seen = new Map<string, number>()
  for (const line of lines) {
    const label = ONE_WORD_LABEL.exec(line)?.[1]
    if (label) seen.set(label, (seen.get(label) ?? 0) + 1)
  }
  return new Set([...seen].filter(([, n]) => n >= 2).map(([label]) => label))
}
