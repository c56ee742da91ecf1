/**
 * @module provenance/conflicts/figures
 * One measure given two figures: "212 detainees" and "205 detainees" in the same handover, "41
 * percent" and "55%" of the same valley, "9 hours" and "six hours" of the same closure. A
 * figure's slot is what it counts (the noun after it, people counted as people; a share by what
 * it is a share of; a duration by its unit and the thing that lasted), what happened to it (the
 * clause's verb by event class or stance) and when (its clause's dates). A name both sentences
 * carry anchors the slot; a count of something specific ("divers", "cranes") or per side ("40
 * detainees each") may instead be anchored by a noun or event of its sentence or the one before
 * it, and a verb the vocabulary does not know says nothing against it. Two counts of different
 * things, or on different nights, or a night against a week, are not a conflict; a figure a
 * correction withdraws, and a count of sources, assert nothing.
 */
import type { Token } from '../../language/analyse.ts'
import { countryOf, namesACountry } from '../../language/countries.ts'
import { LEXICON } from '../../language/lexicon.ts'
import { SCALES } from '../../passages/words.ts'
import { type Occasion, occasionsIn, occasionsOf, reportDays, sameOccasion } from './occasion.ts'
import {
  bodyTokens,
  bothWays,
  type Conflict,
  type ConflictSentence,
  clauseAround,
  eventClass,
  eventClasses,
  eventClassOf,
  isQuestion,
  isReporting,
  meet,
  namesIn,
  type Range,
  type Rule,
  taggedAsideVerb,
  tokensIn,
  verbClasses,
  wrongPart,
} from './sentence.ts'
import { type Approximation, VOCABULARY } from './vocabulary.ts'

/** One figure a sentence gives, with what it counts. */
export interface Figure {
  sentence: ConflictSentence
  value: number
  /** The figure as written, from the number to what it counts: "157 prisoners". */
  said: string
  /** "%", a time unit ("hour"), "people", a counted noun's lemma, or "part:<noun>". */
  unit: string
  /** For a share, what it is a share of ("north valley"); else empty. */
  of: string
  /** "about 22", "more than 1,100": a rough figure or a bound. */
  approximate: boolean
  /** The values it allows: "nearly 1,000" is 900 to 1,000, "more than 600" anything from 600. */
  range: [number, number]
  /** "40 detainees each", "35 people on each side": a count per party, not a total. */
  distributive: boolean
  /** "up to 45", "more than 600": the figure is a bound of this kind, the value its limit. */
  bound?: 'atMost' | 'above'
  /** The country whose the counted things are: "146 Ostlander violations". */
  whose?: string
  /** What befell the people counted, when the noun says it: "27 wounded" → "injury". */
  event?: string
  /** What the figure is the size of, in two words at least: "a reassurance force of 25,000". */
  owner?: string
  clause: Range
}

const cache = new WeakMap<ConflictSentence, Figure[]>()
const MONTH =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i
const PERCENT = new Set(['%', 'percent', 'pct'])
/** Scale words after a figure, and the short forms sums are written with ("$5bn"). */
const SCALE = new Map([...Object.entries(SCALES), ['mn', 1e6], ['m', 1e6], ['bn', 1e9]])
/** Currency signs before a sum and currency nouns after it, to one code each. */
const CURRENCY = new Map([
  ['$', 'usd'],
  ['dollar', 'usd'],
  ['€', 'eur'],
  ['euro', 'eur'],
  ['£', 'gbp'],
  ['pound', 'gbp'],
])

/** A counted noun → the first word of its paraphrase group: "families" count "households". */
const SAME_THING = new Map(
  LEXICON.paraphrases.flatMap((group) => {
    const [head] = group
    return head ? group.filter((w) => !w.includes(' ')).map((w) => [w, head] as const) : []
  })
)

/** Units of length, weight and power: a figure in them measures something named after it. */
const MEASURES = new Set(VOCABULARY.unitSpellings.values())
/** A unit written short or spelled otherwise, by its one name: "km" → "kilometre". */
const unitSpelling = (t: Token) =>
  VOCABULARY.unitSpellings.get(t.lower) ?? VOCABULARY.unitSpellings.get(t.lemma)

/** The number a token stands for, or undefined: "1,100" → 1100, "seven" → 7. */
function numberOf(t: Token): number | undefined {
  if (/^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$/.test(t.text)) return Number(t.text.replace(/,/g, ''))
  return VOCABULARY.numberWords.get(t.lower)
}

const POSSESSIVE = new Set(['my', 'our', 'your', 'his', 'her', 'its', 'their'])

