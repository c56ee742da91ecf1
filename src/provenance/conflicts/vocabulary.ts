/**
 * @module provenance/conflicts/vocabulary
 * The general vocabulary the conflict rules read, compiled once from `lexicon.json`'s
 * `conflicts` entry: event classes by lemma, light and scheduling verbs, nouns that count
 * people, time units, words that make a figure approximate, number words, the words of
 * accusations, denials and correction notes, and the heads of office titles.
 */
import data from '../../language/lexicon.json' with { type: 'json' }

const words = data.conflicts

/** How a word before a figure widens it: "about 40", "nearly 40", "more than 40", "up to 40". */
export type Approximation = 'around' | 'below' | 'above' | 'justAbove' | 'atMost'

/** The conflict rules' vocabulary, as sets and maps. */
export interface ConflictVocabulary {
  /** Lemma (or phrase of lemmas) → its event class: "swap" and "exchange" → "exchange". */
  eventClass: Map<string, string>
  /** Nouns that are events only as nouns: "a call" is a meeting, the verb "call" is not. */
  nounEventClass: Map<string, string>
  /**
   * Classes of events that happen once and can be dated: an opening, a meeting, a swap. Attacks
   * and outages recur night after night, so two dates of them are two events.
   */
  datedEventClasses: Set<string>
  /**
   * Classes of events that recur, so are dated only by what they hit: a strike on one named
   * plant a day apart in two reports is one strike; strikes "on Velmora" are many.
   */
  targetedEventClasses: Set<string>
  /** Classes of events a story tells once: two weekdays for one in one story is a slip. */
  onceInStory: Set<string>
  /** Words that count events of a kind ("again", "second"): two of them, not one. */
  eventCounters: Set<string>
  /** Verbs that make an event another of its kind: talks "resume", ministers "reconvene". */
  repeatVerbs: Set<string>
  lightVerbs: Set<string>
  scheduling: Set<string>
  /** Verbs that carry an event named by their subject: "the vote was held", "happened". */
  eventCarriers: Set<string>
  /**
   * Nouns that count people alike ("290 people", "some 300 prisoners"); children and civilians
   * are counted apart from them.
   */
  peopleNouns: Set<string>
  /** Event class → the class its counts are one with: "return" → "exchange". */
  countedAlike: Map<string, string>
  /** People counted apart from people at large: "civilian", "child". */
  countedApart: Set<string>
  /** Nouns that count people by what befell them → the event class: "27 wounded" → injury. */
  casualtyNouns: Map<string, string>
  /** People counted by their role ("12 inspectors"): a measure of its own, or of "people". */
  peopleRoles: Set<string>
  /** Shares said in words, as percentages: "quarter" → 25, "two-thirds" → 66.7. */
  fractions: Map<string, number>
  /** Whom a poll asks: "41% of respondents", "of voters", "of those polled" are shares of all. */
  populations: Set<string>
  /** Verbs of what is planned, not done: a draft "envisages", "provides for" a figure. */
  planVerbs: Set<string>
  /** Nouns that count what follows as theirs: "the bodies of 1,000 soldiers" counts bodies. */
  countedBy: Set<string>
  /** Who takes part: "the two sides", "three delegations" name the cast, not a measure. */
  castNouns: Set<string>
  /** Nouns naming one thing, each to its group's first: "truce" → "ceasefire". */
  sameNouns: Map<string, string>
  /** What a plan is written in: "the draft sets a 12-km zone" proposes it as "foresees" does. */
  planNouns: Set<string>
  /** Verbs a duration is the length of their subject by: "the pause runs for 30 days". */
  lastingVerbs: Set<string>
  /** Units written short or spelled otherwise, to one name: "km" → "kilometre". */
  unitSpellings: Map<string, string>
  /** Those who meet: "ministers are expected in Varna" is a meeting of leaders. */
  participants: Set<string>
  timeUnits: Set<string>
  /** Verbs after which "about" names a topic: "talking about 35 people" is not a rough 35. */
  topicVerbs: Set<string>
  /** Words before a figure that make it approximate or a bound, longest first. */
  approximators: string[]
  /** Each of those words → how it widens the figure into a range. */
  approximation: Map<string, Approximation>
  numberWords: Map<string, number>
  accusationVerbs: Set<string>
  /** Verbs that complete a document: sign, finalise, ratify. */
  signingVerbs: Set<string>
  /** Words before such a verb that say it has not happened: "yet to", "refused to". */
  notYet: Set<string>
  /** Words before a verb that put it in the future or the hypothetical: "will", "to". */
  modals: Set<string>
  deniedNouns: Set<string>
  untrue: string[]
  correctionMarkers: Set<string>
  titleHeads: Set<string>
  /** Words that make a title another, lower office: "deputy minister" is not "minister". */
  rankQualifiers: Set<string>
  headSynonyms: Map<string, string>
  /** Phrases naming one office, each group's first phrase its key. */
  titleEquivalents: string[][]
  /** Weekdays and months: calendar words, never names that anchor a slot. */
  calendar: RegExp
}

