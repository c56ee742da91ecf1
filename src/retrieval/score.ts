/**
 * @module retrieval/score
 * How well one sentence answers a question: the question's terms it contains, weighted by IDF,
 * directly, through a reader synonym or through a contrast; context from its passage and the one
 * before; its neighbouring terms close together; and a few preferences (consequences for what-if
 * questions, numbers for "how many", reporting over captions), over a mild length normalisation.
 */
import type { Dossier } from '../index/load.ts'
import { stem } from '../index/tokenizer.ts'
import type { LabelledPassage } from '../provenance/schema.ts'
import type { AnalysedQuestion, AnswerType, QueryTerm } from './query.ts'
import { ledesOf } from './summary.ts'

/** A synonym is evidence, but weaker than the reader's own word. */
const SYNONYM_WEIGHT = 0.75
/** Saying the opposite answers a question, but less directly than saying the same. */
const CONTRAST_WEIGHT = 0.6
/** A term elsewhere in the same passage lends a sentence some context. */
const CONTEXT_WEIGHT = 0.25
/** The passage before may hold what "the idea" or "the meeting" refers to. */
const NEIGHBOUR_WEIGHT = 0.15
/**
 * A passage that follows a question in the text (an interview's "Q: …?", a briefing's
 * question from the floor) answers it: its first sentences take on the question's words.
 */
const ANSWER_TO_QUESTION_WEIGHT = 0.75
/** Sentences of such a passage that count as the answer. */
const ANSWER_SENTENCES = 2
/** A question about a photo prefers the captions, which say who and what it shows. */
const PHOTO_CAPTION_WEIGHT = 1.3
/**
 * Sentences that give a consequence, a condition or a fear ("would", "could serve as",
 * "the fear of…", "as a prerequisite"), preferred for a question about what follows if.
 */
const CONSEQUENCE =
  /\b(?:would|could|might|fears?|warn(?:s|ed|ing)?|risks?|threat(?:en|ens)?|prerequisite|contingent|unless|only if|in the event of|forever|lead to|serve as)\b/i
const CONSEQUENCE_WEIGHT = 1.25
/** What a sentence must contain to be the kind of answer the question wants. */
const ANSWER_SHAPES: Record<AnswerType, RegExp> = {
  share:
    /\d\s*(?:%|per ?cent\b|percent\b)|\b(?:half|a third|two[- ]thirds|a quarter|three[- ]quarters|a fifth|majority|minority)\b/i,
  number:
    /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|billions?)\b/i,
  date: /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{4}|(?:last|next|this) (?:week|month|year)|since)\b/,
  place: /\b(?:in|at|near|from|by|to|with) (?:the )?\p{Lu}/u,
}
const ANSWER_TYPE_WEIGHT = 1.2
/**
 * How much of the passage before a share's sentence counts for it, for a question asking for a
 * share: news often sets a share up in one sentence and gives it in the next ("A poll … shows a
 * divide over the plan." / "Over half of respondents are against it."), where other sentences take
 * only {@link NEIGHBOUR_WEIGHT} of their neighbour. A count names what it counts.
 */
const FIGURE_CONTEXT_WEIGHT = 0.5
/**
 * BM25's length normalisation, mild: a long sentence matches more words by chance, so its score
 * is divided by `1 - b + b * length / meanLength`.
 */
const LENGTH_NORM = 0.25
/** A question asking for the story prefers the paragraph that tells it: the lede. */
const LEDE_WEIGHT = 1.3
/**
 * A label (a subhead, "Energy truce"; a dateline, "Saturday 1 March") names a subject but says
 * nothing about it: fewer content words than this, or a few words with no closing punctuation.
 */
const LABEL_TOKENS = 4
const LABEL_WORDS = 8
const LABEL_WEIGHT = 0.5
/** A question in the text (an interviewer's "Q: Is the plan still on?") asks, not tells. */
const QUESTION_WEIGHT = 0.5
/** Captions and headlines describe a photo or sell the story; prefer the reporting. */
const DISPLAY_WEIGHT = 0.8

/** One sentence, scored. */
export interface ScoredSentence {
  passage: LabelledPassage
  /** Index into `passage.sentences`. */
  sentence: number
  score: number
  /** Per query term, how well this sentence matches it (1 direct, 0.75 synonym, 0.6 contrast, 0 not). */
  matches: number[]
  /** True when the sentence is the kind of answer the question wants (a figure for "how many"). */
  shaped?: boolean
}