/** Content words of an "of" phrase: "of the Varna valley" → "varna valley". */
function ofPhrase(tokens: Token[], from: number): string {
  const out: string[] = []
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i] as Token
    // "of the country's generating capacity", "of our generating capacity": what is owned.
    if (t.lower === '’s' || t.lower === "'s") {
      out.length = 0
      continue
    }
    if (t.pos === 'DET' || t.pos === 'PART' || POSSESSIVE.has(t.lower)) continue
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADJ') break
    // "of sailors support a halt": the phrase ends where the verb begins.
    if (taggedAsideVerb(t, tokens[i + 1])) break
    out.push(t.lemma)
  }
  return out.join(' ')
}

/**
 * The figures of a sentence's body, each with what it counts. Dates, years, clock readings and
 * clause numbers are not figures; a number with no noun after it counts nothing we can compare.
 *
 * @example
 * ```ts
 * figuresIn(sentence).map((f) => `${f.value} ${f.unit}`) // ['212 people', '9 hour']
 * ```
 */
export function figuresIn(s: ConflictSentence): Figure[] {
  const hit = cache.get(s)
  if (hit) return hit
  // "Is it true that Velmora agreed to pull back 15 km?" asks; it asserts no figure.
  if (isQuestion(s)) return []
  const tokens = bodyTokens(s)
  const out: Figure[] = []
  tokens.forEach((t, i) => {
    let value = numberOf(t)
    // "a thousand prisoners": the scale word is the number; "one thousand" is counted at "one".
    const counting = SCALE.get(t.lower)
    if (value === undefined && counting && /^an?$/i.test(tokens[i - 1]?.text ?? '')) {
      value = counting
    }
    if (value === undefined) return
    if (SCALE.has(t.lower) && numberOf(tokens[i - 1] as Token) !== undefined) return
    const prev = tokens[i - 1]
    const next = tokens[i + 1]
    if (
      prev &&
      (MONTH.test(prev.text) ||
        /^(?:art\.?|articles?|no\.?|number|page|clause|section)$/i.test(prev.text))
    )
      return
    if (next && (MONTH.test(next.text) || next.text === ':' || /^[.:]\d/.test(next.text))) return
    const word = /^\p{L}/u.test(t.text)
    let unit = ''
    let of = ''
    let whose: string | undefined
    let end = t.end
    let j = i + 1
    const at = (k: number) => tokens[k]
    const scale = SCALE.get(at(j)?.lower ?? '')
    const currency = CURRENCY.get(prev?.text ?? '')
    // "one thousand prisoners", "two million people": a count at its scale.
    if (scale && !currency && !CURRENCY.has(at(j + 1)?.lemma ?? '') && at(j + 1)?.pos === 'NOUN') {
      value *= scale
      j++
    }
    if (currency || (scale && CURRENCY.has(at(j + 1)?.lemma ?? ''))) {
      // "$200 billion", "€1.5bn", "10 billion dollars": a sum, in its currency, at its scale.
      if (scale) j++
      const spelled = CURRENCY.get(at(j)?.lemma ?? '')
      if (spelled) j++
      unit = `money:${currency ?? spelled}`
      end = at(j - 1)?.end ?? end
      out.push(figure(s, t, (scale ?? 1) * value, end, unit, ''))
      return
    }
    if (at(j) && (PERCENT.has(at(j)?.lower ?? '') || at(j)?.lower === 'per')) {
      if (at(j)?.lower === 'per') j++
      unit = '%'
      end = at(j)?.end ?? end
      if (at(j + 1)?.lower === 'of') of = population(ofPhrase(tokens, j + 2))
    } else if (!word && /^(?:19|20)\d\d$/.test(t.text)) {
      return
    } else {
      const compound = at(j)?.text === '-'
      if (compound) j++
      if (at(j)?.lower === 'of' && /^(?:the|these|those|them)$/.test(at(j + 1)?.lower ?? '')) {
        // "38 of the boats": a part of a count, not the count ("95 of its sailors" is a count).
        const noun = tokens.slice(j + 1, j + 4).find((x) => x.pos === 'NOUN')
        if (!noun) return
        unit = `part:${noun.lemma}`
        end = noun.end
      } else {
        // "95 of its sailors" counts sailors, as "95 sailors" does.
        if (at(j)?.lower === 'of' && at(j + 1)?.pos === 'PRON') j += 2
        // "303 Norwegians have been returned": a people's name in the plural counts people.
        const people = at(j)
        if (people?.pos === 'PROPN' && /s$/.test(people.text) && countryOf(people.text)?.demonym) {
          out.push(figure(s, t, value, people.end, 'people', ''))
          return
        }
        let k = j
        while (at(k) && ['ADJ', 'PROPN', 'CCONJ'].includes(at(k)?.pos ?? '') && k < j + 3) k++
        // "23 impact craters" counts craters: the last noun of a run, not a unit's measure.
        const unitLike = (x: Token) => VOCABULARY.timeUnits.has(x.lemma) || unitSpelling(x)
        while (!compound && at(k + 1)?.pos === 'NOUN' && !unitLike(at(k) as Token) && k < j + 3) k++
        const noun = at(k)
        if (noun?.pos !== 'NOUN') return
        end = noun.end
        // "212 Velmoran violations" and "146 Ostlander violations": whose they are tells them apart.
        whose = tokens
          .slice(j, k)
          .map((x) => countryOf(x.text)?.country)
          .find((c) => c !== undefined)
        // "a 30-day moratorium", "a 90-kilometre front": the noun after the unit is what lasts
        // or measures so far, and names the measure.
        if (
          compound &&
          (VOCABULARY.timeUnits.has(noun.lemma) || MEASURES.has(unitSpelling(noun) ?? noun.lemma))
        ) {
          // The head is the last noun of the run: "45-day energy moratorium" → moratorium.
          let h = k + 1
          while (at(h + 1)?.pos === 'NOUN') h++
          const head = at(h)
          if (head?.pos === 'NOUN') of = SAME_THING.get(head.lemma) ?? head.lemma
        }
        const befell =
          VOCABULARY.casualtyNouns.get(noun.lower) ?? VOCABULARY.casualtyNouns.get(noun.lemma)
        if (befell) {
          // "2,140 civilian deaths" count civilians, as "2,400 civilians were killed" does.
          const apart = tokens.slice(j, k).find((x) => VOCABULARY.countedApart.has(x.lemma))
          const who = apart?.lemma ?? 'people'
          out.push({ ...figure(s, t, value, end, who, ''), event: befell })
          return
        }
        unit = VOCABULARY.timeUnits.has(noun.lemma)
          ? noun.lemma
          : VOCABULARY.peopleNouns.has(noun.lemma)
            ? 'people'
            : (unitSpelling(noun) ?? SAME_THING.get(noun.lemma) ?? noun.lemma)
        // "the bodies of 1,000 soldiers": what is counted is the bodies, not living soldiers.
        const holder = prev?.lower === 'of' ? tokens[i - 2] : undefined
        if (holder?.pos === 'NOUN' && VOCABULARY.countedBy.has(holder.lemma)) unit = holder.lemma
      }
    }
    // "The moratorium runs for 30 days": the duration of what runs, as "a 30-day moratorium";
    // "the line runs for 1,100 kilometres" is the line's length, no distance anything moves.
    if (!of && unit) of = lastingSubject(tokens, i)
    out.push({ ...figure(s, t, value, end, unit, of), ...(whose && { whose }) })
  })
  out.push(...sharesInWords(s, tokens))
  cache.set(s, out)
  return out
}

