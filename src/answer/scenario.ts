/**
 * @module answer/scenario
 * "What happens if Ostland gives up the river valley?" A scenario question is answered by gathering what
 * the dossier says about consequences and stakes, never by predicting: the sentences near the
 * question's subject that warn, weigh, count or speculate, grouped by party and by kind
 * (officials' statements, warnings, analysts' views, polls, the article's own speculation).
 * Each is a verbatim quote, labelled as its passage is.
 */
import type { Dossier } from '../index/load.ts'
import { LEXICON } from '../language/lexicon.ts'
import { actorsAt } from '../overview/actors.ts'
import { type Mention, partyFinder } from '../overview/roster.ts'
import type { Retrieval, ScoredSentence } from '../retrieval/search.ts'
import { isConflictNotice, NOTICES } from './notices.ts'
import {
  type Answer,
  type Scenario,
  type ScenarioKind,
  ScenarioKindSchema,
  type Segment,
} from './schema.ts'

/** Questions about what would follow, what is at stake, or what someone stands to gain. */
const SCENARIO =
  /\bwhat (?:happens|would happen|will happen|could happen|follows)\b|\bwhat if\b|\bconsequences?\b|\bat stake\b|\bwhat (?:does|do|would|could|will) .{1,60}\b(?:gain|lose|risk|get)\b|\bif (?:the )?talks (?:fail|collapse|break down)\b/i

/** One regular expression for a list of the lexicon's words; a trailing `*` takes any ending. */
function wordsPattern(words: readonly string[]): RegExp {
  const alternatives = words.map((w) =>
    w.endsWith('*') ? `${w.slice(0, -1).replace(/ /g, '\\s+')}\\w*` : w.replace(/ /g, '\\s+')
  )
  return new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'i')
}

/**
 * Words of consequence and stakes (general English, in the lexicon): a sentence without one says
 * what is, not what would follow. Whose stance a sentence holds is the overview's reading (the
 * language step's stance cues); these words still pick the sentences, stances with no party
 * among them (a poll's respondents), until stance cues are kept per sentence in the dossier.
 */
const CONSEQUENCE = wordsPattern(LEXICON.scenario.consequence)

/** Kinds, tried in the lexicon's order: the first whose words a sentence holds. */
const KINDS: ReadonlyArray<readonly [ScenarioKind, RegExp]> = Object.entries(
  LEXICON.scenario.kinds
).map(([kind, words]) => [ScenarioKindSchema.parse(kind), wordsPattern(words)] as const)

/** The kinds a neighbouring paragraph is read for. */
const STAKES_KINDS: ReadonlySet<ScenarioKind> = new Set(['poll', 'analysis', 'warning'])

interface Picked {
  s: ScoredSentence
  score: number
  text: string
  party: string | null
  kind: ScenarioKind
}

/** Most sentences quoted for one scenario. */
const MAX_QUOTES = 8
/** Passages, best first, whose sentences are read. */
const PASSAGES_READ = 12

const finders = new WeakMap<Dossier, (text: string) => Mention[]>()
const stanceMaps = new WeakMap<Dossier, Map<string, Array<{ start: number; party: string }>>>()

/**
 * The party whose stance the overview read in the span `[start, end)` of a passage (a demand,
 * refusal, offer or condition the language step found there), if any.
 */
function stanceHolder(dossier: Dossier, passageId: string, start: number, end: number) {
  let map = stanceMaps.get(dossier)
  if (!map) {
    map = new Map()
    for (const party of dossier.overview.parties) {
      for (const { citation } of party.positions) {
        const list = map.get(citation.passageId) ?? []
        list.push({ start: citation.start, party: party.id })
        map.set(citation.passageId, list)
      }
    }
    stanceMaps.set(dossier, map)
  }
  return map.get(passageId)?.find((p) => p.start >= start && p.start < end)?.party
}

/** Finds the overview's parties in `text`, compiled once per dossier. */
function partyMentions(dossier: Dossier, text: string): Mention[] {
  let find = finders.get(dossier)
  if (!find) {
    find = partyFinder(dossier.overview.parties)
    finders.set(dossier, find)
  }
  return find(text)
}

/** True for a question about consequences, stakes or gains. */
const isScenarioQuestion = (question: string) => SCENARIO.test(question)

