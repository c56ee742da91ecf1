/**
 * @module provenance/conflicts/events
 * One event given two dates. A date belongs to the event its clause names: the verb just before
 * it ("resumed talks … on Monday", "opened on May 6"), the event noun it possesses
 * ("Friday's handover"), the event noun between the verb and a day ("held talks in Varna on
 * Wednesday"), or, after a verb of scheduling, the event scheduled ("the next meeting
 * is scheduled for May 20"). The date of a saying ("said on Friday") dates nothing. Dates are
 * read against each document's own date, so "Monday" in one report and "May 6" in another
 * compare as days.
 *
 * - Across documents: the same kind of event, with a name both sentences carry that is not in
 *   every other sentence of the dossier (a city, a person), or a noun both clauses give it (the
 *   "detainees" exchanged, the "detainee swap"), on two days less than a week apart.
 *   Rounds recur, and two of a kind weeks apart are two events; a report slips by a day or two.
 *   A plan in an older report counts against what a newer one says happened, unless either
 *   speaks of "the next" one or a repeat ("resume", "reconvene"), which may be another by
 *   then. "The next round" of two reports, still ahead of both, is one round, dated by itself
 *   or by its start.
 * - Within one document: one event named again by its weekday ("Sunday's session", "Friday's
 *   handover" after "handed over on Thursday"): the report's own event given two weekdays.
 */
import type { Token } from '../../language/analyse.ts'
import { countryOf, fold, namesACountry } from '../../language/countries.ts'
import { isClock } from '../../language/dates.ts'
import { type Occasion, occasionsOf, overlap } from './occasion.ts'
import {
  bodyTokens,
  bothWays,
  type Conflict,
  type ConflictSentence,
  carriers,
  clauseAround,
  daysBetween,
  eventClass,
  eventClassOf,
  isQuestion,
  meet,
  namesIn,
  type Range,
  type Rule,
  tokensIn,
  wrongPart,
} from './sentence.ts'
import { VOCABULARY } from './vocabulary.ts'

/** One dated event of a sentence. */
export interface DatedEvent {
  sentence: ConflictSentence
  /** The event's class: "opening", "meeting", "exchange". */
  kind: string
  occasion: Occasion
  /** "Saturday's session": a definite mention of an event the report already told. */
  definite: boolean
  /** The words that qualify a definite mention ("military working-group" session). */
  qualifiers: string[]
  /** The noun a definite mention names its event by ("session"). */
  head?: string
  /** The event and its date as written: "resumed talks in Lisvarna on Monday". */
  said: string
}

const dated = (kind: string | undefined) =>
  kind !== undefined &&
  (VOCABULARY.datedEventClasses.has(kind) || VOCABULARY.targetedEventClasses.has(kind))
const targeted = (kind: string) => VOCABULARY.targetedEventClasses.has(kind)

/** The event a possessive date qualifies: "Sunday's harbour-board session". */
function possessed(
  tokens: Token[],
  from: number
): { head: Token; qualifiers: string[] } | undefined {
  const run: Token[] = []
  for (const t of tokens.filter((x) => x.start >= from)) {
    if (t.pos === 'PART' || t.text === '-') continue
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ') break
    run.push(t)
  }
  const head = run.at(-1)
  if (head?.pos !== 'NOUN') return undefined
  return { head, qualifiers: run.slice(0, -1).map((t) => t.lemma) }
}

/**
 * The dated events of a sentence.
 *
 * @example
 * ```ts
 * eventsIn(sentence).map((e) => `${e.kind} ${e.occasion.start}`) // ['opening 2031-05-06']
 * ```
 */