/**
 * What a duration or length at `i` is of, when a verb of lasting leads it: "the moratorium
 * runs for 30 days" → "moratorium" (a paraphrase group's head), with the words that tell it
 * from another of its kind ("the ferry talks ran for six hours" → "ferry talks"); else empty.
 */
function lastingSubject(tokens: Token[], i: number): string {
  let k = i - 1
  while (k >= 0 && VOCABULARY.approximators.includes(tokens[k]?.lower ?? '')) k--
  if (tokens[k]?.lower !== 'for') return ''
  const verb = tokens[k - 1]
  if (verb?.pos !== 'VERB' || !VOCABULARY.lastingVerbs.has(verb.lemma)) return ''
  const head = k - 2
  const noun = tokens[head]
  if (noun?.pos !== 'NOUN') return ''
  const words = [SAME_THING.get(noun.lemma) ?? noun.lemma]
  for (let j = head - 1; j >= 0; j--) {
    const t = tokens[j] as Token
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADJ') break
    words.unshift(t.lemma)
  }
  return words.join(' ')
}

/**
 * Shares said in words: "a quarter of respondents" (25%), "two-thirds of voters", "one in five
 * Norvians" (20%); each a rough percentage of what follows.
 */
function sharesInWords(s: ConflictSentence, tokens: Token[]): Figure[] {
  const out: Figure[] = []
  const words = [...VOCABULARY.fractions.keys()].join('|')
  const share = new RegExp(
    `\\b(?:(?:a|one)\\s+)?(${words})\\s+of\\b|\\b(one|two|three)\\s+in\\s+(\\w+)\\b`,
    'giu'
  )
  for (const m of s.body.matchAll(share)) {
    const at = m.index + (s.bodyStart ?? 0)
    const t = tokens.find((x) => x.start >= at)
    if (!t) continue
    const fraction = m[1] && VOCABULARY.fractions.get(m[1].toLowerCase())
    const part = VOCABULARY.numberWords.get(m[2]?.toLowerCase() ?? '')
    const whole = VOCABULARY.numberWords.get(m[3]?.toLowerCase() ?? '')
    const value = fraction || (part && whole ? Math.round((1000 * part) / whole) / 10 : undefined)
    if (!value) continue
    const end = at + m[0].length
    const next = tokens.findIndex((x) => x.start >= end)
    const of = m[1] && next >= 0 ? ofPhrase(tokens, next) : ''
    const f = figure(s, t, value, end, '%', of)
    out.push({ ...f, approximate: true, range: RANGES.around(value), of: population(of) })
  }
  return out
}

