/**
 * @module check/states
 * Does a dossier sentence, with the paragraphs either side, state the summary's claim: every
 * date, negation, name and stance of it, and its speaker? The test `supported` rests on.
 */
import { escapeRegExp } from '../index/aliases.ts'
import type { Dossier } from '../index/load.ts'
import { capitalOf, countriesIn, countryOf, partyId } from '../language/countries.ts'
import { kept } from '../language/kept.ts'
import { MONTH_NAMES } from '../passages/words.ts'
import { speakerOnly } from '../provenance/schema.ts'
import { mentions, namesIn, unsupportedSpecifics } from '../verification/specifics.ts'
import { anchors, isPerson, LOCATIVE, PREPOSITIONS, type Word, wordsOf } from './align.ts'
import {
  alignedClause,
  type Candidate,
  type Claim,
  isDenial,
  isSweeping,
  negatedWords,
} from './candidate.ts'
import { opposesStance, stancesOf, takesStances } from './claims.ts'
import { meaning, meaningsOf } from './paraphrase.ts'
import { isNegator, negatedAgainst, predicateNegated, speakerOf } from './reading.ts'
import { describedAs, partyOf, storyOf } from './story.ts'
import { dateDisagreement, datesOfText, namesADay, otherMoment } from './when.ts'

/** Prepositions that open a predicate ("on the agenda", "up for talks", "in favour"). */
const PREDICATE_PREPOSITIONS = new Set(['on', 'up', 'in', 'at', 'for', 'off', 'within', 'under'])

/** A weekday: a date, never a name that fills a slot. */
const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/

/** Words between two shared words beyond which their names are not one slot's. */
const GAP_WORDS = 8

/**
 * Does the summary give the words to one party's people ("Ostlandic officials", "the Velmoran
 * president") where the dossier's speaker is another party's ("a Norvik official", "the
 * Palace")? Parties as the overview knows them, by their places, peoples and offices, and any
 * country by its name or its people.
 */
function otherParty(dossier: Dossier, speaker: string, c: Candidate): boolean {
  const party = partyOf(dossier)
  const of = (text: string) =>
    new Set([
      ...dossier.tokenizer.tokens(text).flatMap((t) => party.get(t) ?? []),
      ...countryIds(text),
    ])
  const ours = of(speaker)
  if (ours.size === 0) return false
  const source = c.label.source ? speakerOnly(c.label.source) : ''
  const theirs = of(`${c.label.attribution ?? ''} ${source}`)
  return theirs.size > 0 && ![...ours].some((p) => theirs.has(p))
}

/** A place named after "in", "at", "from"… : where a source spoke, not who it is. */
const PLACED = new RegExp(
  `\\b(?:${[...PREPOSITIONS].join('|')})\\s+\\p{Lu}[\\p{L}’'.-]*(?:\\s+\\p{Lu}[\\p{L}’'.-]*)*`,
  'gu'
)

/** A source's words without the places it names: "officials in Vienna" → "officials". */
const withoutPlaces = (text: string) => text.replace(PLACED, ' ')

/** The countries a text names by their names or peoples, as the overview's party ids spell them. */
const countryIds = kept((text: string) => [...countriesIn(text)].map(partyId))

