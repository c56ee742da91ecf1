/**
 * @module answer/extractive
 * The embedded default: answers with the dossier's own sentences and nothing else. Every segment
 * is a verbatim quote or one of the fixed notices; there is no generated text to go wrong.
 */
import type { Dossier } from '../index/load.ts'
import { sidesOf } from '../provenance/conflicts/sentence.ts'
import { speakerOnly } from '../provenance/schema.ts'
import { type Evidence, selectEvidence } from '../retrieval/coverage.ts'
import type { AnalysedQuestion } from '../retrieval/query.ts'
import { type Retrieval, retrieve, type ScoredSentence } from '../retrieval/search.ts'
import { ledeEvidence, namesTheWholeDossier, topicEvidence } from '../retrieval/summary.ts'
import { NOTICES } from './notices.ts'
import type { Answer, Segment } from './schema.ts'

/** Options for {@link answerExtractive}. */
export interface ExtractiveOptions {
  /** Most sentences to quote. Default: 3, and one more per six terms of a long question, up to 5. */
  maxSentences?: number
  /** A retrieval already made for this question, to reuse. */
  retrieval?: Retrieval
}

/**
 * Answers `question` from the dossier. The result is unverified: pass it to `verifyAnswer`.
 *
 * @example
 * ```ts
 * const answer = answerExtractive(dossier, 'Who hosted the talks?', 'ans_1')
 * answer.segments[0]?.kind // 'quote'
 * ```
 */
export function answerExtractive(
  dossier: Dossier,
  question: string,
  id: string,
  options: ExtractiveOptions = {}
): Answer {
  const retrieval = options.retrieval ?? retrieve(dossier, question)
  const terms = retrieval.question.terms.length
  const maxSentences = options.maxSentences ?? Math.min(5, Math.max(3, Math.ceil(terms / 6)))
  const { injected, unknownNames, summary, latest } = retrieval.question
  // "Give me a summary", with no subject left once the asking is set aside, or only one every
  // document shares ("what's going on with the talks?"): the story's ledes.
  const whole = summary && (terms === 0 || namesTheWholeDossier(dossier, retrieval.question.terms))
  const evidence: Evidence =
    whole && !injected && unknownNames.length === 0
      ? { coverage: 'answered', share: 1, sentences: ledeEvidence(dossier, { latest }) }
      : selectEvidence(retrieval, { maxSentences })
  // A summary of one subject leads with the story whose headline names it.
  if (summary && !whole && evidence.coverage !== 'not_in_corpus' && terms > 0) {
    const story = topicEvidence(dossier, retrieval.question.terms)
    const rest = evidence.sentences.filter(
      (s) => !story.some((t) => t.passage.id === s.passage.id && t.sentence === s.sentence)
    )
    evidence.sentences = [...story, ...rest].slice(0, Math.max(maxSentences, 4))
  }
  const notices: string[] = []
  if (injected) notices.push(NOTICES.injected)
  if (injected && terms === 0) notices.push(NOTICES.nothingLeft)
  else if (evidence.coverage === 'not_in_corpus') {
    notices.push(unknownNames.length > 0 ? NOTICES.unknownNames(unknownNames) : NOTICES.notInCorpus)
  } else if (evidence.coverage === 'partial') notices.push(NOTICES.partial)

  const picked = retrieval.question.photo ? wholeCaptions(evidence.sentences) : evidence.sentences
  const quoted = withConflicts(dossier, picked)
  if (quoted.length > picked.length) notices.push(conflictNotice(quoted))
  const segments: Segment[] = [
    ...notices.map((text): Segment => ({ text, kind: 'notice', citations: [], labels: [] })),
    ...order(quoted, lead(quoted, retrieval.question)).map(quoteSegment),
  ]
  return { id, question, mode: 'extractive', coverage: evidence.coverage, segments, passages: [] }
}

/**
 * A photo question is answered with whole captions: the description says who is in the
 * photo, the credit who took it.
 */
