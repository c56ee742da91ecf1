/**
 * @module check/extractive
 * The embedded checker: for each sentence of a summary, the dossier sentences that speak to it,
 * then a verdict by rules. It leans to `unsupported`: a false `supported` is the costly error for
 * an editor, so a sentence is supported only when one passage states its content (some of it in
 * the same order), every figure, date and name in it, and its speaker, with no rival value.
 * It is contradicted only by an aligned sentence that is not a caption, in the same slot: a
 * figure counting the same thing, a date read against its document, a name in the same place, a
 * denial or a negation of the same words, another speaker of the same quote, a transcript's
 * "no". An allegation, or a claim the dossier states one way and another, is contested.
 * This file decides the verdict; what it reads once is `candidate.ts`, whether a sentence states
 * the claim `states.ts`, and whether it says otherwise `otherwise.ts`.
 */
import { toApiPassage } from '../answer/passages.ts'
import type { Dossier } from '../index/load.ts'
import { LEXICON } from '../language/lexicon.ts'
import { splitSentences } from '../passages/sentences.ts'
import { retrieve, type ScoredSentence } from '../retrieval/search.ts'
import { tokenOrderShare } from './align.ts'
import {
  answerTo,
  type Candidate,
  type Claim,
  cite,
  excerpt,
  isAllegation,
  isDenial,
  isQuestion,
  negatedWords,
  readClaim,
  SUPPORTED_SHARE,
  textOf,
  toCandidate,
  tokensOf,
} from './candidate.ts'
import { countedElsewhere, type Disagreement, disagreements } from './compare.ts'
import { type Post, postSwap } from './leaders.ts'
import { compareWith } from './otherwise.ts'
import { meaning, meaningsOf } from './paraphrase.ts'
import { type Check, type CheckedSentence, countVerdicts } from './schema.ts'
import { spokenBy, states } from './states.ts'
import { dateDisagreement } from './when.ts'

/** What a term given in other words counts for, as retrieval counts a reader's synonym. */
const PARAPHRASE_WEIGHT = 0.75

/** Share of what the claim says a closer sentence's negation must hold to undo a support. */
const ALIGNED_SHARE = 0.6
/** Share for a passage to count as speaking to the sentence at all. */
const RELATED_SHARE = 0.4

/** What a sentence itself must hold of the summary's for `supported`, its neighbours aside. */
const SENTENCE_SHARE = 0.5

/** A dossier sentence holding this much of the summary's says it all but word for word. */
const VERBATIM_SHARE = 0.9

/** Share of the summary's words a supporting sentence gives in their order. */
const STATED_ORDER = 0.4

/** Share for a sentence beyond the related ones to count as a rival value of the same thing. */
const RIVAL_SHARE = 0.25

/** Share of the summary's words in order for a rival's date to be the same event's. */
const RIVAL_ORDER = 0.35

/** The same for a rival figure, which must also count the same thing. */
const RIVAL_FIGURE_ORDER = 0.25

/** Sentences of the ranking searched for rivals. */
const RIVAL_POOL = 40

/** Share, and share in order, at which an allegation speaks to the summary's sentence. */
const ALLEGED_SHARE = 0.35

const ALLEGED_ORDER = 0.4

/**
 * Orama's candidate passages whose sentences are scored for each summary sentence: the verdict
 * reads the best few and rivals among the best forty sentences, so fewer than an answer's.
 */
const CHECK_CANDIDATES = 30

/** Dossier sentences compared with each summary sentence. */
const CANDIDATES = 6

