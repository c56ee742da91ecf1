/**
 * @module retrieval/query
 * What a question asks for, in index tokens: the content terms with their weight (IDF over the
 * dossier's sentences), the corpus words a reader's word may stand for, and the names the
 * dossier never mentions.
 */
import { stopwords as fr } from '@orama/stopwords/french'
import { stopwords as de } from '@orama/stopwords/german'
import { stopwords as it } from '@orama/stopwords/italian'
import { stopwords as pt } from '@orama/stopwords/portuguese'
import { stopwords as ru } from '@orama/stopwords/russian'
import { stopwords as es } from '@orama/stopwords/spanish'
import { stopwords as uk } from '@orama/stopwords/ukrainian'
import type { CompiledAliases, PhraseTable } from '../index/aliases.ts'
import type { Dossier } from '../index/load.ts'
import { stem } from '../index/tokenizer.ts'
import { READER_NAMES } from '../language/lexicon.ts'
import { stripInstructions } from './injection.ts'
import { type ReadQuestion, readQuestion } from './reader-words.ts'
import { editDistance } from './spelling.ts'
import { readSummaryRequest } from './summary.ts'

/** Words of a question that say how it is asked, not what about. */
// biome-ignore format: a word list reads better packed
const QUESTION_WORDS = new Set([
  'what', 'who', 'whom', 'whose', 'which', 'when', 'where', 'why', 'how', 'does', 'did', 'do',
  'is', 'are', 'was', 'were', 'say', 'says', 'said', 'tell', 'told', 'think', 'about', 'according',
  'article', 'articles', 'dossier', 'corpus', 'report', 'reports', 'happen', 'happens',
  'happened', 'will', 'would', 'could', 'should', 'can', 'know', 'explain', 'please', 'me',
  'anything', 'mention', 'mentioned', 'mentions', 'described', 'describe', 'much', 'many',
  'currently', 'now', 'exactly', 'really', 'actually', 'stated', 'give', 'gives', 'say',
  'position', 'happening', 'going', 'get', 'gets', 'latest', 'new', 'news', 'thing', 'things',
  'role', 'situation', 'kind', 'sort', 'mean', 'means', 'stand', 'stance', 'view', 'views', 'if',
  // Contractions readers type without the apostrophe: "whats going on" is not "what going on".
  'whats', 'wheres', 'whos', 'hows', 'whens', 'whys',
])

/**
 * Function words of the languages readers write in besides English. The dossier is English, so
 * in a question in French only the names and the English-shaped words can match; without this
 * list "est-ce que" and "avec" would count as words the dossier lacks.
 */
const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set([fr, de, it, pt, ru, es, uk].flat())

/** One content term of a question. */
export interface QueryTerm {
  /** The index token. */
  token: string
  /** Index tokens of corpus words the reader's word may stand for (counted at a discount). */
  alternatives: string[]
  /**
   * Index tokens of corpus words that say the opposite ("withdrew" against "control"): a passage
   * that contradicts the question's premise answers it too, and is how a false premise is
   * corrected.
   */
  contrasts: string[]
  /** Inverse sentence frequency: rare words weigh more; a word the dossier lacks weighs most. */
  idf: number
}

/** A question, analysed. */
export interface AnalysedQuestion {
  /** The question with any instruction clauses removed. */
  text: string
  terms: QueryTerm[]
  /** Capitalised names in the question that no passage contains ("Hungary", "Lukashenko"). */
  unknownNames: string[]
  /** True when instructions were removed from the question. */
  injected: boolean
  /** True for "what happens if…", "what if…", "if …, would…": it asks for consequences. */
  scenario: boolean
  /** True when the question is about a photo: the captions say who and what it shows. */
  photo: boolean
  /** True for "what's going on?", "give me a summary": it asks for the story, not a fact. */
  summary: boolean
  /** True when a summary question asks for the newest news ("whats the latest"). */
  latest: boolean
  /** What kind of answer the question wants, when its first words say so. */
  answerType: AnswerType | undefined
}

