/**
 * @module check/reading
 * A light reading of one sentence, cheap enough to run on every summary sentence in the worker
 * (the build's wink-nlp analysis is not bundled): who it says is speaking, whether it reports a
 * denial, which words it negates, and how a transcript's answer replies to the question before
 * it; whether a claim speaks of a loss; and how far one of the lexicon's cues reaches from a word
 * (`cueLength`), for the checker's stances. Verbs are matched by their forms, compiled once from
 * the language step's general lexicon: the worker does not load the NLP model.
 */
import { cueSpan } from '../language/cues.ts'
import { kept } from '../language/kept.ts'
import { LEXICON, phrasePattern, type ReportKind } from '../language/lexicon.ts'
import { VOCABULARY } from '../provenance/conflicts/vocabulary.ts'

/** Who a sentence says is speaking, as written. */
export interface Speaker {
  text: string
  /** A proper name ("Novak", "the Harbour Board"), not a description ("the mayor", "officials"). */
  named: boolean
}

/** Irregular forms of the lexicon's verbs (reporting verbs, and the words cues are written with). */
const IRREGULAR: Record<string, string> = {
  said: 'say',
  says: 'say',
  told: 'tell',
  wrote: 'write',
  written: 'write',
  found: 'find',
  shown: 'show',
  put: 'put',
  lost: 'lose',
  left: 'leave',
  went: 'go',
  gone: 'go',
  ran: 'run',
  is: 'be',
  are: 'be',
  was: 'be',
  were: 'be',
  been: 'be',
  being: 'be',
  am: 'be',
  stood: 'stand',
  began: 'begin',
  begun: 'begin',
  broke: 'break',
  broken: 'break',
  got: 'get',
  gotten: 'get',
  sat: 'sit',
  met: 'meet',
}

/**
 * Every form of the lexicon's verbs, to the verb, compiled once: a word is looked up, not
 * lemmatised, because the checker reads every word of every candidate sentence.
 */
function compileForms(lemmas: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>()
  const all = new Set(lemmas)
  for (const lemma of all) {
    const stem = lemma.replace(/e$/, '')
    const y = lemma.replace(/y$/, 'i')
    for (const form of [
      lemma,
      `${lemma}s`,
      `${lemma}es`,
      `${lemma}d`,
      `${lemma}ed`,
      `${stem}ing`,
      `${stem}ed`,
      `${y}es`,
      `${y}ed`,
      `${lemma}${lemma.at(-1)}ed`,
      `${lemma}${lemma.at(-1)}ing`,
    ]) {
      if (!out.has(form)) out.set(form, lemma)
    }
  }
  for (const [form, lemma] of Object.entries(IRREGULAR)) if (all.has(lemma)) out.set(form, lemma)
  return out
}

const REPORTING_FORMS = compileForms(LEXICON.reporting.keys())
const CHARACTERISING_FORMS = compileForms(LEXICON.characterising)
const BLAMING_FORMS = compileForms(LEXICON.blaming)
const REFUSAL_FORMS = compileForms(LEXICON.stance.refusal.flatMap((cue) => cue.slice(0, 1)))

/** The lexicon's verb `word` is a form of, if any, by the forms `forms` compiles. */
const verbOf = (forms: Map<string, string>, word: string) => forms.get(word.toLowerCase())

/** Does `text` characterise something with a naming verb ("described it as", "called it")? */
export const characterises = (text: string) =>
  (text.match(WORD) ?? []).some((w) => verbOf(CHARACTERISING_FORMS, w) !== undefined)

/** The kind of reporting verb `word` is, if it is one. */
export function reportKind(word: string): ReportKind | undefined {
  const lemma = verbOf(REPORTING_FORMS, word)
  return lemma === undefined ? undefined : LEXICON.reporting.get(lemma)
}

/**
 * Is `word` a verb with a speaker as its subject: reporting ("said") or naming ("called")?
 *
 * @example
 * ```ts
 * speaks('confirmed') // true
 * ```
 */
export function speaks(word: string): boolean {
  return reportKind(word) !== undefined || verbOf(CHARACTERISING_FORMS, word) !== undefined
}