/**
 * @example
 * ```ts
 * const check = checkExtractive(dossier, 'Ostland launched 40 drones at Velmora.', 'chk_1')
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
  const retrieval = retrieve(dossier, text, { candidates: CHECK_CANDIDATES })
  const { terms, unknownNames } = retrieval.question
  const claim = readClaim(dossier, text)
  // What the sentence says, without who says it: a quote matched to the wrong speaker still
  // states the same words.
  const bodyTerms = terms.map((t) => !claim.speakerTokens.has(t.token))
  // A term the sentence gives in other words ("homes" for "households") counts at a discount.
  const meanings = meaningsOf(dossier.tokenizer)
  const termMeanings = terms.map((t) => meaning(meanings, t.token))
  const saidOtherwise = new Map<ScoredSentence, number[]>()
  const matchesOf = (s: ScoredSentence) => {
    let out = saidOtherwise.get(s)
    if (!out) {
      const own = new Set(tokensOf(dossier, s).map((t) => meaning(meanings, t)))
      out = terms.map((_, k) =>
        Math.max(s.matches[k] ?? 0, own.has(termMeanings[k] ?? '') ? PARAPHRASE_WEIGHT : 0)
      )
      saidOtherwise.set(s, out)
    }
    return out
  }
  const weigh = (s: ScoredSentence, body: boolean) => {
    let all = 0
    let got = 0
    const matches = matchesOf(s)
    terms.forEach((t, k) => {
      if (body && !bodyTerms[k]) return
      all += t.idf
      got += t.idf * (matches[k] ?? 0)
    })
    return all > 0 ? got / all : 0
  }
  const ranked = retrieval.passages.flatMap((p) => p.sentences).sort((a, b) => b.score - a.score)
  // Who leads a party's delegation is read over the whole dossier, before any candidate: the
  // sentence naming its holder shares little with a summary that names another, so retrieval
  // may rank it low.
  const post = postSwap(dossier, text)
  if (post) {
    // The post's first sentence, as retrieval scored it when it did.
    const { passage, sentence } = post.posts[0] as Post
    const found = ranked.find((s) => s.passage === passage && s.sentence === sentence) ?? {
      passage,
      sentence,
      score: 0,
      matches: [],
    }
    const c = toCandidate(dossier, found, weigh(found, false), weigh(found, true), 0)
    // One name per holder, however many sentences name them.
    const names = [...new Map(post.posts.map((p) => [p.leader.surname, p.leader.name])).values()]
    return {
      ...base,
      verdict: 'contradicted',
      confidence: round(0.5 + 0.5 * Math.max(c.share, 0.5)),
      citations: [cite(c)],
      explanation: `The dossier names ${names.join(' and ')} as leading it, not ${post.claim.name}: “${excerpt(c.text)}”.`,
    }
  }
  // A question or an allegation next to a sentence does not help it state anything; read only
  // for the neighbours asked about, once each.
  const helps = new Map<ScoredSentence, boolean>()
  const helper = (o: ScoredSentence) => {
    let yes = helps.get(o)
    if (yes === undefined) {
      const words = textOf(o)
      yes = !isQuestion(words) && !isAllegation(words)
      helps.set(o, yes)
    }
    return yes
  }
  const byPassage = new Map<string, ScoredSentence[]>()
  for (const o of ranked) {
    const at = `${o.passage.documentId}:${o.passage.index}`
    byPassage.set(at, [...(byPassage.get(at) ?? []), o])
  }
  const around = (s: ScoredSentence) => [
    s,
    ...[-1, 0, 1]
      .flatMap((d) => byPassage.get(`${s.passage.documentId}:${s.passage.index + d}`) ?? [])
      .filter(helper),
  ]
  const total = terms.reduce((sum, t) => sum + t.idf, 0)
  const groupShare = (s: ScoredSentence) => {
    if (total <= 0) return 0
    // The group's matches once, not once per term.
    const group = around(s).map(matchesOf)
    let sum = 0
    terms.forEach((t, k) => {
      let best = 0
      for (const m of group) best = Math.max(best, m[k] ?? 0)
      sum += t.idf * best
    })
    return sum / total
  }
  const top = ranked.slice(0, CANDIDATES)
  // The sentences around the best two: a summary often joins what the dossier says in two.
  const key = (documentId: string, index: number) => `${documentId}:${index}`
  const near = new Set(
    top
      .slice(0, 2)
      .flatMap((s) => [
        key(s.passage.documentId, s.passage.index - 1),
        key(s.passage.documentId, s.passage.index + 1),
      ])
  )
  const candidates: Candidate[] = [
    ...top,
    ...ranked.filter((s) => near.has(key(s.passage.documentId, s.passage.index))),
  ]
    .filter(
      (s, i, all) =>
        all.findIndex((o) => o.passage.id === s.passage.id && o.sentence === s.sentence) === i
    )
    .map((s) => toCandidate(dossier, s, weigh(s, false), weigh(s, true), groupShare(s)))
    .sort((a, b) => b.share - a.share)
  const related = candidates.filter((c) => Math.max(c.share, c.bodyShare) >= RELATED_SHARE)
  // A question states nothing; its answer in a transcript may ("Q: Is X planned?" "No.").
  const statements = related.filter((c) => !c.question)
  const answers = related.flatMap((c) => (c.question ? answerTo(dossier, c) : []))
  const best = candidates[0]

  // 1. What each aligned dossier sentence says otherwise; captions are never such evidence.
  // A summary naming what the dossier never mentions speaks of something else: its figures are
  // not rivals of the dossier's ("X pledged $10 billion" against "$200 billion discussed").
  const findings = [...statements, ...answers]
    .filter((c) => !c.caption)
    .flatMap((c) => {
      const first = compareWith(dossier, text, claim, c, unknownNames)
      if (!first || (unknownNames.length > 0 && first.kind === 'figure')) return []
      return [{ c, first }]
    })
  const contradicting = findings[0]

  // 2. A dossier sentence that states it: its content, every figure, date and name, its stance,
  // and, when the summary names who says it, that speaker.
  const stating = [...statements, ...answers]
    .filter(
      (c) =>
        (c.answer !== undefined ||
          (c.groupShare >= SUPPORTED_SHARE && Math.max(c.share, c.bodyShare) >= SENTENCE_SHARE)) &&
        // A caption describes its photo; only one that says it all word for word supports.
        (!c.caption || c.share >= VERBATIM_SHARE) &&
        // Some of it in the same order, not the same words scattered over a paragraph.
        (c.answer !== undefined || inOrder(claim, c)) &&
        !findings.some((f) => f.c === c) &&
        spokenBy(dossier, claim, c) &&
        states(dossier, text, c, claim)
    )
    .sort((a, b) => b.groupShare - a.groupShare)
  // The sentence that says it best decides: a plain one that says less than an allegation
  // does not make the allegation fact.
  const disputed = stating.find(disputes)
  const plain = stating.find((c) => !disputes(c) && (!disputed || c.share >= disputed.share))

  if (contradicting && (plain || disputed)) {
    // The dossier says it word for word and, elsewhere, another figure or date: the summary's
    // own sentence stands (the other may be another occasion), unless its words are disputed
    // or denied.
    if (
      plain &&
      plain.share >= VERBATIM_SHARE &&
      tokenOrderShare(claim.tokens, plain.tokens) >= VERBATIM_SHARE &&
      contradicting.first.kind !== 'denial'
    ) {
      return supported(dossier, base, plain)
    }
    // Otherwise both sides stand, unless the one that states it speaks less to it; two
    // sentences the build found in conflict with each other stand however much each says.
    const side = plain ?? disputed
    const sides = side?.label.conflictsWith?.includes(contradicting.c.sentence.passage.id)
    if (side && (sides || side.share >= contradicting.c.share)) {
      return {
        ...base,
        verdict: 'contested',
        confidence: round(Math.min(side.groupShare, 0.5 + 0.5 * contradicting.c.share)),
        citations: [cite(side), cite(contradicting.c)],
        explanation: `The dossier states it${inDocument(dossier, side)} and also otherwise: ${contradicting.first.explanation}`,
      }
    }
  }
  // Nothing states it, and every disagreement is a count of something else beside a sentence
  // giving the claim's own count: not said, rather than said otherwise. This only ever turns
  // contradicted into unsupported; where a sentence states the claim, the disagreement stands.
  const elsewhere = findings.every(
    (f) =>
      f.first.kind === 'figure' &&
      countedElsewhere({
        tokenizer: dossier.tokenizer,
        claim: text,
        evidence: f.c.text,
        others: statements.filter((o) => o !== f.c && !o.caption).map((o) => o.text),
      })
  )
  if (contradicting && !elsewhere) {
    return {
      ...base,
      verdict: 'contradicted',
      confidence: round(0.5 + 0.5 * contradicting.c.share),
      citations: [cite(contradicting.c)],
      explanation: contradicting.first.explanation,
    }
  }
  // A sentence that speaks to the claim more closely than the one stating it, and negates where
  // the claim does not ("security is not up for negotiation" against "was open to
  // negotiation", stated only by "open to a technical discussion"): the closer one decides.
  const closer =
    plain &&
    !claim.negates &&
    statements.find(
      (c) =>
        Math.max(c.share, c.bodyShare) > Math.max(plain.share, plain.bodyShare) &&
        c.bodyShare >= ALIGNED_SHARE &&
        !c.caption &&
        negatedWords(c.text).length > 0
    )
  if (plain && closer) {
    return {
      ...base,
      verdict: 'unsupported',
      confidence: round(1 - closer.share / 2),
      citations: [cite(closer), cite(plain)],
      explanation: `The passage closest to it${inDocument(dossier, closer)} says it with a negation: “${excerpt(closer.text)}”.`,
    }
  }
  if (plain) {
    // Another sentence giving the same count or event another value makes both sides disputed,
    // though the build did not mark the conflict ("150 prisoners" here, "157" there).
    // Rivals are looked for further down the ranking than the candidates: a weaker match.
    const pool = ranked
      .slice(0, RIVAL_POOL)
      .map((s) => ({ s, share: weigh(s, false) }))
      .filter(({ share }) => share >= RIVAL_SHARE)
      .map(({ s, share }) => toCandidate(dossier, s, share, weigh(s, true), share))
    const rival = rivalOf(dossier, text, claim, plain, pool)
    if (rival && plain.share < VERBATIM_SHARE) {
      return {
        ...base,
        verdict: 'contested',
        confidence: round(Math.min(plain.groupShare, rival.c.share + 0.5)),
        citations: [cite(plain), cite(rival.c)],
        explanation: `The dossier states it${inDocument(dossier, plain)} and also otherwise: ${rival.first.explanation}`,
      }
    }
    return supported(dossier, base, plain)
  }
  if (disputed) {
    const why = disputed.label.reasons?.[0] ?? 'It is stated as an allegation or a claim.'
    return {
      ...base,
      verdict: 'contested',
      confidence: round(disputed.groupShare),
      citations: [cite(disputed)],
      explanation: `Only contested material states it${inDocument(dossier, disputed)}. ${why}`,
    }
  }

  // An allegation states its content in fewer words than a report does ("X blamed shelling
  // for the outage"): a weaker match that gives the words in order still makes the claim
  // contested, never supported.
  const alleged = candidates.find(
    (c) =>
      c.share >= ALLEGED_SHARE &&
      !c.question &&
      !c.caption &&
      disputes(c) &&
      tokenOrderShare(claim.bodyTokens, c.tokens) >= ALLEGED_ORDER &&
      states(dossier, text, c, claim)
  )
  if (alleged) {
    const why = alleged.label.reasons?.[0] ?? 'It is stated as an allegation or a claim.'
    return {
      ...base,
      verdict: 'contested',
      confidence: round(alleged.share),
      citations: [cite(alleged)],
      explanation: `Only contested material states it${inDocument(dossier, alleged)}. ${why}`,
    }
  }

  // 3. Nothing states it.
  const explanation =
    unknownNames.length > 0
      ? `The dossier does not mention ${unknownNames.map((n) => `“${n}”`).join(', ')}.`
      : best && best.share >= RELATED_SHARE
        ? `The closest passage${inDocument(dossier, best)} speaks to this but does not state it.`
        : 'No passage of the dossier speaks to this.'
  return {
    ...base,
    verdict: 'unsupported',
    confidence: round(1 - (best?.share ?? 0) / 2),
    citations: best && best.share >= RELATED_SHARE ? [cite(best)] : [],
    explanation,
  }
}

/**
 * A sentence beyond the related ones that gives the same count another figure, or the same event
 * another date: weaker matches, so only one giving the summary's words in order, and for a
 * figure one counting the same thing, counts.
 */