function wholeCaptions(picked: ScoredSentence[]): ScoredSentence[] {
  const out: ScoredSentence[] = []
  const has = (s: ScoredSentence) =>
    out.some((o) => o.passage.id === s.passage.id && o.sentence === s.sentence)
  for (const s of picked) {
    const all =
      s.passage.kind === 'caption'
        ? s.passage.sentences.map((_, sentence) => ({ ...s, sentence }))
        : [s]
    for (const one of all) if (!has(one)) out.push(one)
  }
  return out
}

/** Who says a passage, as a sentence names them: its attribution, else the article itself. */
function speaker(passage: ScoredSentence['passage']): string {
  return passage.attribution ? speakerOnly(passage.attribution) : 'the article'
}

/**
 * The conflict the answer quotes, in one plain sentence: who says what on each side, in the
 * words its reason quotes (each side's text holds them); the general notice when no reason of a
 * quoted passage names the words of another quoted one.
 */
function conflictNotice(quoted: ScoredSentence[]): string {
  for (const a of quoted) {
    for (const b of quoted) {
      if (a === b || !a.passage.conflictsWith?.includes(b.passage.id)) continue
      for (const reason of a.passage.reasons ?? []) {
        const sides = sidesOf(reason)
        if (!sides || !b.passage.text.includes(sides.otherSaid)) continue
        return NOTICES.conflictBetween(
          speaker(a.passage),
          sides.said,
          speaker(b.passage),
          sides.otherSaid
        )
      }
    }
  }
  return NOTICES.conflict
}

/** Most passages quoted to show the other side of one contested passage. */
const MAX_OTHER_SIDES = 2

/**
 * When a quoted passage is contradicted by another passage, quote the other side too (its
 * first sentence that says it), so the reader sees the conflict, not one side of it.
 */
function withConflicts(dossier: Dossier, picked: ScoredSentence[]): ScoredSentence[] {
  const out = [...picked]
  for (const s of picked) {
    const others = (s.passage.conflictsWith ?? []).slice(0, MAX_OTHER_SIDES)
    for (const otherId of others) {
      const other = dossier.byId.get(otherId)
      if (!other || out.some((o) => o.passage.id === otherId)) continue
      out.push({ passage: other, sentence: 0, score: 0, matches: [] })
    }
  }
  return out
}

/** "What did Novak say …", "What does Novak think …": who is asked about. */
const SAID_BY =
  /\bwhat (?:did|does|do|has|have) ((?:\p{Lu}[\p{L}’'-]+\s?)+) (?:say|said|tell|told|think|write|wrote|mean|claim|argue|add|warn)/u

/**
 * The sentence that answers the question directly, to lead: the first picked sentence of the
 * kind asked for (the figure for "how many" or "what share", the date for "when", the place for
 * "where"), or the words of the person a "what did X say" asks about; else the best.
 */
function lead(sentences: ScoredSentence[], question: AnalysedQuestion): ScoredSentence | undefined {
  if (question.answerType) return sentences.find((s) => s.shaped) ?? sentences[0]
  const who = SAID_BY.exec(question.text)?.[1]?.trim().split(/\s+/).at(-1)
  if (!who) return sentences[0]
  const says = (s: ScoredSentence) => {
    const label = s.passage.sentences[s.sentence]
    return `${label?.attribution ?? ''} ${label?.source ?? ''}`.includes(who)
  }
  return sentences.find(says) ?? sentences[0]
}

/**
 * `first` leads (the best sentence unless one answers more directly); the rest follow in
 * document order, so they read as the text runs.
 */
function order(sentences: ScoredSentence[], first = sentences[0]): ScoredSentence[] {
  if (!first) return []
  const rest = sentences.filter((s) => s !== first)
  const position = (s: ScoredSentence) => s.passage.index * 1000 + s.sentence
  const sameDoc = (s: ScoredSentence) => s.passage.documentId
  return [
    first,
    ...rest.sort((a, b) => sameDoc(a).localeCompare(sameDoc(b)) || position(a) - position(b)),
  ]
}

function quoteSegment({ passage, sentence }: ScoredSentence): Segment {
  const span = passage.sentences[sentence] ?? { start: 0, end: passage.text.length }
  const quote = passage.text.slice(span.start, span.end)
  return {
    text: quote,
    kind: 'quote',
    citations: [{ passageId: passage.id, quote, start: span.start, end: span.end }],
    labels: [passage.status],
  }
}