/** A share of whom a poll asked ("of respondents", "of Norvians") is a share of all asked. */
function population(of: string): string {
  const last = of.split(' ').at(-1) ?? ''
  // A people's name may come back from the tagger in the plural ("norvians").
  const asked = [last, last.replace(/s$/, '')].some(
    (head) =>
      VOCABULARY.populations.has(head) || VOCABULARY.peopleNouns.has(head) || namesACountry(head)
  )
  return asked ? '' : of
}

/** A figure of `s` from token `t` to `end`, rough when a word like "about" leads it. */
function figure(
  s: ConflictSentence,
  t: Token,
  value: number,
  end: number,
  unit: string,
  of: string
): Figure {
  const clause = clauseAround(s.text, t.start)
  const lead = s.text
    .slice(clause.start, t.start)
    .toLowerCase()
    .replace(/[$€£]$/, '')
    .trimEnd()
  const tokens = bodyTokens(s).filter((x) => x.end <= t.start)
  // "talking about 35 people": "about" after a verb of speech or thought names a topic.
  const topic =
    tokens.at(-1)?.lower === 'about' && VOCABULARY.topicVerbs.has(tokens.at(-2)?.lemma ?? '')
  // "handed over 250 sailors": "over" is the verb's, not "more than".
  const particle =
    tokens.at(-2)?.pos === 'VERB' &&
    eventClass(`${tokens.at(-2)?.lemma} ${tokens.at(-1)?.lower}`) !== undefined
  const approximator =
    topic || particle
      ? undefined
      : VOCABULARY.approximators.find((a) => new RegExp(`(?:^|\\s)${a}$`).test(lead))
  const approximate = approximator !== undefined
  const after = bodyTokens(s).filter((x) => x.start >= end && x.end <= clause.end)
  // "40 detainees each", or "Each side released 300 prisoners": a count per party.
  const eachSide = tokens.some(
    (x, k) =>
      x.start >= clause.start &&
      x.lower === 'each' &&
      VOCABULARY.castNouns.has(tokens[k + 1]?.lemma ?? '')
  )
  const distributive =
    eachSide || after.slice(0, 4).some((x) => x.lower === 'each' || x.lower === 'apiece')
  const said = s.text.slice(t.start, end)
  const owner = ownerOf(tokens.filter((x) => x.start >= clause.start))
  const how = approximator && VOCABULARY.approximation.get(approximator)
  const range = how ? RANGES[how](value) : ([value, value] as [number, number])
  const bound = how === 'atMost' || how === 'above' ? how : undefined
  return {
    sentence: s,
    value,
    said,
    unit,
    of,
    approximate,
    range,
    distributive,
    clause,
    ...(bound && { bound }),
    ...(owner && { owner }),
  }
}

/**
 * The thing a figure is the size of: the words before "of" and the figure ("a reassurance force
 * of 25,000 troops", "the humanitarian corridor of about 40 ships"), a noun and a word that says
 * which, by lemma. One word alone ("a force of 25,000") could be any force the story tells of.
 */
function ownerOf(lead: Token[]): string | undefined {
  const words = lead.filter((x) => !VOCABULARY.approximators.includes(x.lower))
  const of = words.findLastIndex((x) => x.lower === 'of')
  if (of < 0 || of < words.length - 2) return undefined
  if (of === words.length - 2 && words.at(-1)?.pos !== 'ADV' && words.at(-1)?.pos !== 'ADP') {
    return undefined
  }
  const head = words[of - 1]
  const which = words[of - 2]
  if (head?.pos !== 'NOUN' || (which?.pos !== 'NOUN' && which?.pos !== 'ADJ')) return undefined
  return `${which.lemma} ${head.lemma}`
}

/**
 * The values a rough figure allows. A tenth either way is how far news copy rounds ("about 300"
 * for 290; "nearly 1,000" for 950, not for 847).
 */