function rivalOf(
  dossier: Dossier,
  text: string,
  claim: Claim,
  stating: Candidate,
  candidates: Candidate[]
): { c: Candidate; first: Disagreement } | undefined {
  const { tokenizer } = dossier
  // How many sources say it is who says it, not what is said ("citing two sources").
  const said = claim.speaker ? text.replace(claim.speaker.text, '') : text
  for (const c of candidates) {
    const same = (o: Candidate) =>
      o.sentence.passage.id === stating.sentence.passage.id &&
      o.sentence.sentence === stating.sentence.sentence
    if (same(c) || c.caption || c.question || c.share < RIVAL_SHARE) continue
    const order = tokenOrderShare(claim.bodyTokens, c.tokens)
    if (order < RIVAL_FIGURE_ORDER) continue
    const evidence = c.label.attribution ? c.text.replace(c.label.attribution, '') : c.text
    const found = disagreements({ tokenizer, claim: said, evidence, aligned: false })
    const figure = found.find((d) => d.kind === 'figure')
    const when = dateDisagreement({
      claim: text,
      evidence: c.text,
      date: c.date,
      claimDate: stating.date,
    })
    // A figure of another day counts another occasion ("128 drones overnight into Friday").
    if (figure && !when) return { c, first: figure }
    if (order < RIVAL_ORDER) continue
    if (when) return { c, first: { kind: 'date', explanation: when } }
  }
  return undefined
}