const WORD = /[\p{L}’'-]+/gu
/** Words a speaker's phrase may hold besides capitalised ones. */
const SPEAKER_FILLER = /^(?:the|a|an|of|for|and|’s|'s|[\p{Ll}]+)$/u
const PRONOUN = /^(?:he|she|they|it|we|i)$/i

/**
 * Who `text` says speaks: "X said …", "…, X said", "…, said X", "According to X, …", "By X's
 * count, …". Undefined when the sentence names no one saying it.
 *
 * @example
 * ```ts
 * speakerOf('Novak said the talks would resume.') // { text: 'Novak', named: true }
 * speakerOf('The talks will resume, the board said.') // { text: 'the board', named: false }
 * ```
 */
export function speakerOf(text: string): Speaker | undefined {
  const according = /\baccording to\s+([^,.;]+)/i.exec(text)?.[1]
  if (according) return speaker(according)
  const count = /\bby\s+([^,]+?)[’']s? (?:count|estimate|account|tally),/i.exec(text)?.[1]
  if (count) return speaker(count)
  const words = [...text.matchAll(WORD)]
  // "X said …": the first reporting verb within the sentence's first words, X before it.
  // A capitalised word past the first is a name, not a verb: "the Harbour Notes called it …".
  const first = words.findIndex((w, i) => i > 0 && i < 8 && speaks(w[0]) && !/^\p{Lu}/u.test(w[0]))
  // "an estimated $5 billion" is an adjective, not a speaker's verb.
  if (first > 0 && !/^(?:a|an|the)$/i.test(words[first - 1]?.[0] ?? '')) {
    const verb = words[first]
    // After a comma the verb opens an inverted attribution (", said Novak"), read below.
    // A phrase set off before the subject ("In a short statement, Novak called it …") is not
    // the speaker: the words after its comma are, when the verb is one of saying or naming. A
    // verb of finding or denying after such a phrase ("On Tuesday, Novak rejected the plan")
    // has a subject that acts, which the claim's content must hold.
    const before = text.slice(0, verb?.index).trim()
    const subject = before.split(',').at(-1)?.trim() ?? ''
    const word = verb?.[0] ?? ''
    const saying = reportKind(word) === 'say' || verbOf(CHARACTERISING_FORMS, word) !== undefined
    if (subject && !/[;:“"]/.test(before) && (!before.includes(',') || saying))
      return speaker(subject)
  }
  // "…, X said." or "…, said X."
  const tail = /,\s*([^,]+?)\s+(\p{L}+)\s*[.!]?["”]?\s*$/u.exec(text)
  if (tail?.[1] && tail[2] && speaks(tail[2])) return speaker(tail[1])
  const inverted = /,\s*(\p{L}+)\s+([^,]+?)\s*[.!]?\s*$/u.exec(text)
  if (inverted?.[1] && inverted[2] && speaks(inverted[1])) return speaker(inverted[2])
  return undefined
}

function speaker(phrase: string): Speaker | undefined {
  const text = phrase.trim().replace(/^(?:the|a|an)\s+/i, (m) => m)
  const last = text.split(/\s+/).at(-1) ?? ''
  if (!text || PRONOUN.test(text)) return undefined
  const named = /^\p{Lu}/u.test(last) && !SPEAKER_FILLER.test(last)
  return { text, named }
}

/** A person's name of two or more capitalised words, then the verb it is the subject of. */
const NAMED_SUBJECT =
  /(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)+)(?:,[^,]{1,60},)?\s+(?:has\s+|had\s+|have\s+)?(\p{Ll}+)/gu

/**
 * The persons `text` says speak in it, by name: "Ana Novak said", "Ana Novak, the mayor, has
 * called it …". What the build's attribution misses (a source in mid-sentence) is found here.
 *
 * @example
 * ```ts
 * namedSpeakersIn('The plan, which Ana Novak has called a trap, stalled.') // ['Ana Novak']
 * ```
 */
export function namedSpeakersIn(text: string): string[] {
  return [...text.matchAll(NAMED_SUBJECT)].flatMap((m) =>
    m[1] && m[2] && speaks(m[2]) ? [m[1]] : []
  )
}

/** Hedges from the lexicon, as one pattern. */
const HEDGES = new RegExp(`\\b(?:${LEXICON.hedges.map(phrasePattern).join('|')})\\b`, 'iu')

/**
 * Does `text` give its content as someone's accusation or an unconfirmed claim: a verb of blame
 * or of distance ("blamed", "alleged", "claimed"), a hedge ("reportedly"), or reports as its
 * source ("Reports in the capital say …")? Such a sentence never supports the content as fact.
 *
 * @example
 * ```ts
 * isAllegation('The union blamed the storm for the outage.') // true
 * ```
 */
export function isAllegation(text: string): boolean {
  if (
    HEDGES.test(text) ||
    /^\W*(?:[^:]{1,60}:\s*)?(?:unconfirmed |media )?(?:reports|rumou?rs)\b/iu.test(text)
  )
    return true
  // "X rejected claims that …" reports a denial: the claims are what is denied.
  if (isDenial(text)) return false
  return [...text.matchAll(WORD)].some(
    (m) => reportKind(m[0]) === 'distance' || verbOf(BLAMING_FORMS, m[0]) !== undefined
  )
}

/** What is said, as the object of a verb that then denies it ("rejected reports that …"). */
const DENIED = new Set([
  ...LEXICON.distancingNouns,
  'report',
  'reports',
  'suggestion',
  'suggestions',
  'assertion',
  'assertions',
  'story',
  'stories',
  'speculation',
])

/** Words that make a sentence a denial, besides the lexicon's verbs of denial. */
const DENIAL_PHRASES =
  /\b(?:no such|no truth (?:in|to)|(?:is|are|was|were) (?:simply |completely |entirely )?(?:untrue|false|not true|baseless|fabricated))\b/i
/**
 * "called the claim that … “nonsense”", "called reports that … ‘fiction’", "described the
 * claims as nonsense": a report of what is said, named untrue by the lexicon's words for it.
 */
const CALLED_UNTRUE = new RegExp(
  `\\b(?:call|describ|brand|label|dub)\\w*\\s+(?:\\S+\\s+){0,3}?(?:${[...VOCABULARY.deniedNouns].join('|')})\\b[^.;]{0,160}?[“"‘']?\\b(?:${[...VOCABULARY.untrue, 'fiction', 'invention', 'invented', 'fantasy'].join('|')})\\b`,
  'i'
)
const NEGATOR =
  /^(?:not|n[’']t|no|never|without|cannot|can[’']t|won[’']t|didn[’']t|doesn[’']t|don[’']t|isn[’']t|aren[’']t|wasn[’']t|weren[’']t|wouldn[’']t|couldn[’']t|hasn[’']t|haven[’']t|hadn[’']t)$/i

/**
 * Does `word` negate: the lexicon's negations ("not", "no", "without", "nobody"), "cannot", or any
 * contraction in n't? One test for the stance reader, the negation reader and the support test.
 *
 * @example
 * ```ts
 * isNegator("Shouldn't") // true
 * ```
 */
export function isNegator(word: string): boolean {
  const w = word.toLowerCase()
  return LEXICON.negation.has(w) || /n[’']t$/.test(w) || w === 'cannot'
}

/**
 * Does `text` report a denial: a verb of denial not itself negated ("officials denied reports
 * that …", not "it has not denied that …"), or "there is no such …", "… is untrue"?
 *
 * @example
 * ```ts
 * isDenial('The board denied that talks were held.') // true
 * isDenial('The board confirmed that talks were held.') // false
 * ```
 */
export function isDenial(text: string): boolean {
  if (DENIAL_PHRASES.test(text) || CALLED_UNTRUE.test(text)) return true
  const words = [...text.matchAll(WORD)].map((m) => m[0])
  return words.some((w, i) => {
    if (reportKind(w) !== 'deny') return false
    if (words.slice(Math.max(0, i - 3), i).some((b) => NEGATOR.test(b) || LEXICON.negation.has(b)))
      return false
    // "deny" always reports a denial; "reject" or "dismiss" only with what is said as its object
    // ("rejected claims that …"), not a proposal ("would reject a deal").
    if (verbOf(REPORTING_FORMS, w) === 'deny') return true
    // "dismissed as “pure invention” reports that …": what it is dismissed as comes first.
    const reach = words[i + 1]?.toLowerCase() === 'as' ? 8 : 4
    return words.slice(i + 1, i + reach).some((o) => DENIED.has(o.toLowerCase()))
  })
}

/** Words skipped between a negation and the word it negates ("not yet been signed"). */
const BETWEEN =
  /^(?:be|been|being|is|are|was|were|have|has|had|yet|ever|always|also|even|such|any|a|an|the|to|able|going|so|far|currently|immediately|do|does|did|will|would|could|should|can|might|must)$/i

/** "no less than", "no later than": a bound, not a negation. */
const COMPARATIVES = new Set(['less', 'more', 'fewer', 'later', 'earlier', 'sooner', 'longer'])

/**
 * The words `text` negates, as lowercased words: the word after a negation ("would not send" →
 * "send", "no such plans" → "plans") or after a verb of refusal ("ruled out sending" →
 * "sending").
 *
 * @example
 * ```ts
 * negatedWords('Germany would not send troops.') // ['send']
 * ```
 */
export function negatedWords(text: string): string[] {
  return negations(text).map((n) => n.word)
}

/**
 * The words `text` negates only by a verb of refusal ("dismissed the idea" → "idea"), not by a
 * negation: what a summary says someone refused, which a sentence that merely names the thing
 * ("described the idea as …") does not state the other way.
 *
 * @example
 * ```ts
 * refusedWords('She dismissed the idea.') // ['idea']
 * ```
 */
export function refusedWords(text: string): string[] {
  const all = negations(text)
  return all
    .filter((n) => n.refusal && !all.some((o) => !o.refusal && o.word === n.word))
    .map((n) => n.word)
}

function negations(text: string): { word: string; refusal: boolean }[] {
  const words = [...text.matchAll(WORD)].map((m) => m[0].toLowerCase())
  const out: { word: string; refusal: boolean }[] = []
  const refusal = LEXICON.stance.refusal
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? ''
    let next = -1
    let refused = false
    // "no less than three weeks" is at least three weeks: a bound, no negation.
    const bound = COMPARATIVES.has(words[i + 1] ?? '') && words[i + 2] === 'than'
    if (isNegator(w) && !bound) next = i + 1
    for (const cue of refusal) {
      const lemmaMatch = cue.every((part, k) =>
        k === 0 ? verbOf(REFUSAL_FORMS, words[i] ?? '') === part : words[i + k] === part
      )
      if (lemmaMatch) {
        next = i + cue.length
        refused = true
      }
    }
    if (next < 0) continue
    while (next < words.length && BETWEEN.test(words[next] ?? '')) next++
    const target = words[next]
    if (target) out.push({ word: target, refusal: refused })
  }
  return out
}

/** A negative subject: "no troops", "nobody", "neither side". */
const NEGATIVE_SUBJECT = new Set(['no', 'nobody', 'nothing', 'none', 'neither'])

/** Auxiliaries and modals that open the predicate a negative subject negates. */
// biome-ignore format: a word list reads better packed
const PREDICATE_OPENERS = new Set(['will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'is', 'are', 'was', 'were', 'has', 'have', 'had'])

/**
 * The words a negative subject negates: its whole predicate, to the end of its clause ("no U.S.
 * ground troops would take part in the deployment" → "take", "part", "in", "the",
 * "deployment"). A claim that states that predicate without a negation is not stated there.
 *
 * @example
 * ```ts
 * predicateNegated('No ferries will sail to Vardby this week.') // ['sail', 'to', 'vardby', …]
 * ```
 */
export function predicateNegated(text: string): string[] {
  const out: string[] = []
  for (const clause of text.toLowerCase().split(/[,;:!?—–]|\s(?:but|and|while)\s/)) {
    const words = clause.match(/[\p{L}\p{N}’'-]+/gu) ?? []
    const at = words.findIndex((w) => NEGATIVE_SUBJECT.has(w))
    if (at < 0) continue
    const opener = words.findIndex((w, k) => k > at && k <= at + 6 && PREDICATE_OPENERS.has(w))
    if (opener < 0) continue
    out.push(...words.slice(opener + 1))
  }
  return out
}

/**
 * How a transcript's answer replies to the question before it: "yes", "no", or undefined when
 * it does neither plainly. A speaker's label ("NOVAK:") is skipped.
 *
 * @example
 * ```ts
 * answerOf('NOVAK: No, there are no such plans.') // 'no'
 * ```
 */
export function answerOf(text: string): 'yes' | 'no' | undefined {
  const body = text.replace(/^\s*(?:[A-Z]\.?\s*)?[\p{Lu}][\p{L}.’' -]{0,40}:\s*/u, '')
  if (/^(?:yes|yeah|of course|certainly|indeed|i can confirm)\b/i.test(body)) return 'yes'
  if (/^(?:no\b|not\b|never\b|none\b|there (?:is|are|was|were|will be) no\b)/i.test(body))
    return 'no'
  return undefined
}

/** A question asserts nothing: "Q: Is a meeting planned?", "Would the union accept it?". */
export function isQuestion(text: string): boolean {
  return /\?["”’]?\s*$/.test(text.trim())
}

/**
 * The words `evidence` negates, but for a claim of losing or lacking ("lost power", "a month
 * free of attacks"): there a "without" in the evidence ("left without power") says the same.
 *
 * @example
 * ```ts
 * negatedAgainst('Homes lost power.', 'Homes were left without power.') // []
 * negatedAgainst('Homes had power.', 'Homes were left without power.') // ['power']
 * ```
 */
export function negatedAgainst(claim: string, evidence: string): string[] {
  if (!isPrivation(claim)) return negatedWords(evidence)
  return negatedWords(evidence.replace(/\bwithout\b/gi, 'with'))
}

/** Does `text` say something was lost or lacking ("lost power", "free of attacks")? */
const isPrivation = kept((text: string) => {
  const words = wordsIn(text)
  return words.some((_, i) => PRIVATION.some((cue) => cueLength(words, i, cue) > 0))
}, 5_000)
const PRIVATION = LEXICON.privation

/**
 * The event classes that bound an event, as cues: its start ("open", "get under way") and its
 * end ("wrap up"), from the conflict rules' vocabulary, so both steps read them alike.
 */
export const PHASES: Readonly<Record<'start' | 'end', string[][]>> = (() => {
  const of = (kind: string) =>
    [...VOCABULARY.eventClass].filter(([, c]) => c === kind).map(([lemma]) => lemma.split(' '))
  return { start: of('opening'), end: of('closing') }
})()

/** Every form of every word the lexicon's cues are written with, to the word. */
const CUE_FORMS = (() => {
  const cues = [
    ...LEXICON.privation,
    ...Object.values(LEXICON.polarity).flatMap(({ plus, minus }) => [...plus, ...minus]),
    ...Object.values(PHASES).flat(),
  ]
  return compileForms([...new Set([...cues.flat(), ...LEXICON.copulas])])
})()

/** The cue word `word` is a form of ("offered" → "offer"), if any. */
export const lemmaOf = (word: string) => CUE_FORMS.get(word)

/** A text's words, lower case, as the light readers match cues on them. */
export const wordsIn = (text: string) =>
  (text.toLowerCase().match(/[\p{L}’'-]+/gu) ?? [])
    // A closing quote is no part of its word ("had ‘finalised’"); "didn't" keeps its own.
    .map((w) => w.replace(/^['’-]+|['’-]+$/g, ''))
    .filter((w) => w.length > 0)

/**
 * How many words from `i` the lexicon cue `cue` covers, or 0: each cue word matches any of its
 * forms ("offered to" for "offer to"), "be" any copula's ("remains ready to"), and a `*` up to
 * two words. Words written as forms ("signed") match only themselves and their own forms.
 * The request-time twin of the language step's lemma matching, which needs the NLP model.
 *
 * @example
 * ```ts
 * cueLength(['has', 'offered', 'to', 'host'], 1, ['offer', 'to']) // 2
 * ```
 */
export function cueLength(words: readonly string[], i: number, cue: readonly string[]): number {
  return cueSpan(words, i, cue, (word, c) => {
    if (word === undefined) return false
    if (word === c) return true
    const lemma = CUE_FORMS.get(word)
    return c === 'be' ? lemma !== undefined && LEXICON.copulas.has(lemma) : lemma === c
  })
}