const RANGES: Record<Approximation, (x: number) => [number, number]> = {
  around: (x) => [x * 0.9, x * 1.1],
  below: (x) => [x * 0.9, x],
  above: (x) => [x, Number.POSITIVE_INFINITY],
  justAbove: (x) => [x, x * 1.1],
  atMost: (x) => [0, x],
}

/**
 * Two values of one measure disagree when no value fits both ("nearly 170" and 148 do not), or
 * when both are bounds of one kind: "up to 40 vessels" and "up to 45 vessels" are two caps.
 */
function disagree(a: Figure, b: Figure): boolean {
  if (a.bound && a.bound === b.bound) return a.value !== b.value
  return a.range[1] < b.range[0] || b.range[1] < a.range[0]
}

/** What happened to the figure: its clause's verbs by class, or the sentence's events. */
function predicate(f: Figure): Set<string> {
  if (f.event) return new Set([f.event])
  const tokens = bodyTokens(f.sentence)
  const clause = tokensIn(tokens, f.clause)
  // A share's predicate is what the share does: "found that 41% support" is the support, not
  // the finding or the polling.
  // Only a share that is the subject: "control of 80% of the region" is the control.
  const at = f.sentence.text.indexOf(f.said, f.clause.start)
  const lead = clause.filter((t) => t.end <= at && !VOCABULARY.approximators.includes(t.lower))
  const prev = lead.at(-1)
  const subject =
    !prev || ['SCONJ', 'CCONJ', 'ADV', 'PUNCT'].includes(prev.pos) || prev.lower === 'that'
  const [first] = verbClasses(
    clause.filter((t) => t.start >= at),
    true
  )
  if (f.unit === '%' && subject && first) return new Set([first])
  const own = new Set([...verbClasses(clause), ...eventClasses(clause)])
  // "The handover, agreed on Friday, covers 205 detainees": "covers" says nothing; the event
  // is the sentence's.
  const told = own.size > 0 ? own : eventClasses(tokens)
  // "exchanged 300 each" and "320 were returned to each side" count one swap.
  return new Set([...told].map((c) => VOCABULARY.countedAlike.get(c) ?? c))
}

/** Nouns of the figure's clause other than what it counts: "power" lasted "11 hours". */
function things(f: Figure): Set<string> {
  const tokens = tokensIn(bodyTokens(f.sentence), f.clause)
  return new Set(
    tokens.filter((t) => t.pos === 'NOUN' && !VOCABULARY.timeUnits.has(t.lemma)).map((t) => t.lemma)
  )
}

/**
 * A figure that counts who says it: "according to two sources", "citing five insiders", "two
 * officials said"; not "it will number 25 divers".
 */
function countsSources(f: Figure): boolean {
  if (!LEXICON.sourceNouns.has(f.unit)) return false
  const at = f.sentence.text.indexOf(f.said, f.clause.start)
  const lead = f.sentence.text.slice(f.clause.start, at)
  if (/\b(?:according to|citing|cited|quoting|quoted|told|by)\s+$/i.test(lead)) return true
  const clause = tokensIn(bodyTokens(f.sentence), f.clause)
  return clause.some((t) => t.start > at && isReporting(t))
}

/**
 * A figure whose unit says what is counted by itself: not people, time, a share, a sum or a
 * part, nor the sources a report counts, which tell who says it, not what happened.
 */
const specific = (f: Figure) => {
  const unit = f.unit
  return (
    unit !== 'people' &&
    !countsSources(f) &&
    unit !== '%' &&
    !VOCABULARY.timeUnits.has(unit) &&
    !unit.startsWith('money:') &&
    !unit.startsWith('part:')
  )
}

/**
 * Whether a figure is one proposed, not one that happened or is set to: someone takes a stance
 * on it (a proposal, demand, offer), a plan or draft "envisages" it, or its clause supposes it
 * ("would", "could"). "Will swap 157 each" is the swap to come, not a proposal.
 */
function prospective(f: Figure, p: Set<string>): boolean {
  // A share counts those who hold a view ("62% oppose", "a quarter would support"): the view,
  // or what they would do, is what a poll found, not a proposal.
  const share = f.unit === '%'
  const proposed = (x: string) => x.startsWith('stance:') && !share
  if ([...p].some((x) => proposed(x) || VOCABULARY.planVerbs.has(x))) return true
  const clause = tokensIn(bodyTokens(f.sentence), f.clause)
  // A plan written down proposes its figures whatever its verb: "the draft sets a 12-km zone"
  // as "the draft foresees a 20-km zone".
  const at = f.sentence.text.indexOf(f.said, f.clause.start)
  const written = (t: Token) => t.end <= at && t.pos === 'NOUN' && VOCABULARY.planNouns.has(t.lemma)
  return clause.some((t) => (HYPOTHETICAL.has(t.lower) && !share) || written(t))
}
const HYPOTHETICAL = new Set(['would', 'could', 'might', 'may'])

