/**
 * @module check/extractive
 * The embedded checker: for each sentence of a summary, the dossier sentences that speak to it,
 * then a verdict by rules. It leans to `unsupported`: a false `supported` is the costly error for
 * an editor, so a sentence is supported only when one passage states its content and every
 * figure, date and name in it.
 */
import { toApiPassage } from '../answer/passages.ts'
import type { Citation } from '../answer/schema.ts'
import type { Dossier } from '../index/load.ts'
import { splitSentences } from '../passages/sentences.ts'
import { retrieve, type ScoredSentence } from '../retrieval/search.ts'
import { mentions, namesIn, unsupportedSpecifics } from '../verification/specifics.ts'
import { stancesOf } from './claims.ts'
import { disagreements, swappedNames } from './compare.ts'
import { type Check, type CheckedSentence, countVerdicts } from './schema.ts'

/** Share of a sentence's weight a passage must state for `supported`. */
const SUPPORTED_SHARE = 0.65
/** Share for a passage to count as speaking to the sentence at all. */
const RELATED_SHARE = 0.4
/** Share above which a name the dossier sentence lacks is a swap, not a new subject. */
const SWAP_SHARE = 0.55
/** Dossier sentences compared with each summary sentence. */
const CANDIDATES = 6

interface Candidate {
  sentence: ScoredSentence
  text: string
  share: number
  /** The share with the passages around it: what a summary joining two paragraphs states. */
  groupShare: number
}

/**
 * @example
 * ```ts
 * const check = checkExtractive(dossier, 'Russia launched 138 drones at Ukraine.', 'chk_1')
 * check.sentences[0].verdict // 'supported'
 * ```
 */
export function checkExtractive(dossier: Dossier, summary: string, id: string): Check {
  const sentences = splitSentences(summary).map((span) =>
    checkSentence(dossier, summary.slice(span.start, span.end), span)
  )
  const cited = new Set(sentences.flatMap((s) => s.citations.map((c) => c.passageId)))
  const counts = countVerdicts(sentences)
  return {
    id,
    mode: 'extractive',
    sentences,
    counts,
    passages: [...cited].flatMap((pid) => {
      const p = dossier.byId.get(pid)
      return p ? [toApiPassage(p)] : []
    }),
  }
}