function compile(): ConflictVocabulary {
  const eventClass = new Map<string, string>()
  for (const [name, lemmas] of Object.entries(words.eventClasses)) {
    for (const l of lemmas) eventClass.set(l, name)
  }
  const approximation = new Map<string, Approximation>()
  for (const [how, phrases] of Object.entries(words.approximators)) {
    if (how.startsWith('$')) continue
    for (const p of phrases as string[]) approximation.set(p, how as Approximation)
  }
  const nounEventClass = new Map<string, string>()
  for (const [name, lemmas] of Object.entries(words.nounEventClasses)) {
    for (const l of lemmas) nounEventClass.set(l, name)
  }
  const casualtyNouns = new Map<string, string>()
  for (const [name, nouns] of Object.entries(words.casualtyNouns)) {
    if (!name.startsWith('$')) for (const n of nouns as string[]) casualtyNouns.set(n, name)
  }
  const countedAlike = new Map<string, string>()
  for (const group of words.countedAlike.groups) {
    for (const c of group) countedAlike.set(c, group[0] as string)
  }
  return {
    eventClass,
    casualtyNouns,
    countedAlike,
    countedApart: new Set(words.countedApart.nouns),
    nounEventClass,
    datedEventClasses: new Set(words.datedEventClasses),
    targetedEventClasses: new Set(words.targetedEventClasses),
    onceInStory: new Set(words.onceInStory),
    eventCounters: new Set(words.eventCounters),
    repeatVerbs: new Set(words.repeatVerbs),
    lightVerbs: new Set(words.lightVerbs),
    scheduling: new Set(words.scheduling),
    eventCarriers: new Set(words.eventCarriers),
    peopleNouns: new Set(words.peopleNouns),
    peopleRoles: new Set(words.peopleRoles),
    fractions: new Map(
      Object.entries(words.fractions).filter((e): e is [string, number] => typeof e[1] === 'number')
    ),
    populations: new Set(words.populations),
    planVerbs: new Set(words.planVerbs),
    castNouns: new Set(words.castNouns),
    sameNouns: new Map(words.sameNouns.flatMap((g) => g.map((n) => [n, g[0] ?? n] as const))),
    countedBy: new Set(words.countedBy),
    planNouns: new Set(words.planNouns),
    lastingVerbs: new Set(words.lastingVerbs),
    unitSpellings: new Map(
      Object.entries(words.unitSpellings).filter(
        (e): e is [string, string] => !e[0].startsWith('$')
      )
    ),
    participants: new Set(words.participants),
    timeUnits: new Set(words.timeUnits),
    topicVerbs: new Set(words.topicVerbs),
    approximators: [...approximation.keys()].sort((a, b) => b.length - a.length),
    approximation,
    numberWords: new Map(Object.entries(words.numberWords)),
    accusationVerbs: new Set(words.accusationVerbs),
    signingVerbs: new Set(words.signingVerbs),
    notYet: new Set(words.notYet),
    modals: new Set(words.modals),
    deniedNouns: new Set(words.deniedNouns),
    untrue: words.untrue,
    correctionMarkers: new Set(words.correctionMarkers),
    titleHeads: new Set(words.titleHeads),
    rankQualifiers: new Set(words.rankQualifiers),
    headSynonyms: new Map(Object.entries(words.headSynonyms)),
    titleEquivalents: words.titleEquivalents,
    calendar:
      /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/,
  }
}

/** The vocabulary, compiled once. */
export const VOCABULARY: ConflictVocabulary = compile()
