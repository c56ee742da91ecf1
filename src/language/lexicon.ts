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
  /** Denial verbs that report a denial whatever their object ("deny"). */
  denyAny: Set<string>
  /** Nouns naming a statement, so "rejected claims that …" reports a denial. */
  statementNouns: Set<string>
  /** Verbs that report words only when they quote them ("called it “a trap”"). */
  namingVerbs: Set<string>
  /** Distancing verbs that also have a plain sense ("the war claims lives"). */
  ambiguousDistancing: Set<string>
  /** Subjects that are hearsay, not a source ("reports in the capital say"). */
  hearsay: Set<string>
  /** Transcript labels of the interviewer, who asks rather than asserts ("Q"). */
  interviewers: Set<string>
  /** Pronouns that, in a transcript's turn, stand for its speaker. */
  firstPerson: Set<string>
  /** Pronouns that may close a source's phrase after a preposition ("people close to him"). */
  objectPronouns: Set<string>
  /** Words that make the clause after them a thing talked about ("what officials said"). */
  freeRelatives: Set<string>
  sourceNouns: Set<string>
  /** Sources news copy leaves unnamed ("the official"), never one a summary names. */
  anonymousSources: Set<string>
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
  /** Verbs that judge ("regard it as …"): the judgement's sentiment says backing or objection. */
  evaluation: Set<string>
  /** Adverbs of excess ("too vague"): a judgement against, whatever the adjective. */
  excess: Set<string>
  /** Lemma sequences that hold a stance word but take no stance ("condition of anonymity"). */
  notStance: string[][]
  /** Nouns whose "that" clause reports others' words ("reports that …"), not a stance. */
  hearsayNouns: Set<string>
  /** Nouns that are an offer when a party owns them ("the capital's proposal"). */
  ownedOffers: Set<string>
  /** Modals of ability: after a reported word ("said it could accept"), an offer. */
  capability: Set<string>
  /** Verbs linking a subject to its state ("remains ready"): a cue's "be" matches any of them. */
  copulas: Set<string>
  /** Nouns by which a text names itself ("this article"): the writer, not a source. */
  ownText: Set<string>
  /** Conjunctions that open what may happen ("if monitors confirm"): no one has said it yet. */
  hypothetical: Set<string>
  /** Country adjectives no regular ending gives ("Swiss"), with the country's English name. */
  demonyms: Map<string, string>
  /** Other English names of a country ("Britain"), with its two-letter region code. */
  countryNames: Map<string, string>
  /** Capital cities, which news copy names for the government seated there ("Paris said"). */
  capitals: Map<string, string>
  /** Verbs of a relative clause that make a person a party's ("who leads Novakia's team"). */
  leading: Set<string>
  /** The verbs of `leading` that say who heads it ("led", "heads"), not who speaks for it. */
  heading: Set<string>
  /** What a party sends to talks and someone leads ("delegation", "team"). */
  delegations: Set<string>
  /** Modals of obligation, as lemma sequences: after a reported word, a demand. */
  obligation: string[][]
  /** Stance words that are stances as nouns too ("that demand"). */
  stanceNouns: Set<string>
  /** Words of a person's title ("foreign minister", "chief negotiator"), lowercased. */
  personTitles: Set<string>
  /** Roles a party takes in talks by the lemmas that give them: `host`, `mediator`. */
  partyRoles: Record<string, string[]>
  pronouns: Set<string>
  notSources: Set<string>
  /** Words that open a photo credit ("Photo:", "Credit:"). */
  credit: string[]
  /** Agencies that close one ("/AFP", "(Reuters)"). */
  captionAgencies: string[]
  /** Words that open a byline or a reporting credit ("By", "Reporting by"). */
  bylines: string[]
  /** Verbs that name what the speaker calls a thing ("X called it a trap"): X is the speaker. */
  characterising: Set<string>
  /** Verbs that lay blame ("X blamed Y for Z"): what follows is X's accusation, not a fact. */
  blaming: Set<string>
  /** Verbs of losing or lacking ("lost power"), which say what "without power" says. */
  privation: string[][]
  /** The checker's stance families: cues for and against, as lemma (or form) sequences. */
  polarity: Record<string, { plus: string[][]; minus: string[][] }>
  /** Polarity cue words that count only inflected ("backed", not "pulled back"). */
  polarityInflectedOnly: Set<string>
  /** Words news copy uses for one another ("households", "homes"), each group one meaning. */
  paraphrases: string[][]
  /** Verbs of keeping a statement back: "declined to say" reports who declined. */
  withholding: Set<string>
  /** What a source declines to do that still makes it the source: "declined to discuss it". */
  withheldSpeech: Set<string>
  /** Cyrillic (uk, ru) stems of negotiation news words → the English the dossier uses. */
  cyrillicWords: Map<string, string>
  /** Scenario answers' words of consequence, and the words that make a quote's kind. */
  scenario: { consequence: string[]; kinds: Record<string, string[]> }
}