/**
 * The figure's clause, or its whole sentence when the clause has no verb: "The exchange, of
 * 1,000 prisoners from each side, is to be carried out in stages".
 */
function verbalClause(f: Figure): Token[] {
  const clause = tokensIn(bodyTokens(f.sentence), f.clause)
  const verbal = clause.some((t) => t.pos === 'VERB' || t.pos === 'AUX')
  return verbal ? clause : bodyTokens(f.sentence)
}

/** Whether the figure's clause puts it ahead: "will", "shall", "is to be", "are due to". */
function upcoming(f: Figure): boolean {
  const clause = verbalClause(f)
  return clause.some(
    (t, k) =>
      t.lower === 'will' ||
      t.lower === 'shall' ||
      (t.lower === 'to' && /^(?:is|are|was|were|due)$/.test(clause[k - 1]?.lower ?? ''))
  )
}

/**
 * Whether the figure's clause tells it as done: a verb of its predicate in a past form ("were
 * returned", "exchanged") with no modal before it ("will be monitored", "are to be returned").
 */
function accomplished(f: Figure, p: Set<string>): boolean {
  const clause = verbalClause(f)
  return clause.some((t, k) => {
    if (t.pos !== 'VERB' || t.lower === t.lemma || /(?:ing|s)$/.test(t.lower)) return false
    // "a Norvik-led team": a compound's participle describes; it tells nothing done.
    if (clause[k - 1]?.text === '-') return false
    const c = eventClass(t.lemma) ?? t.lemma
    if (!p.has(VOCABULARY.countedAlike.get(c) ?? c)) return false
    return !clause.slice(0, k).some((x) => VOCABULARY.modals.has(x.lower))
  })
}

/** Whether a predicate names no event or stance: only verbs the vocabulary does not know. */
const vague = (p: Set<string>) =>
  [...p].every((x) => !EVENT_CLASSES.has(x) && !x.startsWith('stance:'))
const EVENT_CLASSES = new Set(VOCABULARY.eventClass.values())

/**
 * The nouns and events a figure's sentence and the one before it in its paragraph tell it by,
 * besides spans of time and the people every count is of.
 */
function context(
  f: Figure,
  before: (s: ConflictSentence) => ConflictSentence | undefined
): Set<string> {
  const previous = before(f.sentence)
  const tokens = [...bodyTokens(f.sentence), ...(previous ? bodyTokens(previous) : [])]
  const nouns = tokens
    .filter((t) => t.pos === 'NOUN' && !VOCABULARY.timeUnits.has(t.lemma))
    .map((t) => t.lemma)
    .filter((l) => l !== f.unit && !VOCABULARY.peopleNouns.has(l))
  // An event told by a verb in one and a noun in the other ("swap 40", "detainee swaps").
  return new Set([...nouns, ...eventClasses(tokens)])
}

/**
 * Both figures count the dead, or both the wounded: a toll the story tells of its one attack,
 * anchored by what the sentences tell it by when no name is shared ("Eleven people were killed",
 * "nine people were killed in the market").
 */
const casualties = (pa: Set<string>, pb: Set<string>) =>
  ['death', 'injury'].some((c) => pa.has(c) && pb.has(c))

/**
 * Does the figure's clause name what the other's sentence, and the one before it, do not
 * ("killed in Norvik")?
 */
function elsewhere(
  f: Figure,
  other: Figure,
  before: (s: ConflictSentence) => ConflictSentence | undefined
): boolean {
  const told = [other.sentence, before(other.sentence)].filter((s) => s !== undefined)
  const theirs = new Set(told.flatMap((s) => [...namesIn(bodyTokens(s), s.bodyStart)]))
  // The tagger takes a sentence's first word for a name ("Officials now say"): not a place.
  const [first] = bodyTokens(f.sentence)
  const clause = tokensIn(bodyTokens(f.sentence), f.clause).filter((t) => t !== first)
  return [...namesIn(clause, f.sentence.bodyStart)].some((n) => !theirs.has(n))
}

/** Roles any counted person holds: "a 12-member team" may be the "14 monitors". */
const ANYONE = new Set(['member'])

/** How far apart two figures of one count can lie: a tenfold gap is two counts. */
const FAR_APART = 10

/** Words that set a figure on an occasion before or after the one the report tells. */
const OTHER_OCCASION = new Set(['previous', 'earlier', 'prior'])

