/**
 * @module language/attribution
 * Who a sentence says is speaking and how firmly, from its tokens: a reporting verb (by lemma,
 * from the general lexicon) with its subject before it ("the foreign ministry said") or after it
 * ("…,” said Novak); "according to X"; a finding ("a survey by X found", "data compiled by X
 * show"); impersonal sourcing ("it is understood"); a transcript's speaker; a pronoun or a
 * continued quotation standing for the source named just before. Hedges, distancing verbs,
 * unnamed critics and allegations are collected as the reasons a sentence is contested.
 */
import type { Token } from './analyse.ts'
import type { Layout } from './layout.ts'
import { LEXICON, type ReportKind } from './lexicon.ts'

export interface Attribution {
  /** Who says it, in the sentence's own words (or the earlier source a pronoun stands for). */
  source?: string
  /** The words that attribute it: a verb as written, "according to", "it is understood", … */
  cue?: string
  kind?: ReportKind | 'according' | 'impersonal' | 'speaker' | 'continued'
  /** Words that make the sentence an allegation, a hedged or unconfirmed claim. */
  hedges: string[]
  /** The sentence reports a denial ("officials denied reports that …"). */
  denial: boolean
}

export interface AttributionOptions {
  previousSource?: string
  speaker?: string
  layout: Layout
}