/**
 * Does the candidate give enough of the summary's words in their order? A little less will do
 * when its neighbours state nearly all the rest ("A survey … shows a split" then "Over 54% …").
 */
function inOrder(claim: Claim, c: Candidate): boolean {
  const share = tokenOrderShare(claim.bodyTokens, c.tokens)
  return share >= STATED_ORDER || (share >= STATED_ORDER - 0.1 && c.groupShare >= 0.8)
}

/** Is the candidate disputed: labelled contested, or an allegation in its own words? */
function disputes(c: Candidate): boolean {
  if (isAllegation(c.text)) return true
  if (c.label.status !== 'contested') return false
  // "X rejected claims that …" is a denial reported as one, contested only for the word
  // "claims"; it stays disputed when the build found another sentence contradicting it.
  return (c.label.conflictsWith?.length ?? 0) > 0 || !isDenial(c.text)
}

/**
 * " (in “Title”)": the document a candidate stands in, by its title, for an explanation a reader
 * can follow (the citation beside it gives the passage); nothing when the dossier has one
 * document, where the title would only repeat itself down the page.
 */
function inDocument(
  dossier: Dossier,
  c: { sentence: { passage: { documentId: string } } }
): string {
  if (dossier.documents.length < 2) return ''
  const title = dossier.documents.find((d) => d.id === c.sentence.passage.documentId)?.title
  return title ? ` (in “${title}”)` : ''
}

function supported(
  dossier: Dossier,
  base: Pick<CheckedSentence, 'text' | 'start' | 'end'>,
  c: Candidate
) {
  // "attributed to she" says nothing: a pronoun gives way to whom the build resolved it to.
  const said = c.label.attribution
  const who = said && LEXICON.pronouns.has(said.toLowerCase()) ? (c.label.source ?? said) : said
  return {
    ...base,
    verdict: 'supported' as const,
    confidence: round(c.groupShare),
    citations: [cite(c)],
    explanation: `The dossier states it${inDocument(dossier, c)}${who ? `, attributed to ${who}` : ''}.`,
  }
}

const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100