/** Does the dossier sentence's speaker include the one the summary names? */
export function spokenBy(dossier: Dossier, claim: Claim, c: Candidate): boolean {
  if (claim.speaker && otherParty(dossier, claim.speaker.text, c)) return false
  if (!claim.speakerName) return true
  const { passage } = c.sentence
  const { tokenizer } = dossier
  // Whom the source spoke to ("the official (to the Courier)") does not say it.
  const source = c.label.source && speakerOnly(c.label.source)
  // The passage up to the sentence names who speaks it ("NOVAK:", "he added" after a name).
  const said = `${passage.text.slice(0, c.label.end)} ${c.label.attribution ?? ''} ${source ?? ''}`
  // One name however spelled: the alias table gives "Lisvarna" and "the Velmoran Republic" one
  // token, as a capital in the lexicon speaks for its country ("Paris" for "France").
  const speakerTokens = tokenizer.tokens(claim.speaker?.text ?? '')
  const country = claim.speaker && countryOf(claim.speaker.text.replace(/^the\s+/i, ''))?.country
  const sameName = (text: string) => {
    const theirs = new Set(tokenizer.tokens(text))
    if (speakerTokens.length > 0 && speakerTokens.every((t) => theirs.has(t))) return true
    const words = text.match(/\p{Lu}[\p{L}’'-]+/gu) ?? []
    return country !== undefined && words.some((w) => capitalOf(w) === country)
  }
  const named =
    sameName(withoutPlaces(`${c.label.attribution ?? ''} ${source ?? ''}`)) ||
    mentions(tokenizer, said, new Set(tokenizer.tokens(said)), claim.speakerName)
  if (!named) return false
  // A speaker the build names in the sentence itself holds every name of the summary's
  // ("Ostland's navy" is not "Belmar's navy").
  const who = c.label.attribution
  if (!who || !c.text.includes(who)) return true
  if (namesIn(tokenizer, ` ${who}`).length === 0) {
    // A description ("the official", "the spokesman") speaks for the summary's person only
    // where it stands for them: whom the build resolved it to, or what the story calls them.
    const said = (text: string) =>
      mentions(tokenizer, text, new Set(tokenizer.tokens(text)), claim.speakerName as string)
    // "Diplomats say" for "according to the same diplomats": the description is the speaker.
    if (said(who) || (source && said(source))) return true
    // "a ministry spokesperson, Eva Holm, told …": the name beside it is the speaker's.
    const after = c.text.slice(c.text.indexOf(who) + who.length)
    const apposition = /^,\s+([^,;.]{2,60}),/u.exec(after)?.[1]
    if (apposition && said(apposition)) return true
    return describedAs(storyOf(dossier, passage.documentId).text, who, claim.speakerName)
  }
  const whose = new Set(tokenizer.tokens(who))
  return (
    sameName(withoutPlaces(who)) ||
    claim.speakerNames.every((n) => mentions(tokenizer, who, whose, n))
  )
}

/**
 * Does the candidate's passage state the claim: every figure, date and name of the claim in it,
 * and every stance of the claim taken the same way?
 */
export function states(dossier: Dossier, claim: string, c: Candidate, read: Claim): boolean {
  const { speaker } = read
  // With its neighbours: a summary sentence often joins a paragraph and the one it continues.
  // `passage.index` counts within its document; the dossier's list holds every document.
  const { id, documentId } = c.sentence.passage
  const at = dossier.positions.get(id) ?? -2
  const inDocument = (offsets: number[]) =>
    offsets
      .map((i) => dossier.passages[i])
      .flatMap((p) => (p?.documentId === documentId ? [p.text] : []))
  const texts = inDocument([at - 1, at, at + 1])
  // Where a place is named: the paragraph, or the one before it that sets the scene.
  const before = inDocument([at - 1, at])
  let rest = withoutAgreedDates(claim, c)
  // Every date of the claim is one the sentence gives too, or one its document's day implies.
  if (rest === claim && datesOfText(claim, c.date).length > 0) return false
  // The claim's polarity is the sentence's: what it negates is negated there, and what it
  // states is not negated there ("had not been in contact" is not "had been in contact").
  const theirNegated = new Set(
    negatedAgainst(claim, c.text).flatMap((w) => dossier.tokenizer.tokens(w))
  )
  // The neighbours' negations count for the claim's own, not against it.
  const aroundNegated = texts.flatMap(negatedWords)
  // A negation is often said otherwise ("had no power", "were without electricity"): some
  // negation around is enough, none is not.
  if (read.negates && theirNegated.size === 0 && aroundNegated.length === 0) return false
  // Each negation of the claim has one in the sentence ("cannot … must not" is not "cannot …").
  const negations = negatedWords(c.text).length + (isDenial(c.text) ? 1 : 0)
  if (read.negates && negations < negatedWords(claim).length) return false
  const said = new Set(read.tokens)
  const meanings = meaningsOf(dossier.tokenizer)
  // What the claim negates, the sentence states with no negation in its clause: "will not be
  // received" against "experts will receive reports …, but we are not an army". Only the same
  // word: a negation said otherwise ("no troops would take part") is read by the tests below.
  if (
    [...read.negated].some(
      (t) => verbNegated(dossier, claim, t) && statesPlainly(dossier, c.text, t)
    )
  )
    return false
  // What the clause that says it negates, read once for both tests below.
  const inClause = negatedAgainst(claim, alignedClause(dossier.tokenizer, claim, c.text))
  const clauseNegated = inClause.flatMap((w) => dossier.tokenizer.tokens(w))
  if (!read.negates && clauseNegated.some((t) => said.has(meaning(meanings, t)))) return false
  // "no U.S. ground troops would take part": the predicate a negative subject negates is not
  // stated by it ("American ground forces would be part of the deployment").
  const predicate = predicateNegated(c.text).flatMap((w) => dossier.tokenizer.tokens(w))
  if (!read.negates && predicate.some((t) => said.has(meaning(meanings, t)))) return false
  // A negation that falls on a preposition negates the predicate it opens ("is not on the
  // agenda", "not up for negotiation", "not in favour"), whatever words the claim says it in.
  if (!read.negates && inClause.some((w) => PREDICATE_PREPOSITIONS.has(w))) return false
  // A denial is stated only by a denial, in the sentence itself, not beside it; and states only
  // a denial or a negation ("said no meeting was planned" for "there are no such plans").
  if (read.denial && !isDenial(c.text)) return false
  if (!read.denial && !read.negates && isDenial(c.text)) return false
  // A name of the claim the sentence lacks, where the sentence names another of its own: a swap.
  if (nameSwapped(dossier, claim, c)) return false
  // "Ola Berg, the harbour envoy,": the role a claim gives a person is the document's for them.
  if (APPOSITION_HINT.test(claim) && roleUnstated(dossier, claim, documentId)) return false
  // A speaker described by role ("the harbour spokesman") is named as such somewhere in the
  // document that quotes them, not necessarily beside the quote.
  const story = storyOf(dossier, documentId)
  // "according to Ostland's navy": whose the speaker is, the sentence's speaker must be.
  const own = `${c.text} ${c.label.attribution ?? ''} ${c.label.source ?? ''}`
  const ownTokens = new Set(dossier.tokenizer.tokens(own))
  // A leading space: the speaker's first word is a name wherever the claim puts it.
  const speaking = speaker && ` ${speaker.text}`
  if (
    speaking &&
    namesIn(dossier.tokenizer, speaking).some(
      (n) => possessive(speaking, n) && !mentions(dossier.tokenizer, own, ownTokens, n.name)
    )
  )
    return false
  if (speaker && !speaker.named) {
    const where = claim.indexOf(speaker.text)
    if (
      where >= 0 &&
      unsupportedSpecifics(dossier.tokenizer, speaker.text, [story.text]).length === 0
    ) {
      rest =
        rest.slice(0, where) +
        ' '.repeat(speaker.text.length) +
        rest.slice(where + speaker.text.length)
    }
  }
  // A name that only says what the sentence is about ("the Zaporizhzhia plant" where the
  // paragraph says "the plant"), neither a person nor a place where something happens, may be
  // named where the document says what it is about, its headline and lede; a party of the talks
  // ("land Velmora holds"), anywhere in it. Persons and places, and any other name, must stand
  // beside the statement.
  const party = partyOf(dossier)
  for (const n of namesIn(dossier.tokenizer, rest)) {
    const person = isPerson(dossier.tokenizer, rest, n.at, n.name)
    // The person a claim opens with does what it says ("Laura Kessler, the envoy, has floated
    // …"): the sentence itself, or who it says is speaking, names them, not a neighbour.
    const opening = /^\s*(?:\p{Lu}[\p{L}’'.-]*\s+){0,2}$/u.test(rest.slice(0, n.at))
    if (person && opening && !mentions(dossier.tokenizer, own, ownTokens, n.name)) return false
    // A place where it happened ("agreed in Lindmark") is named as that place in the paragraph, or
    // the one before it, not only as a people's adjective ("Ostlandic negotiators").
    if (isPlace(rest, n) && !namesPlace(before, n.name)) return false
    if (LOCATIVE.test(rest.slice(0, n.at)) || person) continue
    // "London and Paris are willing": a capital that acts stands for the government seated
    // there, which the sentence may name by its country ("Britain and France").
    const capital = capitalOf(n.name)
    if (capital && countriesIn(own, { capitals: true }).has(capital)) {
      rest = rest.slice(0, n.at) + ' '.repeat(n.name.length) + rest.slice(n.at + n.name.length)
      continue
    }
    // "Ostland's negotiator", "Velmora's navy": a possessive says whose, and the sentence
    // itself must say so, not a neighbour that names the party for something else.
    if (possessive(rest, n)) {
      // In the clause that says it: "X's team is led by A, while Y sent B" is not Y's team.
      const clause = `${alignedClause(dossier.tokenizer, claim, c.text)} ${c.label.attribution ?? ''} ${c.label.source ?? ''}`
      if (!mentions(dossier.tokenizer, clause, new Set(dossier.tokenizer.tokens(clause)), n.name))
        return false
      continue
    }
    const isParty = dossier.tokenizer.tokens(n.name).every((t) => party.has(t))
    const where = isParty ? story : { text: story.topic, tokens: story.topicTokens }
    if (!mentions(dossier.tokenizer, where.text, where.tokens, n.name)) continue
    rest = rest.slice(0, n.at) + ' '.repeat(n.name.length) + rest.slice(n.at + n.name.length)
  }
  if (unsupportedSpecifics(dossier.tokenizer, rest, texts).length > 0) return false
  // "All of X" is stated only by a sentence that speaks of the whole too.
  if (isSweeping(claim) && !texts.some(isSweeping)) return false
  // A denial restated in other words ("rejected the suggestion" for "denied") takes its stance.
  if (isDenial(claim) && texts.some(isDenial)) return true
  // Each stance of the claim taken the same way somewhere around, and the other way nowhere
  // around: "a split" followed by "54% oppose" does not state that most support. Never where the
  // sentence itself takes it the other way ("71% opposed" for "not against"), whatever a
  // paragraph's first cue says.
  const ours = stancesOf(claim)
  const mine = stancesOf(c.text)
  if (opposesStance(ours, mine)) return false
  return takesStances(ours, texts.map(stancesOf))
}

/**
 * Is the name at `n` the place of a locative phrase ("agreed in Lindmark to…"), not a word that
 * describes the place ("at the Velmora plant") or owns it ("in Ostland's north")?
 */
function isPlace(text: string, n: { name: string; at: number }): boolean {
  if (!LOCATIVE.test(text.slice(0, n.at)) || possessive(text, n)) return false
  const next = text.slice(n.at + n.name.length)
  return (
    !/^\s+\p{Ll}/u.test(next) ||
    /^\s+(?:to|and|on|for|with|after|before|as|where|while|in|at|from|last|this|since|until|when)\b/u.test(
      next
    )
  )
}

/** Where a dateline ends: "NORVIK, Lindmark, Dec 9 (Wire) —". */
const DATELINE = /^[^—–\n]{0,80}[—–]/u

/**
 * Does one of `texts` name `place` as a place: after "in", "at", "from"… or in its dateline?
 * "Ostlandic negotiators" and "Ostland and Velmora agree" do not place anything in Ostland.
 */
function namesPlace(texts: string[], place: string): boolean {
  const { after, named } = placePatterns(place)
  return texts.some((t) => after.test(t) || named.test(DATELINE.exec(t)?.[0] ?? ''))
}

/** A place's two patterns, compiled once: after a locative word, and anywhere in a dateline. */
const placePatterns = kept((place: string) => {
  const name = escapeRegExp(place)
  return {
    after: new RegExp(
      `\\b(?:${[...PREPOSITIONS].join('|')})\\s+(?:the\\s+)?${name}(?![\\p{L}])`,
      'iu'
    ),
    named: new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'iu'),
  }
}, 2_000)

/** "Ola Berg, the harbour envoy,": a person's name, then the role the sentence gives them. */
const APPOSITION =
  /\b(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)+),\s+(?:the|a|an)\s+([^,;.()—–"“”]{3,80}?)(?=\s*[,;.—–]|$)/gu

/** Words around a name within which a document gives its role. */
const ROLE_REACH = 120

/** Share of a role's words the document must give beside the person's name. */
const ROLE_SHARE = 0.5

/**
 * Does the claim give a person a role ("Ola Berg, the harbour envoy,") that the document never
 * gives them near their name ("Ola Berg, a sanctions analyst")? A person is often described in
 * several ways, so any mention in the document will do; a role nowhere beside them is not
 * stated.
 */
function roleUnstated(dossier: Dossier, claim: string, documentId: string): boolean {
  let read = rolesRead.get(dossier)
  if (!read) {
    read = kept((key) => {
      const at = key.indexOf('\n')
      return readRoles(dossier, key.slice(at + 1), storyOf(dossier, key.slice(0, at)).text)
    }, 2_000)
    rolesRead.set(dossier, read)
  }
  return read(`${documentId}\n${claim}`)
}

/** A claim's roles read against one document, once: every candidate of it asks the same. */
const rolesRead = new WeakMap<Dossier, (key: string) => boolean>()

/** A comma after two capitalised words: the only claims that can give a role by apposition. */
const APPOSITION_HINT = /\p{Lu}[\p{L}’'-]+\s+\p{Lu}[\p{L}’'-]+,/u

function readRoles(dossier: Dossier, claim: string, document: string): boolean {
  const { tokenizer } = dossier
  for (const m of claim.matchAll(APPOSITION)) {
    const [, name = '', role = ''] = m
    // A clause, not a role: "Ola Berg, the envoy said," or "…, a day after".
    if (/\b(?:said|says|told|added|who|which|after|before|when)\b/i.test(role)) continue
    const words = new Set(tokenizer.tokens(role))
    if (words.size === 0) continue
    const surname = name.split(/\s+/).at(-1) ?? name
    let at = document.indexOf(surname)
    let best = 0
    while (at >= 0) {
      const near = document.slice(Math.max(0, at - ROLE_REACH), at + surname.length + ROLE_REACH)
      const theirs = new Set(tokenizer.tokens(near))
      best = Math.max(best, [...words].filter((w) => theirs.has(w)).length / words.size)
      at = document.indexOf(surname, at + surname.length)
    }
    if (best < ROLE_SHARE) return true
  }
  return false
}

/** Does the name at `n` in `text` own what follows it ("Ostland's navy")? */
const possessive = (text: string, n: { name: string; at: number }) =>
  /['’]s$/.test(n.name) || /^['’]s\b/.test(text.slice(n.at + n.name.length))

/**
 * Does the candidate name, in the claim's name's place, another name: "Ostland and Norvia offered"
 * against "Belmar and Norvia offered"? The place is where the words around the claim's name fall
 * in the candidate, the shared words in order; two spellings of one party are one name.
 */
function nameSwapped(dossier: Dossier, claim: string, c: Candidate): boolean {
  const { tokenizer } = dossier
  const party = partyOf(dossier)
  const fold = (t: string) => party.get(t) ?? t
  const ours = wordsOf(tokenizer, claim)
  const theirs = wordsOf(tokenizer, c.text)
  const theirTokens = new Set(theirs.flatMap((w) => w.tokens.map(fold)))
  // A sentence's first word is a name when it is a party's ("Ostland and …").
  // A weekday is a date, not a name: "in Lindmark" and "on Wednesday" fill different slots.
  const isName = (text: string, w: Word) =>
    /^\p{Lu}/u.test(w.text) &&
    !WEEKDAY.test(w.text) &&
    w.tokens.length > 0 &&
    (namesIn(tokenizer, text.slice(0, w.end)).some((n) => n.at === w.start) ||
      (w.start === 0 && w.tokens.every((t) => party.has(t))))
  const pairs = anchors(ours, theirs)
  const key = (o: Word) => o.tokens.map(fold).join(' ')
  // Who says it is the speaker's check, not a slot of the claim.
  const said = c.label.attribution ? c.text.indexOf(c.label.attribution) : -1
  const attributed = (o: Word) =>
    said >= 0 && o.start >= said && o.start < said + (c.label.attribution?.length ?? 0)
  const speaker = speakerOf(claim)
  const speakerAt = speaker ? claim.indexOf(speaker.text) : -1
  const content = (from: number, to: number) =>
    ours.slice(from, to).filter((o) => o.tokens.length > 0).length
  for (const [i, w] of ours.entries()) {
    if (!isName(claim, w)) continue
    if (speakerAt >= 0 && w.start >= speakerAt && w.start < speakerAt + (speaker?.text.length ?? 0))
      continue
    const before = pairs.filter(([a]) => a < i).at(-1)
    const after = pairs.find(([a]) => a > i)
    // Held in place by a shared word beside it, stop words aside.
    const besideBefore = before !== undefined && content(before[0] + 1, i) === 0
    const besideAfter = after !== undefined && content(i + 1, after[0]) === 0
    // Right after the shared word that opens a person's slot ("led by"), the candidate names
    // someone else, whatever it names later: "led by Lena Holm … and includes Ola Berg" is not
    // led by Ola Berg. The run of capitalised words there is that slot's name.
    const opensName = i === 0 || !isName(claim, ours[i - 1] as Word)
    const anchor = ours[before?.[0] ?? -1]
    const person =
      opensName &&
      anchor !== undefined &&
      !/[,;.:—–()]/.test(claim.slice(anchor.end, w.start)) &&
      isPerson(tokenizer, claim, w.start, w.text) &&
      // "Ostland's Varna region", "the Ostlandic Guard": a party's word opens no person's name.
      !possessive(claim, { name: w.text, at: w.start }) &&
      countryIds(w.text).length === 0 &&
      !w.tokens.every((t) => party.has(t))
    if (besideBefore && before && person) {
      const run: Word[] = []
      let end = theirs[before[1]]?.end ?? 0
      for (const o of theirs.slice(before[1] + 1)) {
        // The slot ends at its clause's end ("led by Lena Holm, and …").
        if (/[,;.:—–()]/.test(c.text.slice(end, o.start))) break
        end = o.end
        if (o.tokens.length === 0 && run.length === 0) continue
        if (!/^\p{Lu}/u.test(o.text) || o.tokens.length === 0 || run.length >= 5) break
        run.push(o)
      }
      const named = run.filter((o) => isName(c.text, o) && !attributed(o))
      if (named.length > 0 && !run.some((o) => key(o) === key(w))) return true
    }
    // A name the candidate gives elsewhere ("Novak and Lind" for "Lind … he and Novak")
    // is swapped only in a slot closed on both sides.
    const missing = !w.tokens.every((t) => theirTokens.has(fold(t)))
    if (missing ? !besideBefore && !besideAfter : !besideBefore || !besideAfter) continue
    const from = before ? before[1] + 1 : Math.max(0, (after?.[1] ?? 0) - 5)
    const to = after ? after[1] : Math.min(theirs.length, from + 5)
    if (to - from > 5) continue
    const slot = theirs.slice(from, to)
    // The claim's name stands in the candidate's slot too: no swap.
    if (slot.some((o) => key(o) === key(w))) continue
    // Another name there: "ships sent to Ostland" for "Ostland's navy sent ships to Belmar".
    const other = slot.some((o) => isName(c.text, o) && !attributed(o))
    if (other) return true
  }
  // Between two shared words, a name each side, the candidate's one the claim never gives:
  // "unless Ostland pulls out of" against "unless Belmar withdraws from".
  const inSpeaker = (w: Word) =>
    speakerAt >= 0 && w.start >= speakerAt && w.start < speakerAt + (speaker?.text.length ?? 0)
  for (let k = 0; k + 1 < pairs.length; k++) {
    const [ia, ja] = pairs[k] as [number, number]
    const [ib, jb] = pairs[k + 1] as [number, number]
    const mine = ours.slice(ia + 1, ib)
    const yours = theirs.slice(ja + 1, jb)
    const words = (ws: Word[]) => ws.filter((o) => o.tokens.length > 0).length
    if (words(mine) > GAP_WORDS || words(yours) > GAP_WORDS) continue
    const a = mine.filter((o) => isName(claim, o) && !inSpeaker(o))
    const b = yours.filter((o) => isName(c.text, o) && !attributed(o))
    // A name of the candidate's the claim never gives, where the claim gives one of its own.
    const ourKeys = new Set(ours.map(key))
    const yourKeys = new Set(yours.map(key))
    const newHere = b.some((o) => !ourKeys.has(key(o)))
    if (newHere && a.some((o) => !yourKeys.has(key(o)))) return true
  }
  return false
}

/**
 * The claim with the dates the candidate gives too left out: "on 16 February" is stated by
 * "on Feb. 16" and by "on Monday" in a report of that week, though neither has its words.
 */
function withoutAgreedDates(claim: string, c: Candidate): string {
  const ours = datesOfText(claim, c.date)
  if (ours.length === 0) return claim
  // A reading whose month is not the month it names is a misreading: nothing is agreed.
  if (ours.some(misread)) return claim
  // A live blog's "09:20 CET" or a bare "overnight" dates no day: the sentence is undated.
  if (datesOfText(c.text, c.date).every((d) => !namesADay(d.text))) {
    // An undated sentence reports the day of its document, or the night before it.
    const day = (iso: string, back: number) =>
      new Date(Date.parse(`${iso}T12:00:00Z`) - back * 86_400_000).toISOString().slice(0, 10)
    const from = day(c.date.earliest, 1)
    const to = c.date.latest
    if (!ours.every((d) => d.start <= to && from <= d.end)) return claim
  } else if (
    otherMoment(claim, c.text) ||
    dateDisagreement({ claim, evidence: c.text, date: c.date })
  )
    return claim
  let out = claim
  for (const d of ours) {
    out = out.slice(0, d.index) + ' '.repeat(d.text.length) + out.slice(d.index + d.text.length)
  }
  return out
}

/** Month names by their first three letters, as dates abbreviate them ("Sept.", "Feb"). */
const MONTH_PREFIXES = MONTH_NAMES.map((m) => m.slice(0, 3).toLowerCase())

/** Does a date reading name a month its days do not fall in? */
function misread(d: { text: string; start: string; end: string }): boolean {
  const named = MONTH_PREFIXES.filter((m) => new RegExp(`\\b${m}`, 'i').test(d.text))
  if (named.length !== 1) return false
  const month = (iso: string) => MONTH_PREFIXES[Number(iso.slice(5, 7)) - 1]
  return month(d.start) !== named[0] && month(d.end) !== named[0]
}

/** A word that negates the verb right after it: "not", "never", "cannot", "didn't". */
const VERB_NEGATOR = /^(?:not|never|cannot|\p{L}+n[’']t)$/iu

/**
 * Is the word whose index token is `token` a verb negated in `text`: "not" or "never" one or two
 * words before it ("will not be received", "had never met")? Not "said no to the plan", not
 * "rejected monitors", not "did not give a figure" (the figure is not what is negated).
 */
function verbNegated(dossier: Dossier, text: string, token: string): boolean {
  const words = text.match(/[\p{L}’'-]+/gu) ?? []
  return words.some(
    (w, i) =>
      dossier.tokenizer.tokens(w).includes(token) &&
      words.slice(Math.max(0, i - 2), i).some((b) => VERB_NEGATOR.test(b))
  )
}

/**
 * Does `text` say the word whose index token is `token` with no negation before it in its
 * clause (from the last comma, semicolon or "but")?
 */
function statesPlainly(dossier: Dossier, text: string, token: string): boolean {
  for (const m of text.matchAll(/[\p{L}’'-]+/gu)) {
    if (!dossier.tokenizer.tokens(m[0]).includes(token)) continue
    // Its clause before it, and the two words after it: "gives no number" negates it too.
    const clause =
      text
        .slice(0, m.index)
        .split(/[,;:]|\bbut\b/)
        .at(-1) ?? ''
    const after = text.slice(m.index + m[0].length).match(/[\p{L}’']+/gu) ?? []
    const words = [...(clause.match(/[\p{L}’']+/gu) ?? []), ...after.slice(0, 2)]
    if (!words.some(isNegator)) return true
  }
  return false
}