/** Does the figure's sentence, up to it, set it on another occasion ("the previous exchange")? */
const another = (f: Figure) => {
  const at = f.sentence.text.indexOf(f.said, f.clause.start)
  return bodyTokens(f.sentence).some((t) => t.end <= at && OTHER_OCCASION.has(t.lower))
}

/** Words that number one part of a series: "the first stage", "a second round". */
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'initial', 'final'])

/** The ordinals of a figure's clause. */
const ordinals = (f: Figure) =>
  new Set(
    tokensIn(bodyTokens(f.sentence), f.clause)
      .map((t) => t.lower)
      .filter((w) => ORDINALS.has(w))
  )

/** The names in a figure's own clause. */
const clauseNames = (f: Figure) =>
  namesIn(tokensIn(bodyTokens(f.sentence), f.clause), f.sentence.bodyStart)

/** What a figure counts, for grouping: "12 inspectors" and "a team of 14 people" are people. */
export const measureOf = (f: Figure) => (VOCABULARY.peopleRoles.has(f.unit) ? 'people' : f.unit)

/** Whether two figures count one measure on one occasion. */
export function sameMeasure(
  a: Figure,
  b: Figure,
  before: (s: ConflictSentence) => ConflictSentence | undefined = () => undefined
): boolean {
  if (measureOf(a) !== measureOf(b) || a.of !== b.of) return false
  // "12 monitors" and "four experts": two roles counted, two measures; a role and "people"
  // may be one ("12 inspectors", "a team of 14 people").
  const role = (f: Figure) => VOCABULARY.peopleRoles.has(f.unit) && !ANYONE.has(f.unit)
  if (role(a) && role(b) && a.unit !== b.unit) return false
  // One count told two ways differs by a slip or a revision, not a thousandfold: "19,546
  // children deported" and "22 children in a first group" count two things.
  if (a.unit !== '%' && Math.max(a.value, b.value) > FAR_APART * Math.min(a.value, b.value))
    return false
  // "In the previous exchange, on 18 March, … 502 bodies": another occasion than the one told.
  if (another(a) !== another(b)) return false
  if (a.whose && b.whose && a.whose !== b.whose) return false
  // "in the first stage" and "in the second stage": two parts of one plan, two measures.
  const oa = ordinals(a)
  const ob = ordinals(b)
  if (oa.size > 0 && ob.size > 0 && !meet(oa, ob)) return false
  const sa = a.sentence
  const sb = b.sentence
  // The slot's anchor: a name both sentences carry, or a noun both tell it by, in the sentence
  // or the one before it in its paragraph ("A draft on prisoner exchanges is on the table.
  // 'We are talking about 250 people on each side'").
  const named = meet(namesIn(bodyTokens(sa), sa.bodyStart), namesIn(bodyTokens(sb), sb.bodyStart))
  const pa = predicate(a)
  const pb = predicate(b)
  // A duration of a thing both name ("a 30-day pause", "the 45-day moratorium") is one measure
  // whatever the clauses' verbs do with it.
  // So is the size of one thing both name alike ("a reassurance force of 25,000 troops").
  const oneThing =
    (a.of !== '' && VOCABULARY.timeUnits.has(a.unit)) ||
    (a.owner !== undefined && a.owner === b.owner)
  // "is to be carried out in stages" and "last month's swap, in which 320 were returned": one
  // still to come, one done, two occasions.
  if ((upcoming(a) && accomplished(b, pb)) || (upcoming(b) && accomplished(a, pa))) return false
  // A figure someone proposes, demands or offers ("proposed an exchange of 500 for 500") is not
  // the figure of what happened ("exchanged 175 each").
  const proposedA = prospective(a, pa)
  const proposedB = prospective(b, pb)
  if (!oneThing && proposedA !== proposedB) {
    // Only against what did happen: "would be posted" and "the figure under discussion is 12"
    // may be one plan's figure; "would be posted" and "were posted" are not.
    // A distance is another matter: "pull back 15 km" proposed, "rail lines within 30 km".
    const done = proposedA ? b : a
    if (MEASURES.has(a.unit) || accomplished(done, done === a ? pa : pb)) return false
  }
  // Two proposals by one party, named in both clauses ("Velmora is seeking a mission of 1,500",
  // "Velmora has proposed a mission of 1,200"), propose one thing in whatever verb.
  const proposals = proposedA && proposedB && meet(clauseNames(a), clauseNames(b))
  if (!oneThing && !proposals && !meet(pa, pb)) {
    // A verb outside the vocabulary of events and stances ("talking", "checked") tells nothing
    // of what happened to the figure. The less the unit says, the more the other side must:
    // "40 divers" is a measure by itself; "35 people on each side" needs the other side's
    // event ("swap 40 detainees each"); people or time counted plainly need the same event.
    const own = specific(a) && specific(b)
    const each = a.distributive && b.distributive
    const allowed = own ? vague(pa) || vague(pb) : each && vague(pa) !== vague(pb)
    if (!allowed) return false
  } else if (
    !oneThing &&
    !named &&
    !(specific(a) && specific(b)) &&
    !(a.distributive && b.distributive) &&
    !(casualties(pa, pb) && !elsewhere(a, b, before) && !elsewhere(b, a, before))
  )
    return false
  if (!named && !meet(context(a, before), context(b, before))) return false
  // A share of nothing named ("31% would accept") is a poll's answer to its own question: the
  // clauses must name the same group or place, not just the sentences.
  // The same poll named in both sentences ("a poll by Horizon Research") is the same question's;
  // a country, named by half the dossier, tells no poll from another.
  const poll = (f: Figure) =>
    new Set(
      [...namesIn(bodyTokens(f.sentence), f.sentence.bodyStart)].filter((n) => !namesACountry(n))
    )
  if (a.unit === '%' && !a.of && !meet(clauseNames(a), clauseNames(b)) && !meet(poll(a), poll(b)))
    return false
  // A duration or a sum is of something: "water" cut for hours, not "talks" that lasted hours;
  // a "fund" of billions, not "assets" of billions.
  const measured = VOCABULARY.timeUnits.has(a.unit) || a.unit.startsWith('money:')
  if (measured && !meet(things(a), things(b))) return false
  return sameOccasion(occasionOf(a), occasionOf(b))
}

