/**
 * @module language/lexicon
 * The general lexicons of news English the language step reads: reporting verbs by lemma (plain
 * saying, findings, distancing, denial), the nouns that name a source, impersonal attributions,
 * hedges, critics, negation and the verbs of a party's stance. They are data
 * (`lexicon.json`) so a newsroom can read and extend them; no entry belongs to one article.
 */
import data from './lexicon.json' with { type: 'json' }

/** How a reporting verb presents what follows. */
export type ReportKind = 'say' | 'find' | 'distance' | 'deny'

/** Kinds of stance cue: the four kinds of position, and backing or objecting to a plan. */
export const STANCE_KINDS = [
  'condition',
  'refusal',
  'demand',
  'offer',
  'support',
  'objection',
] as const
export type StanceKind = (typeof STANCE_KINDS)[number]

/** The lexicon, compiled to sets and matchers once. */
export interface Lexicon {
  reporting: Map<string, ReportKind>
  sourceNouns: Set<string>
  impersonal: string[]
  hedges: string[]
  distancingNouns: Set<string>
  /** Nouns that make any sentence naming them an allegation ("fraud allegations"). */
  alwaysDistancing: Set<string>
  /** Verbs whose passive with "by X" names X as the source ("welcomed … by the agency"). */
  passiveBy: Set<string>
  /** Reporting phrases of several words, as lemmas ("make it clear"). */
  phrasal: string[][]
  critics: Set<string>
  negation: Set<string>
  /** Stance cues by kind, each a lemma sequence ("push for" → ['push', 'for']). */
  stance: Record<StanceKind, string[][]>
  /** Verbs that judge ("view them as …"): the judgement's sentiment says backing or objection. */
  evaluation: Set<string>
  /** Adverbs of excess ("overly broad"): a judgement against, whatever the adjective. */
  excess: Set<string>
  pronouns: Set<string>
  notSources: Set<string>
  /** Words that open a photo credit ("Photo:", "Credit:"). */
  credit: string[]
  /** Agencies that close one ("/AFP", "(Reuters)"). */
  captionAgencies: string[]
}

function compile(): Lexicon {
  const reporting = new Map<string, ReportKind>()
  // Later kinds win: "claim" is distancing even if a list of saying verbs also has it.
  for (const kind of ['say', 'find', 'deny', 'distance'] as const) {
    for (const lemma of data.reporting[kind]) reporting.set(lemma, kind)
  }
  return {
    reporting,
    sourceNouns: new Set(data.sourceNouns),
    impersonal: data.impersonal,
    hedges: data.hedges,
    distancingNouns: new Set(data.distancingNouns),
    alwaysDistancing: new Set(data.alwaysDistancing),
    passiveBy: new Set(data.passiveBy),
    phrasal: data.phrasal.map((p) => p.split(' ')),
    critics: new Set(data.critics),
    negation: new Set(data.negation),
    stance: Object.fromEntries(
      STANCE_KINDS.map((kind) => [kind, data.stance[kind].map((cue) => cue.split(' '))])
    ) as Record<StanceKind, string[][]>,
    evaluation: new Set(data.stance.evaluation),
    excess: new Set(data.stance.excess),
    pronouns: new Set(data.pronouns),
    notSources: new Set(data.notSources),
    credit: data.credit,
    captionAgencies: data.captionAgencies,
  }
}

/** The one compiled lexicon. */
export const LEXICON: Lexicon = compile()

/**
 * Words that name a subject whatever their case or place in a question: countries and their
 * peoples, and titles that stand for one person.
 *
 * @example
 * ```ts
 * READER_NAMES.has('belarus') // true
 * ```
 */
export const READER_NAMES: ReadonlySet<string> = new Set([
  ...data.readerNames.places,
  ...data.readerNames.personTitles,
])
