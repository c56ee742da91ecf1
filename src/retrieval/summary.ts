/**
 * @module retrieval/summary
 * "What's going on?", "give me a summary", "whats the latest": questions that ask for the
 * story rather than a fact. A news story is told in its lede, the first paragraph after
 * the headline, so these are answered with ledes: the newest documents' for "the latest", the
 * ledes that share most with the rest of the dossier for a summary, and, when the question names
 * a subject ("tl;dr on the port talks"), ledes are preferred among the passages about it.
 */
import type { Dossier } from '../index/load.ts'
import type { LabelledPassage } from '../provenance/schema.ts'
import type { QueryTerm } from './query.ts'
import type { ScoredSentence } from './score.ts'

/** Phrases that ask for the story; removed from the question before its subject is looked up. */
const SUMMARY =
  /\b(?:(?:give|get) me (?:a |an |the )?(?:summary|overview|rundown|recap|gist)|summary|summari[sz]e|sum (?:it |this |that )?up|overview|recap|rundown|tl;? ?dr|catch me up(?: on)?|fill me in(?: on)?|brief me(?: on)?|bring me up to (?:speed|date)(?: on)?|what(?:'|’)?s (?:going on|happening|new|up)(?: with| on| in)?|whats (?:going on|happening|new|up)(?: with| on| in)?|where do things stand(?: with| on)?|(?:the )?latest(?: on| news| about)?|any (?:news|updates?)(?: on| about)?|(?:the )?situation)\b/gi

/** Phrases that ask for the newest news in particular. */
const LATEST = /\b(?:latest|newest|most recent|new|updates?|right now)\b/i

/** What {@link readSummaryRequest} found. */
export interface SummaryRequest {
  /** True when the question asks for the story rather than a fact. */
  summary: boolean
  /** True when it asks for the newest news in particular. */
  latest: boolean
  /** The question without its summary phrases: what is left names the subject, if any. */
  rest: string
}

/**
 * @example
 * ```ts
 * readSummaryRequest('tl;dr on the port talks').rest // ' on the port talks'
 * ```
 */
export function readSummaryRequest(text: string): SummaryRequest {
  const summary = new RegExp(SUMMARY.source, 'i').test(text)
  if (!summary) return { summary, latest: false, rest: text }
  return { summary, latest: LATEST.test(text), rest: text.replace(SUMMARY, ' ') }
}

/** Each document's lede, found on a dossier's first summary question. */
const ledes = new WeakMap<Dossier, Map<string, LabelledPassage>>()

/**
 * Notes a newsroom puts above the story ("This story has been updated…", "Last updated 18:05,
 * live updates from our reporters"), and the words by which a live blog or a transcript
 * introduces itself ("Good morning and welcome to our live coverage…", "The following is an
 * edited transcript…"): not the lede.
 */
const NOTE =
  /\b(?:updated|updates|correction|clarification|editor'?s note|welcome to|live coverage|edited transcript)\b/i

/** A lede's content words at least: a dateline or a subhead is not one. */
const LEDE_TOKENS = 10

/**
 * The lede of each document, by document id.
 *
 * @example
 * ```ts
 * ledesOf(dossier).get('report-one')?.kind // 'paragraph'
 * ```
 */
export function ledesOf(dossier: Dossier): ReadonlyMap<string, LabelledPassage> {
  let found = ledes.get(dossier)
  if (!found) {
    found = new Map()
    const fallback = new Map<string, LabelledPassage>()
    dossier.passages.forEach((p, i) => {
      if (p.kind !== 'paragraph' || found?.has(p.documentId)) return
      if (!fallback.has(p.documentId)) fallback.set(p.documentId, p)
      const long = dossier.sentenceTokens(i).some((s) => s.length >= LEDE_TOKENS)
      if (long && !NOTE.test(p.text)) found?.set(p.documentId, p)
    })
    for (const [id, p] of fallback) if (!found.has(id)) found.set(id, p)
    ledes.set(dossier, found)
  }
  return found
}

/** A sentence of the lede worth quoting has at least this many content words. */
const SENTENCE_TOKENS = 5
/** A lede is quoted by its first sentences: the news, then what it means. */
const LEDE_SENTENCES = 2

/**
 * A subject most documents share ("the talks", in a dossier about talks) narrows nothing: a
 * summary of it is a summary of the dossier.
 */
const EVERYWHERE = 0.75

/**
 * Does every term of the question stand in three documents out of four?
 *
 * @example
 * ```ts
 * const { terms } = retrieve(dossier, "what's going on with the talks").question
 * namesTheWholeDossier(dossier, terms) // true
 * ```
 */
export function namesTheWholeDossier(dossier: Dossier, terms: readonly QueryTerm[]): boolean {
  const { documentsWith } = rankedLedes(dossier)
  const n = Math.max(1, dossier.documents.length)
  const share = (t: string) => (documentsWith.get(t)?.size ?? 0) / n
  return (
    terms.length > 0 &&
    terms.every((t) => {
      // The reader's own word when the dossier uses it; otherwise the words it stands for.
      const words = documentsWith.has(t.token) ? [t.token] : t.alternatives
      return Math.max(0, ...words.map(share)) >= EVERYWHERE
    })
  )
}

/** Options for {@link ledeEvidence}. */
export interface LedeEvidenceOptions {
  /** The newest documents first, rather than the most central. */
  latest: boolean
  /** Most ledes to quote. Default 3. */
  max?: number
}

/**
 * The first sentence of the ledes that tell the dossier's story: the newest documents' for
 * "the latest"; otherwise those whose words the other documents share most (a lede about what
 * the whole dossier is about), newest first among equals.
 *
 * @example
 * ```ts
 * ledeEvidence(dossier, { latest: true })[0]?.passage.documentId // the newest document
 * ```
 */
export function ledeEvidence(dossier: Dossier, options: LedeEvidenceOptions): ScoredSentence[] {
  const max = options.max ?? 3
  const { central, latest } = rankedLedes(dossier)
  return (options.latest ? latest : central).slice(0, max).flatMap((passage, k) => {
    // The lede's first full sentences: a live entry opens with its timestamp.
    const tokens = dossier.sentenceTokens(dossier.positions.get(passage.id) ?? -1)
    const first = Math.max(
      0,
      tokens.findIndex((t) => t.length >= SENTENCE_TOKENS)
    )
    return tokens
      .map((_, sentence) => ({ passage, sentence, score: max - k, matches: [] }))
      .slice(first, first + LEDE_SENTENCES)
  })
}

/** The ledes in both orders, computed on a dossier's first summary question. */
interface Rankings {
  central: LabelledPassage[]
  latest: LabelledPassage[]
  /** Token → the documents that use it. */
  documentsWith: Map<string, Set<string>>
}
const rankings = new WeakMap<Dossier, Rankings>()

function rankedLedes(dossier: Dossier): Rankings {
  const cached = rankings.get(dossier)
  if (cached) return cached
  const dated = new Map(dossier.documents.map((d) => [d.id, d.date.latest]))
  const all = [...ledesOf(dossier).values()]
  // How many documents use each token.
  const documentsWith = new Map<string, Set<string>>()
  dossier.passages.forEach((p, i) => {
    for (const t of dossier.sentenceTokens(i).flat()) {
      const docs = documentsWith.get(t) ?? new Set<string>()
      docs.add(p.documentId)
      documentsWith.set(t, docs)
    }
  })
  const centrality = (p: LabelledPassage) => {
    const tokens = [...new Set(dossier.sentenceTokens(dossier.positions.get(p.id) ?? -1).flat())]
    if (tokens.length === 0) return 0
    const shared = tokens.reduce((sum, t) => sum + (documentsWith.get(t)?.size ?? 1) - 1, 0)
    return shared / Math.sqrt(tokens.length)
  }
  const newest = (a: LabelledPassage, b: LabelledPassage) =>
    (dated.get(b.documentId) ?? '').localeCompare(dated.get(a.documentId) ?? '')
  const central = all
    .map((p) => ({ p, c: centrality(p) }))
    .sort((a, b) => b.c - a.c || newest(a.p, b.p))
    .map(({ p }) => p)
  const ranked = { central, latest: [...all].sort(newest), documentsWith }
  rankings.set(dossier, ranked)
  return ranked
}

/** Share of a question's weight a document's headline must hold to stand for its subject. */
const HEADLINE_SHARE = 0.5

/**
 * For a summary of one subject ("tl;dr on the port talks"): the document whose headline names
 * the subject best, by the question's weighted terms, quoted by its headline and its lede's
 * first full sentence. Empty when no headline holds half the question's weight.
 *
 * @example
 * ```ts
 * topicEvidence(dossier, retrieve(dossier, 'tl;dr port talks').question.terms)
 * // [headline of the port-talks story, first sentence of its lede]
 * ```
 */
export function topicEvidence(dossier: Dossier, terms: readonly QueryTerm[]): ScoredSentence[] {
  const total = terms.reduce((sum, t) => sum + t.idf, 0)
  if (total === 0) return []
  // Among headlines that hold the subject equally, the story that keeps to it: the most
  // sentences naming one of its terms.
  const mentions = new Map<string, number>()
  dossier.passages.forEach((p, i) => {
    const n = dossier.sentenceTokens(i).filter((s) => terms.some((t) => s.includes(t.token))).length
    mentions.set(p.documentId, (mentions.get(p.documentId) ?? 0) + n)
  })
  let best: { headline: LabelledPassage; share: number } | undefined
  dossier.passages.forEach((p, i) => {
    if (p.kind !== 'headline') return
    const tokens = new Set(dossier.sentenceTokens(i).flat())
    const held = (t: QueryTerm) => tokens.has(t.token) || t.alternatives.some((a) => tokens.has(a))
    const share = terms.reduce((sum, t) => sum + (held(t) ? t.idf : 0), 0) / total
    const focused =
      best !== undefined &&
      share === best.share &&
      (mentions.get(p.documentId) ?? 0) > (mentions.get(best.headline.documentId) ?? 0)
    if (share >= HEADLINE_SHARE && (!best || share > best.share || focused)) {
      best = { headline: p, share }
    }
  })
  if (!best) return []
  const lede = ledeEvidence(dossier, { latest: false, max: Number.POSITIVE_INFINITY }).find(
    (s) => s.passage.documentId === best?.headline.documentId
  )
  const headline = { passage: best.headline, sentence: 0, score: 2, matches: [] }
  return lede ? [headline, { ...lede, score: 1 }] : [headline]
}