function compile(): Lexicon {
  const reporting = new Map<string, ReportKind>()
  // Later kinds win: "claim" is distancing even if a list of saying verbs also has it.
  for (const kind of ['say', 'find', 'deny', 'distance'] as const) {
    for (const lemma of data.reporting[kind]) reporting.set(lemma, kind)
  }
  return {
    reporting,
    denyAny: new Set(data.denyAny),
    statementNouns: new Set(data.statementNouns),
    namingVerbs: new Set(data.namingVerbs),
    ambiguousDistancing: new Set(data.ambiguousDistancing),
    hearsay: new Set(data.hearsay),
    interviewers: new Set(data.interviewers),
    firstPerson: new Set(data.firstPerson),
    objectPronouns: new Set(data.objectPronouns),
    freeRelatives: new Set(data.freeRelatives),
    sourceNouns: new Set(data.sourceNouns),
    anonymousSources: new Set(data.anonymousSources),
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
    notStance: data.notStance.phrases.map((p) => p.split(' ')),
    hearsayNouns: new Set(data.hearsayNouns.nouns),
    personTitles: new Set(data.personTitles.words),
    ownedOffers: new Set(data.ownedOffers.nouns),
    capability: new Set(data.capability.modals),
    copulas: new Set(data.copulas.verbs),
    ownText: new Set(data.ownText.nouns),
    hypothetical: new Set(data.hypothetical.words),
    demonyms: new Map(Object.entries(data.demonyms.adjectives)),
    countryNames: new Map(Object.entries(data.demonyms.otherNames)),
    capitals: new Map(Object.entries(data.demonyms.capitals)),
    leading: new Set([...data.leading.verbs, ...data.leading.speaking]),
    heading: new Set(data.leading.verbs),
    delegations: new Set(data.leading.groups),
    stanceNouns: new Set(data.stanceNouns.nouns),
    obligation: data.obligation.modals.map((m) => m.split(' ')),
    partyRoles: Object.fromEntries(
      Object.entries(data.partyRoles).filter(([role]) => !role.startsWith('$'))
    ) as Record<string, string[]>,
    pronouns: new Set(data.pronouns),
    notSources: new Set(data.notSources),
    credit: data.credit,
    captionAgencies: data.captionAgencies,
    bylines: data.bylines,
    characterising: new Set(data.characterising),
    blaming: new Set(data.blaming),
    polarityInflectedOnly: new Set(data.polarityInflectedOnly.words),
    privation: data.privation.cues.map((cue) => cue.split(' ')),
    polarity: Object.fromEntries(
      Object.entries(data.polarity)
        .filter(([family]) => !family.startsWith('$'))
        .map(([family, sides]) => {
          const { plus, minus } = sides as { plus: string[]; minus: string[] }
          const split = (cues: string[]) => cues.map((cue) => cue.split(' '))
          return [family, { plus: split(plus), minus: split(minus) }]
        })
    ),
    paraphrases: data.paraphrases,
    withholding: new Set(data.withholding),
    withheldSpeech: new Set(data.withheldSpeech),
    cyrillicWords: new Map(
      Object.entries(data.cyrillicWords).filter((e): e is [string, string] => !e[0].startsWith('$'))
    ),
    scenario: data.scenario,
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

/**
 * A lexicon phrase as a pattern source: its words as written, case aside, where a `*` stands for
 * one or two words ("subject of * debate": "subject of fierce debate", "subject of much public
 * debate").
 *
 * @example
 * ```ts
 * new RegExp(phrasePattern('subject of * debate'), 'iu').test('the subject of fierce debate') // true
 * ```
 */
export function phrasePattern(phrase: string): string {
  return phrase
    .split(' ')
    .map((word) => (word === '*' ? "(?:[\\p{L}’'-]+ ){1,2}" : `${escapeRe(word)} `))
    .join('')
    .trimEnd()
}
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
