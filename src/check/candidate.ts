/**
 * @module check/candidate
 * What the checker reads once, before any verdict: from the summary's sentence its claim (who
 * says it, what it says without them, what it negates), and from each dossier sentence it is
 * compared with a candidate (its shares of the claim, its label, its document's date, a
 * transcript's yes or no), with the readings both sides share, kept per text.
 */
import type { Citation } from '../answer/schema.ts'
import type { Dossier } from '../index/load.ts'
import type { Tokenizer } from '../index/tokenizer.ts'
import type { DocumentDate } from '../language/dates.ts'
import { kept } from '../language/kept.ts'
import type { SentenceLabel } from '../provenance/schema.ts'
import type { ScoredSentence } from '../retrieval/search.ts'
import { namesIn } from '../verification/specifics.ts'
import { isSweeping as readSweeping } from './compare.ts'
import { meaning, meaningsOf } from './paraphrase.ts'
import {
  answerOf,
  isAllegation as readAllegation,
  isDenial as readDenial,
  negatedWords as readNegated,
  isQuestion as readQuestion,
  type Speaker,
  speakerOf,
  speaks,
} from './reading.ts'

export const isAllegation = kept(readAllegation)

export const isDenial = kept(readDenial)

export const isQuestion = kept(readQuestion)

export const negatedWords = kept(readNegated)

export const isSweeping = kept(readSweeping)

/**
 * Share of a sentence's weight a passage (with its neighbours) must state for `supported`, beside
 * its own sentence's share, the words in order, the same speaker, every figure, date and name, and
 * no rival value. Set on the four tuning dossiers and the perturbed summaries, not on true
 * paraphrases alone: at 0.5 / 0.4 / 0.3 a dossier written after the rules let 5–8% of its checks
 * through as false ✓; these cost exact verdicts (true paraphrases left unsupported) and are the
 * cheaper error.
 */
export const SUPPORTED_SHARE = 0.6

export interface Candidate {
  sentence: ScoredSentence
  text: string
  share: number
  /** The share of what the sentence says, its speaker left out. */
  bodyShare: number
  /** The share with the passages around it: what a summary joining two paragraphs states. */
  groupShare: number
  label: SentenceLabel
  /** Its index tokens, as the build stored them. */
  tokens: string[]
  caption: boolean
  question: boolean
  /** The date of the document that prints it, for its relative dates. */
  date: DocumentDate
  /** A transcript's answer to the question the summary matched: yes or no. */
  answer?: 'yes' | 'no'
  asked?: string
}

/** What the check reads from the summary's sentence once, before comparing. */
export interface Claim {
  /** The sentence's index tokens, and those of what it says (speaker and saying verb left out). */
  tokens: string[]
  bodyTokens: string[]
  speaker: Speaker | undefined
  /** The speaker's last name ("Novak" of "Foreign Minister Ana Novak"), when it is a name. */
  speakerName: string | undefined
  /** Every name of the speaker's phrase ("Ostland", "Navy" of "Ostland's Navy"). */
  speakerNames: string[]
  speakerTokens: Set<string>
  /** Every name of the sentence, its first word too: read once, not once per candidate. */
  names: { name: string; at: number }[]
  denial: boolean
  negated: Set<string>
  /** Does the sentence negate anything, a stop word included ("had not been in contact")? */
  negates: boolean
}

