/**
 * @module provenance/cues
 * The words that tell who says a sentence (attribution) and how firmly (hedging). Both tables are
 * plain data so a newsroom can read and extend them; the functions only apply them.
 */

/** Verbs of saying and showing that make a sentence's subject its source. */
const SPEECH_VERBS =
  'said|says|told|tells|stated|states|stressed|acknowledged|emphasi[sz]ed|claimed(?= that| he| she| they| it)|alleged(?= that)|' +
  'argued|argues|argue|noted|warned|reported|reports|reveals|revealed|shows|showed|expressed|' +
  'echo|echoes|echoed|insisted|described|reiterated|made it clear|announced|confirmed|denied|' +
  'wrote|posted|indicated|insists|warn|warns'

/** Subjects that are not a source but a pointer back into the text. */
const NON_SOURCES = /^(this|that|these|those|it|such|which|what|there|yet|and|but)\b/i

/** Pronouns and definite descriptions that refer to the passage's earlier source. */
const BACK_REFERENCES =
  /^(he|she|they|the official|the source|the spokesman|the envoy|the minister)$/i

interface Pattern {
  re: RegExp
  /** Builds the attribution from a match, or returns undefined to reject the match. */
  source: (m: RegExpExecArray) => string | undefined
}

const ATTRIBUTION_PATTERNS: Pattern[] = [
  {
    // "According to the Financial Times, citing eight sources familiar with the talks, …"
    re: /\b[Aa]ccording to ((?:[^,;—.]|\.(?=\S))+?)(?:, (citing [^,;—]+?))?(?=,|;|—|\.(?:\s|$)| because| who|$)/g,
    source: (m) => (m[2] ? `${m[1]}, ${m[2]}` : m[1]),
  },
  {
    // "Kremlin spokesman Dmitry Peskov, in a statement to journalists, acknowledged …"
    re: new RegExp(
      `^(?:(?:In|On|At) [^,]{1,40}, |Meanwhile, |However, |Yet, )?` +
        `(\\p{Lu}[^,]{0,90}?)(?:,[^,]{1,200},)?\\s+(?:has |have |had )?` +
        `(?:repeatedly |also |reportedly |publicly |for the first time )?` +
        `(?:${SPEECH_VERBS})\\b(?: ((?:the |an? )?\\p{Lu}[\\p{L}’' ]{1,40}?)(?= that|,|\\.|$))?`,
      'gu'
    ),
    source: (m) => {
      const subject = m[1]?.trim() ?? ''
      if (NON_SOURCES.test(subject) || subject.split(/\s+/).length > 10) return undefined
      return m[0].includes(' told ') && m[2] ? `${subject} (to ${m[2].trim()})` : subject
    },
  },
  {
    // "The challenge, as one source noted, is …"
    re: /\bas ((?:one|a|an|the) [\p{L} ’'-]{1,50}?) (?:noted|said|put it|reported|told)\b/gu,
    source: (m) => m[1],
  },
  {
    // "‘They stop each time…,’ the official said" — resolved against earlier sources later.
    re: /[’”"],?\s+((?:the |a |an )?[\p{L} .-]{1,40}?) (?:said|says|added|noted)\b/gu,
    source: (m) => m[1],
  },
  {
    // "hailed as a ‘historic’ step by the White House"
    re: /\b(?:hailed|described|called|praised|critici[sz]ed|welcomed|condemned)(?: as [^,]{1,60}?)? by ((?:the )?\p{Lu}[\p{L}’' ]{1,60}?)(?=[,.;]|$)/gu,
    source: (m) => m[1],
  },
]

/**
 * Who a sentence says is speaking, in the text's own words, one entry per source named. A
 * pronoun ("he said") resolves to `previous`, the last source named earlier in the passage.
 *
 * @example
 * ```ts
 * attributionsOf('Zelensky, in a statement on Friday, claimed he had signed.')
 * // ['Zelensky']
 * ```
 */
export function attributionsOf(sentence: string, previous?: string): string[] {
  const found: string[] = []
  for (const { re, source } of ATTRIBUTION_PATTERNS) {
    for (const m of sentence.matchAll(re)) {
      let name = source(m)?.trim()
      if (!name) continue
      if (BACK_REFERENCES.test(name)) name = previous ?? found.at(-1)
      if (name && !found.includes(name)) found.push(name)
    }
  }
  return found
}

/** Hedging and distancing cues: each makes a passage `contested`, with the reason given. */
export const HEDGES: ReadonlyArray<{ re: RegExp; reason: string }> = [
  { re: /\ballegations?\b|\balleged(?:ly)?\b|\ballege[sd]?\b/i, reason: 'an allegation' },
  // "claimed" and "a claim", not "the war claims more lives".
  {
    re: /\bclaimed\b|\bclaims? that\b|\b(?:a|separate|the|his|her|their) claim\b/i,
    reason: 'a claim the text does not confirm',
  },
  { re: /\bpurported(?:ly)?\b/i, reason: 'described as purported' },
  { re: /\breports suggest\b/i, reason: 'unnamed reports' },
  { re: /\bcritics (?:argue|say|claim|contend)\b/i, reason: 'the argument of unnamed critics' },
  { re: /\bthe narrative that\b|\bnarrative of\b/i, reason: 'a narrative presented as such' },
  { re: /\baccus(?:ed|ations?|es)\b/i, reason: 'an accusation' },
  { re: /\bso-called\b/i, reason: 'a term the text distances itself from ("so-called")' },
  { re: /\bsubject of (?:intense |much )?debate\b/i, reason: 'described as disputed' },
  { re: /\bspeculation\b/i, reason: 'speculation' },
]

/** The hedges found in `text`, as reasons naming the word that triggered each. */
export function hedgesOf(text: string): string[] {
  const reasons: string[] = []
  for (const { re, reason } of HEDGES) {
    const m = re.exec(text)
    if (m) reasons.push(`${capitalise(reason)}: the text says “${m[0]}”.`)
  }
  return reasons
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