export function eventsIn(s: ConflictSentence): DatedEvent[] {
  if (isQuestion(s)) return []
  const tokens = bodyTokens(s)
  const out: DatedEvent[] = []
  // "An earlier version said the talks were suspended on Tuesday": a date a correction
  // withdraws dates nothing (the correction rule sets it against what repeats it).
  const wrong = wrongPart(s)
  for (const o of occasionsOf(s)) {
    // "has begun at 08:00": a clock gives the hour of the report's own day, no date of its own.
    if (isClock(o.text)) continue
    if (wrong && o.index >= wrong.start && o.index < wrong.end) continue
    const end = o.index + o.text.length
    // "Friday's handover", "the May 6 handover": the date names its event directly. A date after
    // a preposition ("on Monday talks resumed") dates the clause instead.
    const possessive = /^[’']s\s/.test(s.text.slice(end))
    const attributive =
      !possessive &&
      !/^(?:on|in|at|by|for|from|since|until|before|after)\b/i.test(o.text) &&
      !/\b(?:on|in|at|by|for|from|since|until|before|after)\s*$/i.test(s.text.slice(0, o.index))
    const p = possessive || attributive ? possessed(tokens, end) : undefined
    // "Sunday's opening session": the session's opening, dated as the opening.
    const classOf = (q: string) => eventClass(q) ?? eventClass(q.replace(/ing$/, ''))
    const qualified = p?.qualifiers.map(classOf).find(dated)
    const named = p && (qualified ?? eventClassOf(p.head))
    if (p && named && dated(named)) {
      const said = s.text.slice(o.index, p.head.end)
      out.push({
        sentence: s,
        kind: named,
        occasion: o,
        definite: true,
        // The word that names the event is no qualifier of it.
        qualifiers: p.qualifiers.filter((q) => classOf(q) !== named),
        head: p.head.lemma,
        said,
      })
      continue
    }
    if (possessive) continue
    // "April 14: the next full round of talks": a date labelling a list item dates its event.
    if (/^\s*[:—–]\s/u.test(s.text.slice(end))) {
      const noun = tokens.find((t) => t.start >= end && t.pos === 'NOUN' && dated(eventClassOf(t)))
      const kind = noun && eventClassOf(noun)
      if (noun && kind) {
        const said = s.text.slice(o.index, noun.end)
        out.push({ sentence: s, kind, occasion: o, definite: false, qualifiers: [], said })
        continue
      }
    }
    const clause = clauseAround(s.text, o.index)
    const before = tokensIn(tokens, clause).filter((t) => t.end <= o.index)
    const verb = before.filter((t) => t.pos === 'VERB').at(-1)
    if (!verb) {
      // "The meeting on Wednesday was the first since spring": the event is the noun it dates;
      // "The first round, on June 22, was dismissed": the noun the aside stands beside.
      const noun =
        before.filter((t) => t.pos === 'NOUN' && dated(eventClassOf(t))).at(-1) ??
        beside(tokens, s.text, clause)
      const kind = noun && eventClassOf(noun)
      if (noun && kind) {
        const said = s.text.slice(noun.start, end)
        out.push({ sentence: s, kind, occasion: o, definite: false, qualifiers: [], said })
      }
      continue
    }
    // A phrasal verb first: "sat down … on Tuesday" is a meeting, whatever "sit" alone is.
    const particle = tokens[tokens.indexOf(verb) + 1]?.lower ?? ''
    let kind = eventClass(`${verb.lemma} ${particle}`) ?? eventClass(verb.lemma)
    // "an exchange brokered by the guild on Nov. 17": a participle after an event noun
    // dates the noun's event.
    const modified = before[before.indexOf(verb) - 1]
    if (!dated(kind) && modified?.pos === 'NOUN' && dated(eventClassOf(modified))) {
      kind = eventClassOf(modified)
    }
    const scheduled = VOCABULARY.scheduling.has(verb.lemma)
    let saidFrom = verb.start
    if (!dated(kind) && (scheduled || VOCABULARY.eventCarriers.has(verb.lemma))) {
      // "The next meeting is scheduled for May 20", "the vote was held on Sunday": the date is
      // the event the subject names; a plan may name it a clause earlier, a carrier verb not.
      const from = scheduled ? 0 : clause.start
      const noun = tokens
        .filter((t) => t.start >= from && t.end <= verb.start && t.pos === 'NOUN')
        .filter((t) => dated(eventClassOf(t)))
        .at(-1)
      kind = noun && eventClassOf(noun)
      // "The first round, held on June 15 and 16, produced little": the round was held then.
      const aside = !scheduled && !kind && beside(tokens, s.text, clause)
      if (aside) {
        kind = eventClassOf(aside)
        saidFrom = aside.start
      }
      // "Ministers are expected in Varna on Thursday": those who meet, due in a place, is a
      // meeting.
      const subject = tokensIn(tokens, clause).filter((t) => t.end <= verb.start)
      // A plural opening the sentence may be tagged a name: "Ministers are expected".
      const due = subject.some(
        (t) =>
          (t.pos === 'NOUN' || t.pos === 'PROPN') &&
          (VOCABULARY.participants.has(t.lemma) ||
            VOCABULARY.participants.has(t.lower.replace(/s$/, '')))
      )
      const placed = /^\s+(?:in|at)\s+\p{Lu}/u.test(s.text.slice(verb.end, o.index))
      if (!kind && scheduled && due && placed) kind = 'meeting'
    }
    const said = s.text.slice(saidFrom, end)
    if (kind) out.push({ sentence: s, kind, occasion: o, definite: false, qualifiers: [], said })
    // "sat down … on Tuesday for their first face-to-face round": the first meeting opens them.
    const first = tokensIn(tokens, clause).some((t) => t.lower === 'first')
    if (kind === 'meeting' && first) {
      out.push({ sentence: s, kind: 'opening', occasion: o, definite: false, qualifiers: [], said })
    }
    // "were handed over yesterday in an exchange brokered by …": the day dates the event the
    // phrase after it names.
    const after = tokensIn(tokens, clause).filter((t) => t.start >= end)
    const within = after[0]?.lower === 'in' || after[0]?.lower === 'during'
    const inside = within
      ? after.slice(1, 4).find((t) => t.pos === 'NOUN' && dated(eventClassOf(t)))
      : undefined
    const namedClass = inside && eventClassOf(inside)
    if (inside && namedClass && namedClass !== kind) {
      const said = s.text.slice(verb.start, inside.end)
      out.push({
        sentence: s,
        kind: namedClass,
        occasion: o,
        definite: false,
        qualifiers: [],
        said,
      })
    }
    // "held a long day of talks in Varna on Wednesday", "begin with the talks in Varna on 6
    // May": a day ("on …") also dates the event noun between the verb and it, unless a word
    // counts that event as another ("another round", "the next session"), or the verb ends it:
    // "wrapped up their round on Thursday" is the round's last day, not its only one.
    if (!/^(?:on\s|\d|\p{Lu})/u.test(o.text) || kind === 'closing') continue
    const between = before.filter((t) => t.start > verb.end)
    const at = between.findLastIndex((t) => t.pos === 'NOUN' && dated(eventClassOf(t)))
    const noun = between[at]
    const counted = between.slice(0, at).some(isCounter)
    const nounKind = noun && eventClassOf(noun)
    if (noun && nounKind && nounKind !== kind && !counted) {
      const said = s.text.slice(noun.start, end)
      out.push({ sentence: s, kind: nounKind, occasion: o, definite: false, qualifiers: [], said })
    }
  }
  return out
}

/**
 * The event noun an aside between commas stands beside: "round" of "The first round, held on
 * June 15 and 16, …".
 */
function beside(tokens: Token[], text: string, clause: Range): Token | undefined {
  if (!/,\s*$/.test(text.slice(0, clause.start))) return undefined
  const last = tokens.filter((t) => t.end <= clause.start && t.pos !== 'PUNCT').at(-1)
  return last?.pos === 'NOUN' && dated(eventClassOf(last)) ? last : undefined
}

/**
 * Names carried by at most `share` of the dossier's sentences (two at least), kept by `keep`:
 * a name in nearly every sentence is the story's subject, not what tells one event from another.
 */
function namesCarriedBy(
  sentences: ConflictSentence[],
  share: number,
  keep: (name: string) => boolean = () => true
): (s: ConflictSentence) => Set<string> {
  // "Omani" and "Oman" name one host: an event is anchored by the country however named.
  // (Only here: a figure's "Velmoran drones" are not the drones launched "at Velmora".)
  const names = new Map(
    sentences.map((s) => [
      s,
      new Set(
        [...namesIn(bodyTokens(s), s.bodyStart)].map((x) => {
          const country = countryOf(x)
          return country?.demonym ? fold(country.country) : x
        })
      ),
    ])
  )
  const count = carriers(names.values())
  const limit = Math.max(2, sentences.length * share)
  return (s) =>
    new Set([...(names.get(s) ?? [])].filter((x) => (count.get(x) ?? 0) <= limit && keep(x)))
}

/** An event told by a verb of repeating: "will resume", "reconvene". */
const repeats = (e: DatedEvent) =>
  bodyTokens(e.sentence).some(
    (t) =>
      VOCABULARY.repeatVerbs.has(t.lemma) &&
      t.start >= e.sentence.text.indexOf(e.said) &&
      t.end <= e.sentence.text.indexOf(e.said) + e.said.length
  )

/** A word that counts events of a kind: "another", "next", "second". */
const isCounter = (t: Token) => VOCABULARY.eventCounters.has(t.lower)

/** Both dates lie after both documents' dates. */
function stillAhead(a: DatedEvent, b: DatedEvent): boolean {
  const latest = [a.sentence.date?.latest ?? '', b.sentence.date?.latest ?? ''].sort().at(-1) ?? ''
  return a.occasion.start > latest && b.occasion.start > latest
}

/** Two mentions of one event in one document with two weekdays. */
function weekdayClash(a: DatedEvent, b: DatedEvent): boolean {
  if (a.occasion.weekday === undefined || b.occasion.weekday === undefined) return false
  if (a.occasion.weekday === b.occasion.weekday) return false
  // "talks will resume on Thursday" is another session than "Monday's opening session".
  const opens = (e: DatedEvent) => e.kind === 'opening' && !repeats(e)
  if ((repeats(a) && opens(b)) || (repeats(b) && opens(a))) return false
  const definite = a.definite ? a : b.definite ? b : undefined
  if (!definite) return onceInStory(a, b)
  const other = definite === a ? b : a
  const words = new Set(bodyTokens(other.sentence).flatMap((t) => [t.lemma, ...t.lemma.split('-')]))
  // "Sunday's harbour-board session" is the one the other sentence puts on Saturday only if
  // that sentence names the harbour board too; a plain "Wednesday's session" only if it names
  // a session, or a place or person with it: meetings recur, and "met one-on-one late on
  // Tuesday" is another.
  if (definite.qualifiers.length > 0) return definite.qualifiers.some((q) => words.has(q))
  if (VOCABULARY.onceInStory.has(definite.kind)) return true
  const names = (e: DatedEvent) => namesIn(bodyTokens(e.sentence), e.sentence.bodyStart)
  return (definite.head !== undefined && words.has(definite.head)) || meet(names(a), names(b))
}

/**
 * Two plain mentions of an event a story tells once (an opening, a swap, a signing, not a
 * meeting, which recurs), in one document, naming the same place or party, on two weekdays.
 * A word that counts the events ("again", "second", "another", "next") makes them two.
 */
function onceInStory(a: DatedEvent, b: DatedEvent): boolean {
  if (!VOCABULARY.onceInStory.has(a.kind)) return false
  // Counted in the event's own clause: "the first thing both sides have initialled, since the
  // talks opened on Monday" counts no opening.
  if (counted(a) || counted(b)) return false
  if (BOUNDS.has(a.kind) && talksIn(a) && talksIn(b)) return true
  const names = (e: DatedEvent) => namesIn(bodyTokens(e.sentence), e.sentence.bodyStart)
  return [...names(a)].some((n) => names(b).has(n))
}

/**
 * The words before the event in its clause count it ("the next round", "another meeting") or
 * make it a repeat ("talks will resume", "are due to reconvene").
 */
function counted(e: DatedEvent): boolean {
  const clause = clauseAround(e.sentence.text, e.occasion.index)
  // A dated list item counts its event after the date: "April 14: the next full round".
  const said = e.sentence.text.indexOf(e.said)
  const own = (t: Token) => said >= 0 && t.start >= said && t.end <= said + e.said.length
  const tokens = bodyTokens(e.sentence)
  // "At the next round, on 13 April": the word that counts it may stand just before the event
  // noun its date is set beside, across the comma.
  const first = tokens.findIndex(own)
  const noun = tokens[first]?.pos === 'NOUN' && eventClassOf(tokens[first] as Token) !== undefined
  const lead = noun && first > 0 ? tokens.slice(first - 1, first) : []
  return tokens
    .filter((t) => (t.start >= clause.start && t.end <= e.occasion.index) || own(t))
    .concat(lead)
    .some((t) => isCounter(t) || VOCABULARY.repeatVerbs.has(t.lemma))
}

/**
 * "The next round is pencilled in for March 16" and "another round is expected to begin on 18
 * March", both still ahead of both reports: the round to come, one event, whether the report
 * dates the round or its start, wherever it is to be held; only what each clause says it is
 * about ("energy talks", "prisoner talks") may tell two apart.
 */
function nextOfSeries(a: DatedEvent, b: DatedEvent): boolean {
  const series = ['meeting', 'opening']
  if (!series.includes(a.kind) || !series.includes(b.kind)) return false
  if (!stillAhead(a, b) || !counted(a) || !counted(b)) return false
  const pa = participants(a)
  const pb = participants(b)
  return pa.size === 0 || pb.size === 0 || meet(pa, pb)
}

/** How many days apart two events' days are; undefined unless both are days, and differ. */
function daysApart(a: DatedEvent, b: DatedEvent): number | undefined {
  const x = a.occasion
  const y = b.occasion
  if (x.precision !== 'day' || y.precision !== 'day' || overlap(x, y)) return undefined
  // "June 15 and 16" against "June 22": six days from the span's last day.
  return x.end < y.start ? daysBetween(x.end, y.start) : daysBetween(y.end, x.start)
}

/** Two documents' dates of one event: days apart, close enough to be a slip. */
function dateClash(
  a: DatedEvent,
  b: DatedEvent,
  names: (s: ConflictSentence) => Set<string>
): boolean {
  const x = a.occasion
  const y = b.occasion
  const apart = daysApart(a, b)
  if (apart === undefined) return false
  // "The next round", still ahead of both reports, is one round within a month of either date.
  if (apart < 31 && nextOfSeries(a, b)) return true
  if (apart >= 7) return false
  // "The ceasefire took effect on Jan. 14" and "the truce began on 15 January": a measure's
  // start told either way, when both clauses name the measure.
  const starts = new Set([a.kind, b.kind])
  const measure =
    starts.has('effect') && starts.has('opening') && meet(participants(a), participants(b))
  if (a.kind !== b.kind && !measure) return false
  // A plan in an older report against what a newer one says happened: one event moved or
  // misdated, unless either speaks of "the next" one, which may be another by then.
  const planned = x.when === 'upcoming' || y.when === 'upcoming'
  if (planned && !stillAhead(a, b) && (counted(a) || counted(b))) return false
  // Two places ("in Oslo", "in Bergen") are two events; a meeting, which recurs, needs its place
  // named alike in both.
  const pa = placesIn(a)
  const pb = placesIn(b)
  if (pa.size > 0 && pb.size > 0 && !meet(pa, pb)) return false
  if (!VOCABULARY.onceInStory.has(a.kind) && !meet(pa, pb)) return false
  const theirs = names(b.sentence)
  if ([...names(a.sentence)].some((n) => theirs.has(n))) return true
  // "talks opened in Norvik on Wednesday" and "since the round opened on Tuesday": the start
  // or the end of the talks a story tells, each named only as talks, is one moment.
  if (BOUNDS.has(a.kind) && talksIn(a) && talksIn(b)) return true
  // "the exchange agreed in Lindmark, today, Saturday" and "the exchange of October 4": an event
  // that happens once in a story, each report naming it as the one ("the exchange"), a day or
  // two apart and neither counted among others, is one event.
  if (a.kind === b.kind && VOCABULARY.onceInStory.has(a.kind) && apart <= 2) {
    if (theOne(a) && theOne(b) && !counted(a) && !counted(b)) return true
  }
  // "exchanged 40 detainees on Saturday" and "last Friday's detainee swap": what the event
  // happens to, named in both clauses, anchors it as well as a name does.
  return meet(participants(a), participants(b))
}

/** Does the sentence name the event by its noun as the one: "the exchange", "The swap of …"? */
function theOne(e: DatedEvent): boolean {
  const tokens = bodyTokens(e.sentence)
  return tokens.some(
    (t, i) => t.pos === 'NOUN' && eventClassOf(t) === e.kind && tokens[i - 1]?.lower === 'the'
  )
}

/** The kinds of event that bound the talks: their start and their end. */
const BOUNDS = new Set(['opening', 'closing'])

/** Does the event's clause name the talks themselves ("the talks", "the round", "the session")? */
function talksIn(e: DatedEvent): boolean {
  const clause = clauseAround(e.sentence.text, e.occasion.index)
  return tokensIn(bodyTokens(e.sentence), clause).some(
    (t) => t.pos === 'NOUN' && eventClassOf(t) === 'meeting'
  )
}

/**
 * One strike on one named target, a day or two apart in two reports: "yesterday's strike on
 * the Burshtyn plant" and "Burshtyn …, hit on Nov. 15". The target is a name of the event's
 * clause that the other sentence carries too and few sentences of the dossier do: a country or
 * a capital named in half the dossier is no target.
 */
function targetClash(
  a: DatedEvent,
  b: DatedEvent,
  rare: (s: ConflictSentence) => Set<string>
): boolean {
  const apart = daysApart(a, b)
  if (apart === undefined || apart > 2) return false
  if (a.occasion.when !== 'past' || b.occasion.when !== 'past') return false
  // The event's clause: "overnight", "this morning" there is a night's raid, one of many, not
  // a day a report names; its rare names are the target.
  const read = (e: DatedEvent) => {
    const clause = clauseAround(e.sentence.text, e.occasion.index)
    const own = rare(e.sentence)
    const inClause = namesIn(tokensIn(bodyTokens(e.sentence), clause), e.sentence.bodyStart)
    return {
      night: NIGHT.test(e.sentence.text.slice(clause.start, clause.end)),
      target: new Set([...inClause].filter((n) => own.has(n))),
    }
  }
  const x = read(a)
  const y = read(b)
  if (x.night || y.night) return false
  return meet(x.target, rare(b.sentence)) || meet(y.target, rare(a.sentence))
}

const NIGHT = /\b(?:overnight|tonight|night|today|this morning|this afternoon|this evening)\b/i

/**
 * Nouns of the event's clause that are neither events, spans of time, nor the cast ("the two
 * delegations" take part in every event of the story; what they sign or swap tells one apart).
 */
function participants(e: DatedEvent): Set<string> {
  const clause = clauseAround(e.sentence.text, e.occasion.index)
  return new Set(
    tokensIn(bodyTokens(e.sentence), clause)
      .filter(
        (t) =>
          t.pos === 'NOUN' &&
          !eventClassOf(t) &&
          !VOCABULARY.timeUnits.has(t.lemma) &&
          !VOCABULARY.castNouns.has(t.lemma)
      )
      .map((t) => VOCABULARY.sameNouns.get(t.lemma) ?? t.lemma)
  )
}

/**
 * Names after "in" or "at": where the sentence puts what happened; and a wire's dateline
 * ("ISTANBUL, April 15 (ACP) —"), where its lede's meeting at a palace was held.
 */
function placesIn(e: DatedEvent): Set<string> {
  const s = e.sentence
  const tokens = bodyTokens(s)
  const said = s.text.indexOf(e.said)
  const own = (t: Token) => said >= 0 && t.start >= said && t.end <= said + e.said.length
  const out = new Set<string>()
  const dateline = /^(\p{Lu}[\p{Lu}\s.'’-]+?)(?:[,/]|\s+[—–-]\s)/u.exec(
    s.text.slice(0, s.bodyStart ?? 0)
  )
  for (const w of dateline?.[1]?.toLowerCase().split(/\s+/) ?? []) if (w) out.add(w)
  tokens.forEach((t, i) => {
    // "the Varna round, on June 22": a place named before the meeting the event is.
    const next = tokens[i + 1]
    const host = next?.pos === 'NOUN' && eventClassOf(next) === 'meeting' && own(next)
    if (t.pos === 'PROPN' && host && !VOCABULARY.calendar.test(t.lower)) out.add(t.lemma)
    if (t.pos !== 'ADP' || (t.lower !== 'in' && t.lower !== 'at')) return
    for (const n of tokens.slice(i + 1)) {
      // "in central Varna": a place however described.
      if (n.pos === 'DET' || (n.pos === 'ADJ' && /^\p{Ll}/u.test(n.text))) continue
      if (n.pos !== 'PROPN' || VOCABULARY.calendar.test(n.lower)) break
      out.add(n.lemma)
    }
  })
  return out
}

/** One event given two dates (across documents) or two weekdays (in one document). */
export const eventConflicts: Rule = (sentences) => {
  // Distinctive: in half the sentences at most. Rare, for the target of one strike: an eighth,
  // and not a country or its people (the sides of the war).
  const names = namesCarriedBy(sentences, 1 / 2)
  const rare = namesCarriedBy(sentences, 1 / 8, (n) => !namesACountry(n))
  const events = sentences.flatMap(eventsIn).filter((e) => dated(e.kind))
  const out: Conflict[] = []
  events.forEach((a, i) => {
    for (const b of events.slice(i + 1)) {
      if (a.sentence === b.sentence) continue
      const sameDocument = a.sentence.passage.documentId === b.sentence.passage.documentId
      const clash = targeted(a.kind)
        ? !sameDocument && a.kind === b.kind && targetClash(a, b, rare)
        : sameDocument
          ? a.kind === b.kind && weekdayClash(a, b)
          : dateClash(a, b, names)
      if (!clash) continue
      out.push(...bothWays(a.sentence, b.sentence, a.said, b.said, ''))
    }
  })
  return out
}