/** Parts of speech a source's noun phrase is made of. */
const NP = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART', 'X'])
const QUOTE_MARKS = /^[“”"‘’']$/

function words(tokens: Token[], text: string): string {
  const first = tokens[0]
  const last = tokens.at(-1)
  return first && last ? text.slice(first.start, last.end) : ''
}

/** The noun phrase that ends just before index `i` (going left), or undefined. */
function subjectBefore(tokens: Token[], i: number): Token[] | undefined {
  let j = i - 1
  while (
    j >= 0 &&
    ['ADV', 'AUX', 'PART'].includes(tokens[j]?.pos ?? '') &&
    tokens[j]?.lower !== "'s"
  )
    j--
  const end = j
  const t = tokens[j]
  if (!t) return undefined
  if (t.text === ',' && j < i - 1) return subjectBeforeAside(tokens, j)
  // "Novak, who has always said …": the subject stands before the relative clause.
  if (t.lower === 'who' && tokens[j - 1]?.text === ',') return subjectBefore(tokens, j - 1)
  if (t.pos === 'PRON') return LEXICON.pronouns.has(t.lower) ? [t] : undefined
  while (j >= 0) {
    const tok = tokens[j]
    if (!tok) break
    const left = tokens[j - 1]
    const ok =
      NP.has(tok.pos) ||
      tok.text === '-' ||
      // "people close to", "officials familiar with", "a spokesman for"
      (tok.pos === 'ADP' && left !== undefined && ['ADJ', 'NOUN', 'PROPN'].includes(left.pos)) ||
      // "Data compiled by"
      (tok.pos === 'VERB' && tokens[j + 1]?.lower === 'by') ||
      (tok.pos === 'CCONJ' && left !== undefined && NP.has(left.pos))
    if (!ok || end - j >= 14) break
    j--
  }
  let phrase = tokens.slice(j + 1, end + 1)
  // Trim what cannot start a noun phrase.
  while (phrase[0] && ['ADP', 'CCONJ', 'PART', 'VERB'].includes(phrase[0].pos))
    phrase = phrase.slice(1)
  if (!phrase.some((p) => p.pos === 'NOUN' || p.pos === 'PROPN')) return undefined
  const head = phrase.at(-1)
  if (phrase.length === 1 && head && LEXICON.notSources.has(head.lower)) return undefined
  return phrase
}

/**
 * "Novak, in a statement on Friday, claimed": the subject stands before an aside set off by
 * commas; `comma` is the index of the aside's closing comma.
 */
function subjectBeforeAside(tokens: Token[], comma: number): Token[] | undefined {
  for (let j = comma - 1; j > 0 && comma - j < 25; j--) {
    if (tokens[j]?.text === ',') return subjectBefore(tokens, j)
    if (QUOTE_MARKS.test(tokens[j]?.text ?? '')) return undefined
  }
  return undefined
}

/** The noun phrase that starts just after index `i` ("said Novak, …"). */
function subjectAfter(tokens: Token[], i: number): Token[] | undefined {
  const phrase: Token[] = []
  for (let j = i + 1; j < tokens.length; j++) {
    const tok = tokens[j]
    if (!tok || !(NP.has(tok.pos) || (tok.pos === 'ADP' && phrase.length > 0))) break
    phrase.push(tok)
  }
  while (phrase.at(-1)?.pos === 'ADP') phrase.pop()
  return phrase.some((p) => p.pos === 'NOUN' || p.pos === 'PROPN') ? phrase : undefined
}

/** Does a several-word reporting phrase ("made it clear") start at token `i`? */
function phrasalAt(tokens: Token[], i: number): boolean {
  return LEXICON.phrasal.some((words) =>
    words.every((w, k) => {
      const tok = tokens[i + k]
      return tok !== undefined && (tok.lemma === w || tok.lower === w)
    })
  )
}

/** "hailed as a step forward by the ministry": the passive's agent is the source. */
function passiveSource(tokens: Token[], i: number, text: string): string | undefined {
  const t = tokens[i]
  if (t?.pos !== 'VERB' || !LEXICON.passiveBy.has(t.lemma)) return undefined
  for (let j = i + 1; j < tokens.length && j - i < 10; j++) {
    const tok = tokens[j]
    if (!tok || tok.text === ',' || tok.pos === 'VERB') return undefined
    if (tok.lower !== 'by') continue
    const phrase = subjectAfter(tokens, j)
    return phrase?.some((p) => p.pos === 'PROPN') || (phrase && namesASource(phrase))
      ? words(phrase, text)
      : undefined
  }
  return undefined
}

/** A noun phrase may source a finding ("a survey … found") only if its head is a source. */
function namesASource(phrase: Token[]): boolean {
  return phrase.some((t) => LEXICON.sourceNouns.has(t.lower))
}

function isCritics(phrase: Token[]): boolean {
  return phrase.some((t) => LEXICON.critics.has(t.lower))
}

/** The phrase after "according to", up to punctuation. */
function accordingTo(tokens: Token[], text: string): { source: string; cue: string } | undefined {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]?.lower !== 'according' || tokens[i + 1]?.lower !== 'to') continue
    const phrase: Token[] = []
    for (let j = i + 2; j < tokens.length; j++) {
      const tok = tokens[j]
      if (!tok || tok.pos === 'PUNCT' || tok.pos === 'VERB' || tok.pos === 'SCONJ') break
      phrase.push(tok)
    }
    if (!phrase.length) continue
    // "according to the newspaper, citing two officials": the source and whom it cites.
    const after = phrase.at(-1)
    const k = after ? tokens.indexOf(after) : -1
    if (tokens[k + 1]?.text === ',' && tokens[k + 2]?.lower === 'citing') {
      for (let j = k + 2; j < tokens.length && tokens[j]?.pos !== 'PUNCT'; j++) {
        const tok = tokens[j]
        if (tok) phrase.push(tok)
      }
    }
    return { source: words(phrase, text), cue: 'according to' }
  }
  return undefined
}