/**
 * The scenario answer for the question `plain` answers, or undefined when it is not a scenario
 * question, the dossier does not cover its subject, or says nothing of consequence about it.
 * `plain` is the extractive answer: its notices (instructions set aside, partial coverage) are
 * kept. Unverified: pass the result to `verifyAnswer`.
 *
 * @example
 * ```ts
 * const answer = answerScenario(dossier, retrieval, answerExtractive(dossier, q, id, { retrieval }))
 * answer?.scenario?.groups[0] // { party: 'ostland', kind: 'warning', segments: [1] }
 * ```
 */
export function answerScenario(
  dossier: Dossier,
  retrieval: Retrieval,
  plain: Answer
): Answer | undefined {
  if (plain.coverage === 'not_in_corpus' || !isScenarioQuestion(retrieval.question.text)) {
    return undefined
  }
  const picked: Picked[] = []
  const seen = new Set<string>()
  const consider = (s: ScoredSentence, score: number, stakesOnly: boolean) => {
    const span = s.passage.sentences[s.sentence]
    const key = `${s.passage.id}#${s.sentence}`
    if (!span || s.passage.kind !== 'paragraph' || seen.has(key)) return
    const text = s.passage.text.slice(span.start, span.end)
    const cue = CONSEQUENCE.exec(text)
    const holder = stanceHolder(dossier, s.passage.id, span.start, span.end)
    const kind = KINDS.find(([, re]) => re.test(text))?.[0] ?? 'report'
    if (!cue || (stakesOnly && !STAKES_KINDS.has(kind))) return
    seen.add(key)
    // Whose stance it is, the overview has read; otherwise who acts at the consequence word.
    const actors = actorsAt(text, partyMentions(dossier, text), cue.index)
    picked.push({ s, score, text, party: holder ?? actors[0] ?? null, kind })
  }
  const top = retrieval.passages.slice(0, PASSAGES_READ)
  for (const { sentences } of top) {
    for (const s of sentences) if (s.score > 0) consider(s, s.score, false)
  }
  // A poll's figure or an analyst's warning often sits in the paragraph after the one that
  // names the subject ("Over half of those asked reject the plan"): read the neighbours too, for
  // those kinds only, at half the score.
  for (const { passage, score } of top) {
    const at = dossier.positions.get(passage.id) ?? -1
    for (const next of [dossier.passages[at - 1], dossier.passages[at + 1]]) {
      if (!next || next.documentId !== passage.documentId) continue
      next.sentences.forEach((_, sentence) => {
        consider({ passage: next, sentence, score: 0, matches: [] }, score / 2, true)
      })
    }
  }
  if (picked.length === 0) return undefined
  const kept = picked.sort((a, b) => b.score - a.score).slice(0, MAX_QUOTES)
  const partyOrder = dossier.overview.parties.map((p) => p.id)
  const rank = (party: string | null) => (party === null ? 1e6 : partyOrder.indexOf(party))
  const kindOrder = ScenarioKindSchema.options
  const nameOf = (party: string | null) =>
    dossier.overview.parties.find((p) => p.id === party)?.name ?? null
  kept.sort(
    (a, b) =>
      rank(a.party) - rank(b.party) ||
      kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
      a.s.passage.index - b.s.passage.index
  )
  const notices = plain.segments.filter((s) => s.kind === 'notice' && !isConflictNotice(s.text))
  const segments: Segment[] = [
    ...notices,
    { text: NOTICES.scenario, kind: 'notice', citations: [], labels: [] },
  ]
  const groups: Scenario['groups'] = []
  for (const { s, text, party, kind } of kept) {
    const span = s.passage.sentences[s.sentence] as { start: number; end: number }
    let group = groups.at(-1)
    if (!group || group.party !== party || group.kind !== kind) {
      group = { party, partyName: nameOf(party), kind, segments: [] }
      groups.push(group)
    }
    group.segments.push(segments.length)
    segments.push({
      text,
      kind: 'quote',
      citations: [{ passageId: s.passage.id, quote: text, start: span.start, end: span.end }],
      labels: [s.passage.status],
    })
  }
  return { ...plain, segments, scenario: { groups } }
}