/**
 * The question's tokens, each with the terms it matches and how well: 1 the term's own token,
 * less a synonym, less a contrast (the best, where a token is more than one of these).
 */
type TermLookup = ReadonlyMap<string, ReadonlyArray<readonly [term: number, weight: number]>>

/** How a passage's sentences, and the passage as a whole, match each term of one question. */
interface PassageMatches {
  perSentence: number[][]
  inPassage: number[]
}

/**
 * Built once per analysed question, not once per passage it scores; with each passage's matches,
 * which a candidate's neighbour, a candidate itself, needs again.
 */
const lookups = new WeakMap<
  AnalysedQuestion,
  { lookup: TermLookup; dossier?: Dossier; passages: Map<number, PassageMatches> }
>()

function forQuestion(question: AnalysedQuestion) {
  let found = lookups.get(question)
  if (found) return found
  const built = new Map<string, Array<[number, number]>>()
  const add = (token: string, term: number, weight: number) => {
    const entries = built.get(token) ?? []
    const entry = entries.find(([k]) => k === term)
    if (entry) entry[1] = Math.max(entry[1], weight)
    else entries.push([term, weight])
    built.set(token, entries)
  }
  question.terms.forEach((t, k) => {
    add(t.token, k, 1)
    for (const a of t.alternatives) add(a, k, SYNONYM_WEIGHT)
    for (const a of t.contrasts) add(a, k, CONTRAST_WEIGHT)
  })
  found = { lookup: built, passages: new Map() }
  lookups.set(question, found)
  return found
}

/** Each sentence's matches, and the passage's: the best of its sentences', as of all its tokens. */
function passageMatches(
  dossier: Dossier,
  question: AnalysedQuestion,
  passageIndex: number
): PassageMatches {
  const held = forQuestion(question)
  // Passages are by position: a question read against another dossier starts afresh.
  if (held.dossier !== dossier) {
    held.dossier = dossier
    held.passages.clear()
  }
  const { lookup, passages } = held
  let found = passages.get(passageIndex)
  if (found) return found
  const count = question.terms.length
  const perSentence = dossier
    .sentenceTokens(passageIndex)
    .map((tokens) => matchAll(tokens, lookup, count))
  const inPassage = new Array<number>(count).fill(0)
  for (const own of perSentence) {
    own.forEach((m, k) => {
      if (m > (inPassage[k] ?? 0)) inPassage[k] = m
    })
  }
  found = { perSentence, inPassage }
  passages.set(passageIndex, found)
  return found
}

/**
 * How well some tokens match each term: 1 direct, less through a synonym or contrast, 0 not;
 * the best over the tokens, which is what checking the term's own token, then its synonyms,
 * then its contrasts in a set of the tokens gives.
 */
function matchAll(tokens: readonly string[], lookup: TermLookup, count: number): number[] {
  const matches = new Array<number>(count).fill(0)
  for (const token of tokens) {
    const entries = lookup.get(token)
    if (!entries) continue
    for (const [k, weight] of entries) if (weight > (matches[k] ?? 0)) matches[k] = weight
  }
  return matches
}

/** What a passage's sentences say whatever the question: read once per isolate, when first scored. */
interface SentenceFacts {
  /** Distinct tokens of each sentence. */
  distinct: number[]
  /** The label and question discounts of each sentence, multiplied. */
  label: number[]
  /** Whether the passage's last sentence asks (ends with a question mark). */
  lastAsks: boolean
  /** Whether each sentence may deny something, and whether it gives a consequence. */
  denies: boolean[]
  consequence: boolean[]
}

const facts = new WeakMap<Dossier, (SentenceFacts | undefined)[]>()

function sentenceFacts(dossier: Dossier, passageIndex: number): SentenceFacts {
  let known = facts.get(dossier)
  if (!known) {
    known = []
    facts.set(dossier, known)
  }
  let found = known[passageIndex]
  if (found) return found
  const passage = dossier.passages[passageIndex]
  const sequences = dossier.sentenceTokens(passageIndex)
  const lastAsks = passage ? asks(lastSentence(passage)) : false
  found = { distinct: [], label: [], lastAsks, denies: [], consequence: [] }
  for (let sentence = 0; sentence < sequences.length; sentence++) {
    const span = passage?.sentences[sentence]
    const text = passage?.text.slice(span?.start, span?.end) ?? ''
    const distinct = new Set(sequences[sentence]).size
    found.distinct.push(distinct)
    found.label.push(
      (isLabel(text, distinct) ? LABEL_WEIGHT : 1) * (asks(text) ? QUESTION_WEIGHT : 1)
    )
    found.denies.push(DENIES.test(text))
    found.consequence.push(CONSEQUENCE.test(text))
  }
  known[passageIndex] = found
  return found
}