function hedgesIn(text: string, tokens: Token[]): string[] {
  const lower = text.toLowerCase()
  const found: string[] = []
  for (const h of LEXICON.hedges) {
    const at = lower.search(new RegExp(`(?<![\\p{L}])${escapeRe(h)}(?![\\p{L}])`, 'u'))
    if (at >= 0) found.push(text.slice(at, at + h.length))
  }
  // "the allegations", "claims that": a claim named as such.
  tokens.forEach((t, i) => {
    if (!LEXICON.distancingNouns.has(t.lower) || t.pos !== 'NOUN') return
    const next = tokens[i + 1]?.lower
    const prev = tokens[i - 1]?.pos
    if (
      LEXICON.alwaysDistancing.has(t.lower) ||
      next === 'that' ||
      next === 'of' ||
      prev === 'DET' ||
      prev === 'ADJ' ||
      prev === 'PRON'
    )
      found.push(t.text)
  })
  return found
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The attribution of one sentence whose words (after any layout) are `tokens`.
 *
 * @example
 * ```ts
 * attributionOf(text, tokensOf(text), { layout: layoutOf(text) })
 * ```
 */
export function attributionOf(
  text: string,
  tokens: Token[],
  options: AttributionOptions
): Attribution {
  const out: Attribution = { hedges: hedgesIn(text, tokens), denial: false }
  const lower = text.toLowerCase()

  const according = accordingTo(tokens, text)
  if (according) Object.assign(out, according, { kind: 'according' })
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (!t) continue
    const kind = LEXICON.reporting.get(t.lemma) ?? (phrasalAt(tokens, i) ? 'say' : undefined)
    if (!kind) {
      const by = passiveSource(tokens, i, text)
      if (by && !out.source) Object.assign(out, { source: by, cue: t.text, kind: 'say' })
      continue
    }
    // "wants the U.S. to confirm": an infinitive reports nothing yet.
    if (tokens[i - 1]?.lower === 'to') continue
    // A verb, or a finding verb the tagger took for a noun ("Economics show 12 attacks").
    const asVerb =
      t.pos === 'VERB' || (kind !== 'say' && t.pos === 'NOUN' && tokens[i - 1]?.pos !== 'DET')
    if (!asVerb) continue
    // "the reported attack", "a claimed victory": a participle used as an adjective.
    if (tokens[i - 1]?.pos === 'DET') continue
    if (kind === 'deny') out.denial = true
    // "was confirmed by the ministry": the agent, not the passive's subject, is the source.
    const agent = tokens[i - 1]?.lemma === 'be' ? passiveSource(tokens, i, text) : undefined
    if (agent) {
      if (!out.source) Object.assign(out, { source: agent, cue: t.text, kind })
      continue
    }
    let phrase = subjectBefore(tokens, i)
    const before = tokens[i - 1]
    if (!phrase && before?.text === ',') phrase = subjectBeforeAside(tokens, i - 1)
    if (!phrase && before && (QUOTE_MARKS.test(before.text) || before.text === ',')) {
      phrase = subjectAfter(tokens, i)
    }
    if (!phrase) continue
    // A finding or a claim needs a source for a subject, or a clause after it: "the war claims
    // lives" and "the government signalled a shift" report nobody's words.
    const clause = ['that', 'he', 'she', 'they', 'it', 'we', 'i'].includes(
      tokens[i + 1]?.lower ?? ''
    )
    if ((kind === 'find' || kind === 'distance') && !namesASource(phrase) && !clause) {
      if (phrase[0]?.pos !== 'PRON') continue
    }
    if (kind === 'distance') out.hedges.push(t.text)
    // "he said", "the official said": a pronoun or a bare definite source noun points back.
    const pronoun = phrase.length === 1 && phrase[0]?.pos === 'PRON'
    const backReference =
      phrase.length === 2 &&
      phrase[0]?.lower === 'the' &&
      LEXICON.sourceNouns.has(phrase[1]?.lower ?? '')
    let source =
      pronoun || backReference
        ? (options.previousSource ?? words(phrase, text))
        : words(phrase, text)
    // "told the Daily Courier": whom it was said to belongs with who said it.
    const listener = t.lemma === 'tell' ? subjectAfter(tokens, i) : undefined
    if (listener?.some((p) => p.pos === 'PROPN')) source = `${source} (to ${words(listener, text)})`
    if (isCritics(phrase)) out.hedges.push(words(phrase, text))
    if (!out.source && source) {
      out.source = source
      out.cue = t.text
      out.kind = kind
    }
  }

  if (!out.source) {
    const phrase = LEXICON.impersonal.find((p) => p !== 'according to' && lower.includes(p))
    if (phrase) {
      const at = lower.indexOf(phrase)
      Object.assign(out, {
        source: text.slice(at, at + phrase.length),
        cue: phrase,
        kind: 'impersonal',
      })
    }
  }
  if (!out.source && options.layout.speaker) {
    Object.assign(out, {
      source: options.layout.speaker,
      cue: `${options.layout.speaker}:`,
      kind: 'speaker',
    })
  }
  if (!out.source && options.speaker) {
    Object.assign(out, { source: options.speaker, cue: 'speaker', kind: 'speaker' })
  }
  // A sentence that is all quotation continues the quote of the source named before it.
  const body = text.slice(options.layout.bodyStart).trim()
  if (!out.source && options.previousSource && /^[“"‘']/.test(body)) {
    Object.assign(out, { source: options.previousSource, cue: 'quotation', kind: 'continued' })
  }
  return out
}
