/**
 * @module language/analyse
 * Reads one sentence once: tokens with lemma and part of speech (wink-nlp with its English
 * model), negation, the layout around it (dateline, live-blog timestamp, speaker label, photo
 * credit), and who it says is speaking and how firmly (`attribution.ts`). Provenance, conflicts
 * and the overview's stance cues (`stance.ts`) read it instead of keeping word lists of their own.
 *
 * wink-nlp was chosen over compromise by measurement: 0.26 ms a sentence against 1.5–2 ms, and
 * Universal Dependencies tags that keep "people close to the government" a noun phrase. Its model
 * is 1 MiB gzipped, so it runs at build time, over the dossier's sentences, and is not bundled
 * into the worker.
 */

import model from 'wink-eng-lite-web-model'
import winkNLP from 'wink-nlp'
import { type Attribution, attributionOf } from './attribution.ts'
import { type Layout, layoutOf } from './layout.ts'
import { LEXICON } from './lexicon.ts'

/** One token of a sentence, placed by character offsets into the sentence. */
export interface Token {
  text: string
  lower: string
  lemma: string
  /** Universal Dependencies part of speech: NOUN, PROPN, VERB, AUX, ADP, PUNCT, … */
  pos: string
  start: number
  end: number
  /** Inside the scope of a negation ("did not sign": sign is negated). */
  negated: boolean
}

/** What the language step knows of one sentence. */
export interface SentenceAnalysis {
  tokens: Token[]
  layout: Layout
  attribution: Attribution
}

let nlp: ReturnType<typeof winkNLP> | undefined

/** Words that open a clause of its own inside a negation's scope. */
const BOUNDARIES = new Set(['that', 'which', 'who', 'whom', 'whose', 'whether'])

/** wink-nlp over its English model, created on first use (the model takes ~200 ms to load). */
function engine(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model, ['sbd', 'pos', 'negation', 'sentiment'])
  return nlp
}

/**
 * Tokens of `text` with lemma, part of speech and negation, each placed in `text`.
 *
 * @example
 * ```ts
 * tokensOf('Officials denied it.').map((t) => t.lemma) // ['official', 'deny', 'it', '.']
 * ```
 */
export function tokensOf(text: string): Token[] {
  const w = engine()
  const its = w.its
  const doc = w.readDoc(text)
  const values = doc.tokens().out(its.value) as string[]
  // The model's lemma function types its add-ons narrower than `out` accepts; it works as is.
  const lemmas = doc
    .tokens()
    .out(its.lemma as Parameters<ReturnType<typeof doc.tokens>['out']>[0]) as string[]
  const pos = doc.tokens().out(its.pos) as string[]
  const negated = doc.tokens().out(its.negationFlag) as unknown as boolean[]
  const tokens: Token[] = []
  let cursor = 0
  // wink-nlp's negation runs on to the next punctuation, over a clause that only reports or
  // describes: "could not verify a claim that X had demanded a halt" does not negate "demanded".
  // A complementiser or relative pronoun inside the scope ends it; a negation word after it
  // opens its own.
  let cut = false
  values.forEach((value, i) => {
    const lower = value.toLowerCase()
    const own = LEXICON.negation.has(lower)
    if (!negated[i] || own) cut = false
    else if (BOUNDARIES.has(lower) && i > 0 && negated[i - 1]) cut = true
    if (cut) negated[i] = false
    const at = text.indexOf(value, cursor)
    const start = at >= 0 ? at : cursor
    const end = at >= 0 ? at + value.length : cursor
    cursor = end
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
      lemma: (lemmas[i] ?? value).toLowerCase(),
      pos: pos[i] ?? 'X',
      start,
      end,
      negated: Boolean(negated[i]) || own,
    })
  })
  return tokens
}

/**
 * The sentiment of `text` from the model, from −1 (hostile) to 1 (favourable).
 *
 * @example
 * ```ts
 * sentimentOf('dangerous and naive') < 0 // true
 * ```
 */
export function sentimentOf(text: string): number {
  const w = engine()
  return w.readDoc(text).out(w.its.sentiment) as number
}

/** Options for {@link analyseSentence}. */
export interface AnalyseOptions {
  /** The source named last before this sentence in its passage, for "he said". */
  previousSource?: string
  /** The person named last before this sentence, as a source or a subject, for "he", "she". */
  previousPerson?: string
  /** A speaker label that heads the passage ("NOVAK:"), speaking every sentence after it. */
  speaker?: string
  /** One-word labels that recur in the document: a transcript's speakers ("Novak:"). */
  speakers?: ReadonlySet<string>
  /** Labels of the document's interviewer, who only asks ("Review:" before each question). */
  interviewers?: ReadonlySet<string>
}

/**
 * Analyses one sentence.
 *
 * @example
 * ```ts
 * analyseSentence('“We will not sign,” said Novak.').attribution.source // 'Novak'
 * ```
 */
export function analyseSentence(text: string, options: AnalyseOptions = {}): SentenceAnalysis {
  const layout = layoutOf(text, { ...(options.speakers && { speakers: options.speakers }) })
  const tokens = tokensOf(text)
  const body = tokens.filter((t) => t.start >= layout.bodyStart)
  return {
    tokens,
    layout,
    attribution: attributionOf(text, body, {
      ...(options.previousSource && { previousSource: options.previousSource }),
      ...(options.previousPerson && { previousPerson: options.previousPerson }),
      ...(options.speaker && { speaker: options.speaker }),
      ...(options.interviewers && { interviewers: options.interviewers }),
      layout,
    }),
  }
}