export function readClaim(dossier: Dossier, text: string): Claim {
  const speaker = speakerOf(text)
  const names = speaker?.named ? namesIn(dossier.tokenizer, ` ${speaker.text}`) : []
  // Who says it and the verb saying it: what the sentence says is the rest.
  const speakerTokens = new Set([
    ...(speaker ? dossier.tokenizer.tokens(speaker.text) : []),
    ...(text.match(/[\p{L}’'-]+/gu) ?? [])
      .filter(speaks)
      .flatMap((w) => dossier.tokenizer.tokens(w)),
  ])
  const meanings = meaningsOf(dossier.tokenizer)
  const tokens = dossier.tokenizer.tokens(text).map((t) => meaning(meanings, t))
  return {
    tokens,
    bodyTokens: dossier.tokenizer
      .tokens(text)
      .filter((t) => !speakerTokens.has(t))
      .map((t) => meaning(meanings, t)),
    speaker,
    speakerName: names.at(-1)?.name,
    speakerNames: names.map((n) => n.name),
    speakerTokens,
    // A leading space makes the first word a name when it is capitalised, as for a speaker.
    names: namesIn(dossier.tokenizer, ` ${text}`).map((n) => ({ ...n, at: n.at - 1 })),
    denial: isDenial(text),
    negated: new Set(negatedWords(text).flatMap((w) => dossier.tokenizer.tokens(w))),
    negates: negatedWords(text).length > 0,
  }
}

export function toCandidate(
  dossier: Dossier,
  s: ScoredSentence,
  share: number,
  bodyShare: number,
  group: number
): Candidate {
  const label = s.passage.sentences[s.sentence] ?? {
    start: 0,
    end: s.passage.text.length,
    status: s.passage.status,
  }
  const text = s.passage.text.slice(label.start, label.end)
  const doc = dossier.documents.find((d) => d.id === s.passage.documentId)
  return {
    sentence: s,
    text,
    share,
    bodyShare,
    groupShare: group,
    label,
    tokens: tokensOf(dossier, s).map((t) => meaning(meaningsOf(dossier.tokenizer), t)),
    caption: s.passage.kind === 'caption',
    question: isQuestion(text),
    date: doc?.date ?? { earliest: '1970-01-01', latest: '1970-01-01' },
  }
}

/**
 * The answer to a transcript's question, when it plainly says yes or no: the next sentence,
 * in its passage or at the start of the next one of the same document.
 */
export function answerTo(dossier: Dossier, question: Candidate): Candidate[] {
  const { passage, sentence } = question.sentence
  let next: ScoredSentence | undefined
  if (sentence + 1 < passage.sentences.length) {
    next = { passage, sentence: sentence + 1, score: 0, matches: [] }
  } else {
    const following = dossier.passages[(dossier.positions.get(passage.id) ?? -2) + 1]
    if (following?.documentId === passage.documentId) {
      next = { passage: following, sentence: 0, score: 0, matches: [] }
    }
  }
  if (!next) return []
  const c = toCandidate(dossier, next, question.share, question.bodyShare, question.groupShare)
  const answer = answerOf(c.text)
  return answer ? [{ ...c, answer, asked: question.text }] : []
}

/**
 * Where a sentence's clauses part: a semicolon, a colon, or a comma before "but", "while"…
 * Not a dash: dashes come in pairs around an aside that belongs to its clause.
 */
const CLAUSE_BREAK = /\s*(?:[;:]|,\s+(?:but|while|whereas|although)\b)\s*/u

/**
 * The clause of `text` that holds most of the claim's words: a negation in another clause is
 * about another subject ("Velmora wants monitors; Ostland has ruled out monitors").
 */
export function alignedClause(tokenizer: Tokenizer, claim: string, text: string): string {
  const clauses = text.split(CLAUSE_BREAK)
  if (clauses.length < 2) return text
  const ours = new Set(tokenizer.tokens(claim))
  let best = text
  let most = -1
  for (const clause of clauses) {
    const shared = tokenizer.tokens(clause).filter((t) => ours.has(t)).length
    if (shared > most) {
      most = shared
      best = clause
    }
  }
  return best
}

/** The index tokens of a scored sentence, as the build stored them. */
export function tokensOf(dossier: Dossier, { passage, sentence }: ScoredSentence): string[] {
  return dossier.sentenceTokens(dossier.positions.get(passage.id) ?? -1)[sentence] ?? []
}

export function textOf({ passage, sentence }: ScoredSentence): string {
  const s = passage.sentences[sentence]
  return s ? passage.text.slice(s.start, s.end) : passage.text
}

export function cite(c: Candidate): Citation {
  const { passage, sentence } = c.sentence
  const s = passage.sentences[sentence] ?? { start: 0, end: passage.text.length }
  return {
    passageId: passage.id,
    quote: passage.text.slice(s.start, s.end),
    start: s.start,
    end: s.end,
  }
}

export function excerpt(text: string): string {
  return text.length <= 120 ? text : `${text.slice(0, 117).trimEnd()}…`
}