/** `share`: a part of a whole, as a percentage or a fraction ("54%", "half"). */
export type AnswerType = 'number' | 'share' | 'date' | 'place'

/** Does the type ask for a figure (and so for a sentence that gives one)? */
export const asksForFigure = (type: AnswerType | undefined) => type === 'number' || type === 'share'

const ANSWER_TYPES: ReadonlyArray<readonly [RegExp, AnswerType]> = [
  [
    /\bwhat (?:share|percentage|proportion|fraction|part|per ?cent)\b|\bwhat %|\bhow many (?:per ?cent|percent)\b|\bhow large a (?:share|part|proportion)\b|\bhow much of\b/i,
    'share',
  ],
  [
    /^\s*how (?:many|much|far|long|large|big|wide)\b|\bwhat number\b|\b(?:death|casualty) toll\b|\bhow many\b/i,
    'number',
  ],
  [/^\s*when\b|\bwhat (?:date|day|month|year)\b/i, 'date'],
  [/^\s*where\b|\b(?:which|what) (?:city|country|countries|place|town|venue|nation)\b/i, 'place'],
]

/** Words that ask about a photo. */
const PHOTO = /\b(?:photos?|photograph(?:s|ed|er)?|pictures?|pictured|images?|caption)\b/i

/**
 * "Which country…" asks for a place; "country" names the kind of answer, not a subject the
 * answer must contain.
 */
const KIND_OF_PLACE = /\b(which|what) (?:city|cities|country|countries|place|town|venue|nation)\b/gi

const SCENARIO =
  /\bwhat (?:happens|would happen|could happen|will happen|if)\b|\bif\b.+\b(?:would|could|will|might)\b|\b(?:would|could|will|might)\b.+\bif\b|\bwhat (?:does|would|could) .+ (?:gain|lose|get|risk)\b/i

/** Question words long enough that a letter's slip still reads as them ("meny", "waht"). */
const MENDABLE = [...QUESTION_WORDS].filter((w) => w.length >= 4)

/**
 * A misspelt question word ("how meny drones") is a question word: it asks how, not about a
 * subject, and "how many" must still ask for a number. Only a word the dossier never uses is
 * read so.
 */
function mendQuestionWords(dossier: Dossier, read: ReadQuestion): ReadQuestion {
  const mended = read.text.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase()
    if (lower.length < 4 || QUESTION_WORDS.has(lower)) return word
    if (dossier.documentFrequency.has(stem(lower))) return word
    return MENDABLE.find((q) => editDistance(lower, q, 1) <= 1) ?? word
  })
  return { ...read, text: mended }
}

/** IDF as BM25 defines it, over sentences. */
export function idf(dossier: Dossier, token: string): number {
  const n = dossier.documentFrequency.get(token) ?? 0
  return Math.log(1 + (dossier.sentenceCount - n + 0.5) / (n + 0.5))
}

/**
 * A term's weight: its IDF when the dossier uses the word. A reader's word the dossier never uses
 * but whose synonyms it does weighs what the dossier's own words weigh, not the maximum an unknown
 * word would: "troops" means the dossier's "forces", and is worth what "forces" is worth.
 */
function termWeight(dossier: Dossier, token: string, alternatives: string[]): number {
  const known = alternatives.filter((a) => dossier.documentFrequency.has(a))
  if (dossier.documentFrequency.has(token) || known.length === 0) return idf(dossier, token)
  return Math.max(...known.map((a) => idf(dossier, a)))
}

/**
 * @example
 * ```ts
 * analyseQuestion(dossier, 'What does Hungary say about the port?').unknownNames // ['Hungary']
 * ```
 */