function checkSentence(
  dossier: Dossier,
  text: string,
  span: { start: number; end: number }
): CheckedSentence {
  const base = { text, start: span.start, end: span.end }
  const retrieval = retrieve(dossier, text)
  const { terms, unknownNames } = retrieval.question
  const total = terms.reduce((sum, t) => sum + t.idf, 0)
  const share = (s: ScoredSentence) =>
    total > 0 ? terms.reduce((sum, t, k) => sum + t.idf * (s.matches[k] ?? 0), 0) / total : 0
  const ranked = retrieval.passages.flatMap((p) => p.sentences).sort((a, b) => b.score - a.score)
  const around = (s: ScoredSentence) =>
    ranked.filter(
      (o) =>
        o.passage.documentId === s.passage.documentId &&
        Math.abs(o.passage.index - s.passage.index) <= 1
    )
  const groupShare = (s: ScoredSentence) =>
    total > 0
      ? terms.reduce(
          (sum, t, k) => sum + t.idf * Math.max(0, ...around(s).map((o) => o.matches[k] ?? 0)),
          0
        ) / total
      : 0
  const top = ranked.slice(0, CANDIDATES)
  // The sentences around the best two: a summary often joins what the dossier says in two.
  const near = new Set(top.slice(0, 2).flatMap((s) => [s.passage.index - 1, s.passage.index + 1]))
  const candidates: Candidate[] = [...top, ...ranked.filter((s) => near.has(s.passage.index))]
    .filter(
      (s, i, all) =>
        all.findIndex((o) => o.passage.id === s.passage.id && o.sentence === s.sentence) === i
    )
    .map((s) => ({
      sentence: s,
      text: sentenceText(s),
      share: share(s),
      groupShare: groupShare(s),
    }))
    .sort((a, b) => b.share - a.share)
  const related = candidates.filter((c) => c.share >= RELATED_SHARE)
  const best = candidates[0]

  // 1. A related dossier sentence that states otherwise.
  const contradicting = related.flatMap((c, rank) => {
    // A name swap counts only against the best match, compared with its whole passage ("he
    // said" names its speaker a sentence earlier); a lesser match naming others is another story.
    const swapped =
      rank === 0 && c.share >= SWAP_SHARE && !namedElsewhere(dossier, text, related.slice(1))
        ? swappedNames(dossier.tokenizer, text, c.sentence.passage.text)
        : undefined
    const first = disagreements(dossier.tokenizer, text, c.text)[0] ?? swapped
    return first ? [{ c, first }] : []
  })[0]
  // Any related passage that differs decides: a false "supported" is the costly error.
  if (contradicting) {
    return {
      ...base,
      verdict: 'contradicted',
      confidence: round(0.5 + 0.5 * contradicting.c.share),
      citations: [cite(contradicting.c)],
      explanation: contradicting.first.explanation,
    }
  }

  // 2. A passage that states it: its content, every figure, date and name, and its stance.
  const stating = related
    .filter((c) => c.groupShare >= SUPPORTED_SHARE && states(dossier, text, c))
    .sort((a, b) => b.groupShare - a.groupShare)
  const plain = stating.find((c) => c.sentence.passage.status !== 'contested')
  if (plain) {
    const who = plain.sentence.passage.attribution
    return {
      ...base,
      verdict: 'supported',
      confidence: round(plain.groupShare),
      citations: [cite(plain)],
      explanation: `${plain.sentence.passage.id} states it${who ? `, attributed to ${who}` : ''}.`,
    }
  }
  const contested = stating[0]
  if (contested) {
    const why = contested.sentence.passage.reasons?.[0] ?? 'It is disputed.'
    return {
      ...base,
      verdict: 'contested',
      confidence: round(contested.groupShare),
      citations: [cite(contested)],
      explanation: `Only contested material states it (${contested.sentence.passage.id}). ${why}`,
    }
  }

  // 3. Nothing states it.
  const explanation =
    unknownNames.length > 0
      ? `The dossier does not mention ${unknownNames.map((n) => `“${n}”`).join(', ')}.`
      : best && best.share >= RELATED_SHARE
        ? `The closest passage (${best.sentence.passage.id}) speaks to this but does not state it.`
        : 'No passage of the dossier speaks to this.'
  return {
    ...base,
    verdict: 'unsupported',
    confidence: round(1 - (best?.share ?? 0) / 2),
    citations: best && best.share >= RELATED_SHARE ? [cite(best)] : [],
    explanation,
  }
}

/** Does another related passage name every name of the claim? Then no name was swapped. */
function namedElsewhere(dossier: Dossier, claim: string, others: Candidate[]): boolean {
  const names = namesIn(dossier.tokenizer, claim).map((n) => n.name)
  return others.some((c) => {
    const text = c.sentence.passage.text
    const tokens = new Set(dossier.tokenizer.tokens(text))
    return names.every((n) => mentions(dossier.tokenizer, text, tokens, n))
  })
}

/**
 * Does the candidate's passage state the claim: every figure, date and name of the claim in it,
 * and every stance of the claim taken the same way?
 */
function states(dossier: Dossier, claim: string, c: Candidate): boolean {
  // With its neighbours: a summary sentence often joins a paragraph and the one it continues.
  const { index, documentId } = c.sentence.passage
  const texts = [index - 1, index, index + 1]
    .map((i) => dossier.passages[i])
    .flatMap((p) => (p?.documentId === documentId ? [p.text] : []))
  if (unsupportedSpecifics(dossier.tokenizer, claim, texts).length > 0) return false
  // Each stance of the claim taken the same way somewhere, and the other way nowhere.
  const theirs = texts.map(stancesOf)
  for (const [family, sign] of stancesOf(claim)) {
    if (!theirs.some((t) => t.get(family) === sign)) return false
    if (theirs.some((t) => t.get(family) === -sign)) return false
  }
  return true
}

function sentenceText({ passage, sentence }: ScoredSentence): string {
  const s = passage.sentences[sentence]
  return s ? passage.text.slice(s.start, s.end) : passage.text
}

function cite(c: Candidate): Citation {
  const { passage, sentence } = c.sentence
  const s = passage.sentences[sentence] ?? { start: 0, end: passage.text.length }
  return {
    passageId: passage.id,
    quote: passage.text.slice(s.start, s.end),
    start: s.start,
    end: s.end,
  }
}

const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100