/**
 * When a figure's clause says it happened; a clause naming no time takes the night its sentence
 * names ("Last night alone, Ostland launched 163 drones"; "The attack came overnight into
 * 17 May, when Ostland launched 210 drones"): a night frames all its sentence tells. Another
 * date elsewhere in the sentence may be another event's, or the saying's.
 */
function occasionOf(f: Figure): Occasion[] {
  const own = occasionsIn(f.sentence, f.clause)
  if (own.length > 0) return own
  const night = occasionsOf(f.sentence).filter((o) => o.night)
  if (night.length > 0) return night
  // A report's undated count is its news: of its day, or of the night before it ("Hours before
  // the session opened, Ostland fired 286 drones"), not of another night another report dates.
  const date = f.sentence.date
  const struck = tokensIn(bodyTokens(f.sentence), f.clause).some(
    (t) => t.pos === 'VERB' && STRIKES.has(eventClassOf(t) ?? '')
  )
  if (!date || !struck) return []
  return [reportDays(date, f.clause.start)]
}

/** Event classes of a night's count: what was launched at a country, and what was downed. */
const STRIKES = new Set(['attack', 'interception'])

/** Most sides a story counts as its cast ("the three delegations"), not as a figure. */
const CAST_SIZE = 10

/**
 * A count of those taking part: "shuttling between the two delegations", "the heads of the three
 * delegations". It says who is in the room, and a mediator makes two sides three; no measure.
 */
const countsCast = (f: Figure) => VOCABULARY.castNouns.has(f.unit) && f.value <= CAST_SIZE

/** A figure a correction note withdraws ("said 47%; the correct figure is 41%") asserts nothing. */
function withdrawn(f: Figure): boolean {
  const wrong = wrongPart(f.sentence)
  const at = f.sentence.text.indexOf(f.said, f.clause.start)
  return wrong !== undefined && at >= wrong.start && at < wrong.end
}

/**
 * The same measure given two figures by two sentences. Safe because the slot is shared in full:
 * what is counted, what happened to it, a name both sentences carry, and the occasion.
 */
export const figureConflicts: Rule = (sentences) => {
  // Only figures of one unit can share a measure: compare within each unit's group.
  const groups = new Map<string, Figure[]>()
  for (const f of sentences.flatMap(figuresIn).filter((f) => !withdrawn(f) && !countsCast(f))) {
    const key = `${measureOf(f)}|${f.of}`
    groups.set(key, [...(groups.get(key) ?? []), f])
  }
  const at = new Map(sentences.map((s) => [`${s.passage.id}|${s.index}`, s]))
  const before = (s: ConflictSentence) => at.get(`${s.passage.id}|${s.index - 1}`)
  const out: Conflict[] = []
  for (const figures of groups.values()) {
    figures.forEach((a, i) => {
      for (const b of figures.slice(i + 1)) {
        if (a.sentence === b.sentence) continue
        if (!disagree(a, b) || !sameMeasure(a, b, before)) continue
        out.push(...bothWays(a.sentence, b.sentence, a.said, b.said, ''))
      }
    })
  }
  return out
}