/** Scores every sentence of `passage` for the question. */
export function scoreSentences(
  dossier: Dossier,
  question: AnalysedQuestion,
  passage: LabelledPassage,
  passageIndex: number
): ScoredSentence[] {
  const { terms, scenario, answerType, summary } = question
  const affirmative = !NEGATION.test(question.text)
  const sequences = dossier.sentenceTokens(passageIndex)
  const { lookup } = forQuestion(question)
  const { perSentence, inPassage } = passageMatches(dossier, question, passageIndex)
  const before = dossier.passages[passageIndex - 1]
  const previous = before?.documentId === passage.documentId ? before : undefined
  const inNeighbour = previous
    ? passageMatches(dossier, question, passageIndex - 1).inPassage
    : new Array<number>(terms.length).fill(0)
  const lede = summary && ledesOf(dossier).get(passage.documentId) === passage
  const display =
    passage.kind === 'caption' && question.photo
      ? PHOTO_CAPTION_WEIGHT
      : passage.kind === 'paragraph'
        ? 1
        : DISPLAY_WEIGHT
  const weight = display * (lede ? LEDE_WEIGHT : 1)
  const answersQuestion =
    previous !== undefined && sentenceFacts(dossier, passageIndex - 1).lastAsks
  const read = sentenceFacts(dossier, passageIndex)
  const referred = dossier.referredNames[passageIndex] ?? new Set<string>()
  const asked = new Set(question.text.match(NUMBER) ?? [])
  // A caption is read whole by a photo question: its credit says who took the photo, its
  // description who is in it, and either answers "the photo from the port".
  const wholeCaption = question.photo && passage.kind === 'caption'
  return perSentence.map((own, sentence) => {
    const matches = terms.map((t, k) => {
      const direct = (wholeCaption ? inPassage : own)[k] ?? 0
      // "His refusal…" names the minister through the passage before; count it like a synonym.
      return direct || (sentence === 0 && referred.has(t.token) ? SYNONYM_WEIGHT : 0)
    })
    const direct = terms.reduce((sum, t, k) => sum + t.idf * (matches[k] ?? 0), 0)
    const span = passage.sentences[sentence]
    const text = () => passage.text.slice(span?.start, span?.end)
    const isShaped = answerType !== undefined && hasShape(text(), answerType, asked)
    const setUp = isShaped && answerType === 'share' && sentence === 0
    const context = terms.reduce((sum, t, k) => {
      if (matches[k]) return sum
      const here = (inPassage[k] ?? 0) * CONTEXT_WEIGHT
      const fromBefore =
        answersQuestion && sentence < ANSWER_SENTENCES
          ? ANSWER_TO_QUESTION_WEIGHT
          : setUp
            ? FIGURE_CONTEXT_WEIGHT
            : NEIGHBOUR_WEIGHT
      return sum + t.idf * Math.max(here, (inNeighbour[k] ?? 0) * fromBefore)
    }, 0)
    const label = read.label[sentence] ?? 1
    const stakes = scenario && read.consequence[sentence] ? CONSEQUENCE_WEIGHT : 1
    const shaped = isShaped ? ANSWER_TYPE_WEIGHT : 1
    const distinct = read.distinct[sentence] ?? 0
    const length = 1 - LENGTH_NORM + (LENGTH_NORM * distinct) / dossier.meanSentenceTokens
    // Terms close together are first of all terms both in the sentence.
    const pair = own.some((m, k) => m > 0 && (own[k + 1] ?? 0) > 0)
    const near = pair ? proximity(sequences[sentence] ?? [], lookup, terms) : 0
    const denial = affirmative && read.denies[sentence] ? negated(text(), terms) : 0
    const score = ((direct + context + near + denial) * weight * label * stakes * shaped) / length
    return { passage, sentence, matches, score, shaped: isShaped }
  })
}

/** Figures in a text: "1,100", "54%", "2.5". */
const NUMBER = /\d[\d,.]*/g
/** A year is a date, not the figure a "how many" asks for. */
const YEAR = /^(?:19|20)\d\d$/