export function analyseQuestion(dossier: Dossier, question: string): AnalysedQuestion {
  const { text, injected } = stripInstructions(question)
  const { tokenizer } = dossier
  // The question in the dossier's letters and spelling: names in Cyrillic found, typos mended.
  const read = mendQuestionWords(
    dossier,
    readQuestion(dossier, text, { functionWords: FOREIGN_FUNCTION_WORDS })
  )
  const isQuestionWord = (w: string) =>
    QUESTION_WORDS.has(w.toLowerCase()) || FOREIGN_FUNCTION_WORDS.has(w.toLowerCase())
  const asked = readSummaryRequest(read.text)
  const content = asked.rest
    .replace(KIND_OF_PLACE, '$1')
    .split(/[^\p{L}\p{N}.’']+/u)
    .filter((w) => w && !isQuestionWord(w))
    .join(' ')
  const widened = phrasesIn(dossier, read.text, dossier.aliases.synonyms)
  const opposed = phrasesIn(dossier, read.text, dossier.aliases.contrasts)
  const synonyms = widened.found
  const contrasts = opposed.found
  const term = (token: string): QueryTerm => {
    const alternatives = synonyms.get(token) ?? []
    const opposite = contrasts.get(token) ?? []
    const idf = termWeight(dossier, token, [...alternatives, ...opposite])
    return { token, alternatives, contrasts: opposite, idf }
  }
  const tokens = new Set(tokenizer.tokens(content).map(read.respell))
  for (const t of tokens) if (QUESTION_WORDS.has(t)) tokens.delete(t)
  // "over" in "hand the port over" is part of the phrase, not a subject of its own.
  for (const t of [...widened.inner, ...opposed.inner]) {
    if (!synonyms.has(t) && !contrasts.has(t)) tokens.delete(t)
  }
  // A reader's phrase ("give up") whose words are stop words still asks for its corpus words.
  for (const t of [...synonyms.keys(), ...contrasts.keys()]) tokens.add(t)
  const terms = [...tokens].map(term)
  return {
    text,
    terms,
    unknownNames: unknownNames(dossier, read),
    injected,
    scenario: SCENARIO.test(read.text),
    summary: asked.summary,
    photo: PHOTO.test(read.text),
    latest: asked.latest,
    // "Where do things stand" asks for the story, not a place.
    answerType: ANSWER_TYPES.find(([re]) => re.test(asked.rest))?.[1],
  }
}

/** Most words a reader may put inside a phrase: "pulled its troops out" is "pull out". */
const PHRASE_GAP = 2

/**
 * A text's words, for {@link phrasesIn}: names folded by the alias table ("Arvelanders" and
 * "Velmoria" are their names' tokens, as the index has them), every other word lowercased and
 * stemmed.
 */
function stemmedWords(text: string, aliases: CompiledAliases): string[] {
  return aliases
    .fold(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => (aliases.canonical.has(w) ? w : stem(w)))
}

/**
 * Does `phrase` (stemmed words) stand in `words`, in order, each word at most
 * {@link PHRASE_GAP} words after the one before? Words are compared whole, by stem, stop words
 * included: "sit down" is not in "the sitting president", "hand over" is in "hand the port over".
 */
export function containsPhrase(
  words: readonly string[],
  phrase: readonly string[],
  gap = PHRASE_GAP
): boolean {
  const [first, ...rest] = phrase
  if (first === undefined) return false
  return words.some((w, i) => {
    if (w !== first) return false
    let at = i
    for (const next of rest) {
      const found = words.slice(at + 1, at + 2 + gap).indexOf(next)
      if (found < 0) return false
      at += found + 1
    }
    return true
  })
}

type StemmedPhrase = readonly [string, readonly string[], string[]]

/**
 * Each table's phrases stemmed once per isolate, not once per question; and, by the stem a
 * phrase starts with, their places in the table: a phrase can only stand in a question that
 * holds its first word.
 */
const stemmedTables = new WeakMap<
  PhraseTable,
  { phrases: StemmedPhrase[]; byFirst: Map<string, number[]> }
>()

function stemmedTable(table: PhraseTable, aliases: CompiledAliases) {
  let stemmed = stemmedTables.get(table)
  if (!stemmed) {
    const phrases = table.map(
      ([phrase, words]) => [phrase, words, stemmedWords(phrase, aliases)] as const
    )
    const byFirst = new Map<string, number[]>()
    phrases.forEach(([, , stems], i) => {
      const [first] = stems
      if (first !== undefined) byFirst.set(first, [...(byFirst.get(first) ?? []), i])
    })
    stemmed = { phrases, byFirst }
    stemmedTables.set(table, stemmed)
  }
  return stemmed
}

/**
 * Reader phrases of `table` found in `text`, matched on stemmed words so "pulled" finds
 * "pull out", keyed by the phrase's own first token, with the tokens of the corpus's words.
 */
function phrasesIn(dossier: Dossier, text: string, table: PhraseTable): FoundPhrases {
  const { tokenizer } = dossier
  const words = stemmedWords(text, dossier.aliases)
  const found = new Map<string, string[]>()
  const inner = new Set<string>()
  const { phrases, byFirst } = stemmedTable(table, dossier.aliases)
  // The phrases that start with one of the question's words, in the table's order.
  const candidates = [...new Set(words)].flatMap((w) => byFirst.get(w) ?? []).sort((a, b) => a - b)
  for (const i of candidates) {
    const [phrase, corpusWords, stems] = phrases[i] ?? ['', [], []]
    if (!containsPhrase(words, stems)) continue
    const [key = phrase, ...rest] = tokenizer.tokens(phrase)
    // Split by other words ("hand the port over"), the particle is the phrase's alone; written
    // together ("three-way", "death toll"), each word still counts for itself.
    if (!containsPhrase(words, stems, 0)) for (const t of rest) inner.add(t)
    const alts = corpusWords.flatMap((w) => tokenizer.tokens(w)).filter((t) => t !== key)
    found.set(key, [...new Set([...(found.get(key) ?? []), ...alts])])
  }
  return { found, inner }
}

/** What {@link phrasesIn} found: corpus words by key token, and the phrases' other tokens. */
interface FoundPhrases {
  found: Map<string, string[]>
  /** Tokens of a phrase matched with words inside it ("over" of "hand it over"): its own. */
  inner: Set<string>
}

/** "Jan." in "Jan. 22" is a date, not a name the dossier lacks. */
const MONTH_ABBREVIATIONS = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/

/** Capitalised words after the first word whose tokens the dossier never contains. */
function unknownNames(dossier: Dossier, { text, respell }: ReadQuestion): string[] {
  const names: string[] = []
  // Fold aliases first: "Foreign Office" is known as a whole, though "Foreign" alone is not.
  const words = dossier.aliases.fold(text).split(/\s+/).filter(Boolean)
  words.forEach((raw, i) => {
    const bare = raw.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
    const word = bare.replace(/[’']s$/u, '')
    // A country, a people or a one-person title names a subject wherever it stands and however
    // it is cased ("Belarus in the talks?", "the pope"); so does a capitalised possessive that
    // opens the question ("Belarus's role"). Other capitalised first words are just first words.
    const named =
      READER_NAMES.has(word.toLowerCase()) ||
      (/^\p{Lu}/u.test(word) && (!isSentenceStart(words, i) || bare !== word))
    if (!named || QUESTION_WORDS.has(word.toLowerCase()) || MONTH_ABBREVIATIONS.test(word)) return
    const tokens = dossier.tokenizer.tokens(word)
    if (tokens.length > 0 && tokens.every((t) => !dossier.documentFrequency.has(respell(t))))
      names.push(word)
  })
  // A known spelling of a name no passage contains (a long form the alias table folds with its short one).
  for (const token of new Set(dossier.tokenizer.tokens(text))) {
    if (!dossier.aliases.canonical.has(token) || dossier.documentFrequency.has(token)) continue
    const spelled = dossier.aliases.variants
      .get(token)
      ?.find((v) => text.toLowerCase().includes(v.toLowerCase()))
    names.push(spelled ?? token)
  }
  return names
}

function isSentenceStart(words: string[], i: number): boolean {
  return i === 0 || /[.?!:]["”’]?$/.test(words[i - 1] ?? '')
}