/**
 * Is `text` the kind of answer wanted? For a number, a figure the question does not already
 * give and that is not a year ("how many drones on 21 February?" is not answered by "21
 * February 2026"), or a number in words.
 */
function hasShape(text: string, type: AnswerType, asked: ReadonlySet<string>): boolean {
  if (type !== 'number') return ANSWER_SHAPES[type].test(text)
  const figures = (text.match(NUMBER) ?? []).filter((n) => !asked.has(n) && !YEAR.test(n))
  return figures.length > 0 || ANSWER_SHAPES.number.test(text.replace(/\d/g, ''))
}

/** A subhead, a dateline, a credit line: a few words without closing punctuation. */
function isLabel(text: string, tokens: number): boolean {
  if (tokens < LABEL_TOKENS) return true
  return text.trim().split(/\s+/).length < LABEL_WORDS && !/[.!?:;…"”’')]\s*$/u.test(text)
}

/** The text of a passage's last sentence. */
function lastSentence(passage: LabelledPassage): string {
  const span = passage.sentences.at(-1)
  return passage.text.slice(span?.start, span?.end)
}

/** A question in the text asks rather than tells. */
const asks = (text: string) => /\?\W*$/u.test(text)

/** A question that negates ("why won't they sign?") is not corrected by a denial. */
const NEGATION = /\b(?:not|no|never|won't|refuse[sd]?|without)\b|n[’']t\b/i
/** Words that negate what follows. */
const NEGATORS = new Set(['not', 'no', 'never', 'nor', 'cannot'])
/** A sentence worth reading word by word for a negation. */
const DENIES = /\b(?:not|no|never|nor|cannot)\b|n[’']t\b/i
/**
 * How many words after a negation a term is still what it negates: "will not withdraw", "did
 * not yet sign"; not "would not be on the table", where the negation is of being.
 */
const NEGATION_WINDOW = 2
const DENIAL_WEIGHT = 0.5

/** Stems of denying sentences' words, kept: the same sentences come back question after question. */
const stemCache = new Map<string, string>()
function cachedStem(word: string): string {
  let stemmed = stemCache.get(word)
  if (stemmed === undefined) {
    stemmed = stem(word)
    if (stemCache.size >= 20_000) stemCache.clear()
    stemCache.set(word, stemmed)
  }
  return stemmed
}

/**
 * A bonus for a sentence that negates what an affirmative question asks about: "We will not
 * withdraw" answers "Why did they agree to withdraw?" by correcting it, and answers "Will they
 * withdraw?" more directly than a sentence that merely names the withdrawal.
 */
function negated(text: string, terms: QueryTerm[]): number {
  const words = text
    .toLowerCase()
    .replace(/n[’']t\b/g, ' not')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  const stems = words.map(cachedStem)
  let bonus = 0
  for (const t of terms) {
    const at = stems.findIndex((s) => s === t.token || t.alternatives.includes(s))
    if (at < 0) continue
    const before = words.slice(Math.max(0, at - NEGATION_WINDOW - 1), at)
    if (before.some((w) => NEGATORS.has(w))) bonus += DENIAL_WEIGHT * t.idf
  }
  return bonus
}

/** How close two of the question's neighbouring terms must be, in tokens, to count as a phrase. */
const PROXIMITY_WINDOW = 3
const PROXIMITY_WEIGHT = 0.5

/**
 * A bonus for the question's neighbouring terms found close together in the sentence, as in the
 * question: "Arveland pull its troops out" is answered by "Arveland's army must leave", not
 * by "Ostria agrees the army should leave", though both contain all three ideas.
 */
function proximity(sequence: readonly string[], lookup: TermLookup, terms: QueryTerm[]): number {
  const positions: number[][] = terms.map(() => [])
  sequence.forEach((token, i) => {
    for (const [k] of lookup.get(token) ?? []) positions[k]?.push(i)
  })
  let bonus = 0
  for (let k = 0; k + 1 < terms.length; k++) {
    const a = positions[k] ?? []
    const b = positions[k + 1] ?? []
    const close = a.some((i) => b.some((j) => j !== i && Math.abs(i - j) <= PROXIMITY_WINDOW))
    if (close) bonus += Math.min(terms[k]?.idf ?? 0, terms[k + 1]?.idf ?? 0)
  }
  return PROXIMITY_WEIGHT * bonus
}
