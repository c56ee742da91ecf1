/**
 * @module language/attribution
 * Who a sentence says is speaking and how firmly, from its tokens: a reporting verb (by lemma,
 * from the general lexicon) with its subject before it ("the foreign ministry said") or after it
 * ("…,” said Novak); "according to X"; a finding ("a survey by X found", "data compiled by X
 * show"); impersonal sourcing ("it is understood"); a transcript's speaker; a pronoun or a
 * continued quotation standing for the source named just before. Hedges, distancing verbs,
 * unnamed critics and allegations are collected as the reasons a sentence is contested.
 */
import type { Token } from './analyse.ts'
import type { Layout } from './layout.ts'
import { LEXICON, phrasePattern, type ReportKind } from './lexicon.ts'

export interface Attribution {
  /** Who says it, in the sentence's own words (or the earlier source a pronoun stands for). */
  source?: string
  /**
   * The sentence's own words that name the source ("he", "we", "the official", "Novak"), when
   * they differ from `source` because they point back to a source named before; always a
   * verbatim part of the sentence.
   */
  words?: string
  /** Whom it was said to, when the sentence names them ("told the Daily Courier"). */
  listener?: string
  /** The words that attribute it: a verb as written, "according to", "it is understood", … */
  cue?: string
  kind?: ReportKind | 'according' | 'impersonal' | 'speaker' | 'continued'
  /** Words that make the sentence an allegation, a hedged or unconfirmed claim. */
  hedges: string[]
  /** The sentence reports a denial ("officials denied reports that …"). */
  denial: boolean
  /** The sentence asks rather than asserts: it ends with a question mark. */
  question: boolean
}

/** Options for {@link attributionOf}. */
export interface AttributionOptions {
  /** The source named last before this sentence, for "he said" and continued quotes. */
  previousSource?: string
  /**
   * The person named last before this sentence, as its source or its subject: "he" and "she"
   * stand for a person, never for a survey or a group named since ("two diplomats").
   */
  previousPerson?: string
  /** The transcript speaker whose turn this sentence belongs to. */
  speaker?: string
  /** Labels of the document's interviewer, beside the lexicon's ("Q", "Question"). */
  interviewers?: ReadonlySet<string>
  layout: Layout
}

/** Pronouns that stand for one person. */
const PERSONAL = new Set(['he', 'she'])

/** Parts of speech a source's noun phrase is made of. */
const NP = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART', 'X'])
const QUOTE_MARKS = /^[“”"‘’']$/

/**
 * Can this token stand in a source's noun phrase? Its tag, or what the tagger misreads: a
 * capitalised word inside the sentence is a name ("Grid Watch" tagged a verb), and a source
 * noun is a noun ("people" tagged a verb before "close to").
 */
function nominal(tokens: Token[], j: number): boolean {
  const tok = tokens[j]
  if (!tok) return false
  if (NP.has(tok.pos)) return true
  if (LEXICON.sourceNouns.has(tok.lower) && tok.pos !== 'ADP') return true
  return j > 0 && /^\p{Lu}/u.test(tok.text) && ['VERB', 'NOUN', 'ADJ'].includes(tok.pos)
}

/** "compiled" in "data compiled by", "briefed" in "diplomats briefed on": a participle after a
 * noun, before its preposition. */
function participle(tokens: Token[], j: number): boolean {
  const tok = tokens[j]
  return (
    tok?.pos === 'VERB' &&
    /(?:ed|en)$/.test(tok.lower) &&
    tokens[j + 1]?.pos === 'ADP' &&
    nominal(tokens, j - 1)
  )
}

/** Is the verb at `i` negated ("did not respond", "has never said", "no date was announced")? */
function negatedAt(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 4; j--) {
    const tok = tokens[j]
    if (!tok || !['AUX', 'PART', 'ADV'].includes(tok.pos)) break
    if (LEXICON.negation.has(tok.lower)) return true
  }
  return false
}

function words(tokens: Token[], text: string): string {
  const first = tokens[0]
  const last = tokens.at(-1)
  return first && last ? text.slice(first.start, last.end) : ''
}

/** The noun phrase that ends just before index `i` (going left), or undefined. */
function subjectBefore(tokens: Token[], i: number): Token[] | undefined {
  let j = i - 1
  while (
    j >= 0 &&
    ['ADV', 'AUX', 'PART'].includes(tokens[j]?.pos ?? '') &&
    tokens[j]?.lower !== "'s"
  )
    j--
  const end = j
  const t = tokens[j]
  if (!t) return undefined
  if (t.text === ',' && j < i - 1) return subjectBeforeAside(tokens, j)
  // "Novak, who has always said …": the subject stands before the relative clause.
  if (t.lower === 'who' && tokens[j - 1]?.text === ',') return subjectBefore(tokens, j - 1)
  const relative = relativeSubject(tokens, i)
  if (relative) return relative
  // "it said" is kept here; the caller decides whether "it" can stand for a source.
  if (t.pos === 'PRON' && !(LEXICON.objectPronouns.has(t.lower) && tokens[j - 1]?.pos === 'ADP'))
    return LEXICON.pronouns.has(t.lower) || t.lower === 'it' ? [t] : undefined
  while (j >= 0) {
    const tok = tokens[j]
    if (!tok) break
    const left = tokens[j - 1]
    const ok =
      nominal(tokens, j) ||
      tok.text === '-' ||
      // "people close to him": a pronoun after a preposition inside the phrase
      (tok.pos === 'PRON' && LEXICON.objectPronouns.has(tok.lower) && left?.pos === 'ADP') ||
      // "people close to", "officials familiar with", "a spokesman for", "one of the people"
      (tok.pos === 'ADP' &&
        left !== undefined &&
        (['ADJ', 'NOUN', 'PROPN'].includes(left.pos) ||
          (left.pos === 'NUM' && tok.lower === 'of'))) ||
      // "Data compiled by", "diplomats briefed on the talks": a participle describing the
      // source, with its preposition.
      (tok.pos === 'ADP' && left !== undefined && participle(tokens, j - 1)) ||
      participle(tokens, j) ||
      (tok.pos === 'CCONJ' && left !== undefined && NP.has(left.pos))
    if (!ok || end - j >= 14) break
    j--
  }
  let phrase = tokens.slice(j + 1, end + 1)
  // Trim what cannot start a noun phrase, and a relative word ("which officials say").
  while (
    phrase[0] &&
    (['ADP', 'CCONJ', 'PART', 'VERB'].includes(phrase[0].pos) ||
      ['which', 'who', 'whom'].includes(phrase[0].lower))
  )
    phrase = phrase.slice(1)
  const has = (p: Token) => p.pos === 'NOUN' || p.pos === 'PROPN'
  if (!phrase.some((p) => has(p) || nominal(tokens, tokens.indexOf(p)))) return undefined
  const head = phrase.at(-1)
  if (phrase.length === 1 && head && LEXICON.notSources.has(head.lower)) return undefined
  // "an earlier version of this article said": the writer's own text is no one else's word.
  const own = phrase.some(
    (p, k) => p.lower === 'this' && LEXICON.ownText.has(phrase[k + 1]?.lower ?? '')
  )
  if (own) return undefined
  const start = tokens.indexOf(phrase[0] as Token)
  const left = tokens[start - 1]
  // "what officials have told reporters": a clause the sentence talks about, not its source.
  if (LEXICON.freeRelatives.has(phrase[0]?.lower ?? '')) return undefined
  if (LEXICON.freeRelatives.has(left?.lower ?? '')) return undefined
  // "Without rules written first": the object of a preposition is no subject; but "as one
  // clerk noted", "with officials insisting" and "by" phrases do introduce the speaker.
  if (left?.pos === 'ADP' && !['by', 'with', 'as'].includes(left.lower)) return undefined
  // "a poll by the bureau published this week found": the phrase before the participle
  // is the subject; "this week" only dates it.
  if (
    left?.pos === 'VERB' &&
    !phrase.some((p) => p.pos === 'PROPN' || LEXICON.sourceNouns.has(p.lower)) &&
    nominal(tokens, start - 2)
  ) {
    const described = subjectBefore(tokens, start - 1)
    const from = described ? tokens.indexOf(described[0] as Token) : -1
    if (described && from >= 0) return tokens.slice(from, end + 1)
  }
  return phrase
}

/**
 * "A clerk who asked not to be named said": the subject is the noun phrase before
 * "who", with its relative clause, when the clause runs to the verb at `i` without punctuation.
 */
function relativeSubject(tokens: Token[], i: number): Token[] | undefined {
  for (let j = i - 1; j > 0 && i - j <= 10; j--) {
    const tok = tokens[j]
    if (!tok || tok.pos === 'PUNCT') return undefined
    if (tok.lower !== 'who') continue
    if (j === i - 1) return undefined
    const head = subjectBefore(tokens, j)
    return head ? [...head, ...tokens.slice(j, i)] : undefined
  }
  return undefined
}

/**
 * "Ostia refuses, but has said …": a verb after "but" or "and" with no subject of its own
 * shares the subject that opens the sentence.
 */
function sharedSubject(tokens: Token[], i: number): Token[] | undefined {
  let j = i - 1
  while (j >= 0 && ['AUX', 'ADV', 'PART'].includes(tokens[j]?.pos ?? '')) j--
  // "Novak rejected the idea, telling reporters …": a participle after a comma, too.
  const participle = tokens[i]?.lower.endsWith('ing') && tokens[j]?.text === ','
  if (tokens[j]?.pos !== 'CCONJ' && !participle) return undefined
  const phrase: Token[] = []
  for (let k = 0; k < j && nominal(tokens, k); k++) phrase.push(tokens[k] as Token)
  const next = tokens[phrase.length]
  if (!phrase.some((p) => p.pos === 'PROPN' || LEXICON.sourceNouns.has(p.lower))) return undefined
  return next?.pos === 'VERB' ? phrase : undefined
}

/**
 * "Novak, in a statement on Friday, claimed": the subject stands before an aside set off by
 * commas; `comma` is the index of the aside's closing comma.
 */
function subjectBeforeAside(tokens: Token[], comma: number): Token[] | undefined {
  for (let j = comma - 1; j > 0 && comma - j < 25; j--) {
    if (tokens[j]?.text === ',') return subjectBefore(tokens, j)
    if (QUOTE_MARKS.test(tokens[j]?.text ?? '')) return undefined
  }
  return undefined
}

/** The noun phrase that starts just after index `i` ("said Novak, …"). */
function subjectAfter(tokens: Token[], i: number): Token[] | undefined {
  const phrase: Token[] = []
  for (let j = i + 1; j < tokens.length; j++) {
    const tok = tokens[j]
    if (!tok || !(nominal(tokens, j) || (tok.pos === 'ADP' && phrase.length > 0))) break
    const last = phrase.at(-1)
    const afterNoun = last !== undefined && ['NOUN', 'PROPN'].includes(last.pos)
    // "by the agency show a drop": a determiner after a noun opens another phrase, and a
    // lower-case reporting word after the noun is its verb, whatever its tag.
    if (
      afterNoun &&
      (tok.pos === 'DET' || (LEXICON.reporting.has(tok.lemma) && tok.text === tok.lower))
    )
      break
    phrase.push(tok)
  }
  while (phrase.at(-1)?.pos === 'ADP') phrase.pop()
  return phrase.some((p) => p.pos === 'NOUN' || p.pos === 'PROPN') ? phrase : undefined
}

/** Does a several-word reporting phrase ("made it clear") start at token `i`? */
function phrasalAt(tokens: Token[], i: number): boolean {
  return LEXICON.phrasal.some((words) =>
    words.every((w, k) => {
      const tok = tokens[i + k]
      return tok !== undefined && (tok.lemma === w || tok.lower === w)
    })
  )
}

/** "hailed as a step forward by the ministry": the passive's agent is the source. */
function passiveSource(tokens: Token[], i: number, text: string): string | undefined {
  const t = tokens[i]
  if (t?.pos !== 'VERB' || !LEXICON.passiveBy.has(t.lemma)) return undefined
  for (let j = i + 1; j < tokens.length && j - i < 10; j++) {
    const tok = tokens[j]
    if (!tok || tok.text === ',' || tok.pos === 'VERB') return undefined
    if (tok.lower !== 'by') continue
    const phrase = subjectAfter(tokens, j)
    return phrase?.some((p) => p.pos === 'PROPN') || (phrase && namesASource(phrase))
      ? words(phrase, text)
      : undefined
  }
  return undefined
}

/** Modals before a verb of saying that put the saying ahead or make it a duty: not said yet. */
const UNSAID_MODALS = new Set(['will', 'shall', 'should', 'must', 'might', 'may', 'can'])

/** A noun phrase may source a finding ("a survey … found") only if its head is a source. */
function namesASource(phrase: Token[]): boolean {
  return phrase.some((t) => LEXICON.sourceNouns.has(t.lower) || LEXICON.sourceNouns.has(t.lemma))
}

function isCritics(phrase: Token[]): boolean {
  return phrase.some((t) => LEXICON.critics.has(t.lower))
}

/** "Reports in the capital say": unnamed reports as the subject, hearsay. */
function isHearsay(phrase: Token[]): boolean {
  const head = phrase.find((t) => t.pos === 'NOUN' || t.pos === 'PROPN')
  return head !== undefined && LEXICON.hearsay.has(head.lower)
}

/** "By its count", "by the ministry's estimate": a count that is someone's. */
const BY_COUNT =
  /^by\s+((?:its|their|his|her)|(?:the\s+)?[\p{L}\s.-]+?['’]s)\s+(?:own\s+)?(?:count|estimate|estimates|tally|reckoning|calculations?|figures|records?)\b/iu

/** Things one writes that say nothing themselves: "writes a column", "wrote a letter". */
const WRITTEN = new Set(['column', 'letter', 'book', 'blog', 'newsletter', 'piece', 'article'])

/** The phrase after "according to", up to punctuation. */
function accordingTo(tokens: Token[], text: string): { source: string; cue: string } | undefined {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]?.lower !== 'according' || tokens[i + 1]?.lower !== 'to') continue
    const phrase: Token[] = []
    let relative = false
    for (let j = i + 2; j < tokens.length; j++) {
      const tok = tokens[j]
      // "the Vienna-based group": a hyphen inside a word is part of it.
      if (!tok) break
      const attached = tok.text === '-' && tok.start === tokens[j - 1]?.end
      if ((tok.pos === 'PUNCT' && !attached) || tok.pos === 'SCONJ') break
      if (tok.lower === 'who') relative = true
      // "people close to", "two people who have spoken with him", "an official briefed on
      // the talks": a relative clause or a participle describing the source stays with it.
      const prev = phrase.at(-1)
      // "according to port officials": a noun the tagger took for a verb before the head noun.
      const modifier =
        !phrase.some((p) => p.pos === 'NOUN' || p.pos === 'PROPN') &&
        ['NOUN', 'PROPN'].includes(tokens[j + 1]?.pos ?? '')
      const describes =
        relative ||
        modifier ||
        attached ||
        (prev?.text === '-' && prev.end === tok.start) ||
        // "open-source groups": a word joined by a hyphen to the next is part of a compound.
        (tokens[j + 1]?.text === '-' && tokens[j + 1]?.start === tok.end) ||
        LEXICON.sourceNouns.has(tok.lower) ||
        (prev !== undefined && ['NOUN', 'PROPN'].includes(prev.pos) && /(?:ed|en)$/.test(tok.lower))
      if (tok.pos === 'VERB' && !describes) break
      phrase.push(tok)
    }
    if (!phrase.length) continue
    // "according to the newspaper, citing two officials": the source and whom it cites.
    const after = phrase.at(-1)
    const k = after ? tokens.indexOf(after) : -1
    if (tokens[k + 1]?.text === ',' && tokens[k + 2]?.lower === 'citing') {
      for (let j = k + 2; j < tokens.length && tokens[j]?.pos !== 'PUNCT'; j++) {
        const tok = tokens[j]
        if (tok) phrase.push(tok)
      }
    }
    return { source: words(phrase, text), cue: 'according to' }
  }
  return undefined
}

const HEDGES = LEXICON.hedges.map(
  (h) => new RegExp(`(?<![\\p{L}])${phrasePattern(h)}(?![\\p{L}])`, 'u')
)

function hedgesIn(text: string, tokens: Token[]): string[] {
  const lower = text.toLowerCase()
  const found: string[] = []
  for (const h of HEDGES) {
    const m = h.exec(lower)
    if (m) found.push(text.slice(m.index, m.index + m[0].length))
  }
  // "the allegations", "claims that": a claim named as such; "reports that …", "suggestions
  // that …": what others say happened, named as hearsay (a report by itself is a source).
  tokens.forEach((t, i) => {
    // Not a verb the tagger took for a noun ("Our correspondent reports that"), nor a report
    // that a relative clause describes ("a report that names no suspect").
    const hearsay =
      LEXICON.hearsayNouns.has(t.lower) &&
      tokens[i + 1]?.lower === 'that' &&
      !['NOUN', 'PROPN'].includes(tokens[i - 1]?.pos ?? '') &&
      !['VERB', 'AUX'].includes(tokens[i + 2]?.pos ?? '')
    if ((!LEXICON.distancingNouns.has(t.lower) && !hearsay) || t.pos !== 'NOUN') return
    // "rejected claims that …": the claim is what a denial denies, reported as such.
    let v = i - 1
    while (['DET', 'ADJ'].includes(tokens[v]?.pos ?? '')) v--
    if (LEXICON.reporting.get(tokens[v]?.lemma ?? '') === 'deny') return
    const next = tokens[i + 1]?.lower
    const prev = tokens[i - 1]?.pos
    // "its claim to the region": a claim to land or a title is held, not alleged.
    if (next === 'to' && !LEXICON.alwaysDistancing.has(t.lower)) return
    if (
      LEXICON.alwaysDistancing.has(t.lower) ||
      next === 'that' ||
      next === 'of' ||
      prev === 'DET' ||
      prev === 'ADJ' ||
      prev === 'PRON'
    )
      found.push(t.text)
  })
  return found
}

/** One reporting clause found in a sentence. */
interface Candidate {
  source: string
  words?: string
  listener?: string
  cue: string
  kind: ReportKind
  /** The clause closes the sentence (", officials said."), so it covers all of it. */
  trailing: boolean
  /** The verb may be a participle describing a noun ("diplomats briefed on the talks"). */
  describing?: boolean
}

/** Is a clause (not a thing) reported after the verb at `i`: "that …", a pronoun, a quote? */
/** Words of the noun phrase that names a source put last: "our correspondent Eva Holm". */
const SOURCE_PHRASE = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM'])

/**
 * Whether the word at `i` closes a source put last: a comma before its noun phrase and no verb
 * after it ("…, the ministry reports." but not "Ministry reports, however, show …").
 */
function putLast(tokens: Token[], i: number): boolean {
  let k = i - 1
  while (k >= 0 && SOURCE_PHRASE.has(tokens[k]?.pos ?? '')) k--
  if (tokens[k]?.text !== ',') return false
  return !tokens.slice(i + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX')
}

function clauseAfter(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]
  if (!next) return false
  if (QUOTE_MARKS.test(next.text) || ['he', 'she', 'they', 'it', 'we', 'i'].includes(next.lower))
    return true
  // "that Ostia had agreed", not "that demand": a determiner "that" is followed by its noun.
  return next.lower === 'that' && tokens[i + 2]?.pos !== 'NOUN'
}

/**
 * A verb of denial reports a denial when what it denies is a statement: "denied", or "rejected
 * claims that …", "dismissed the reports", "rejected that Ostia had agreed"; "rejects any
 * boats" and "rejected that demand" give a stance, not anyone's words.
 */
function deniesAStatement(tokens: Token[], i: number): boolean {
  const t = tokens[i]
  if (t && LEXICON.denyAny.has(t.lemma)) return true
  if (clauseAfter(tokens, i)) return true
  for (let j = i + 1; j < tokens.length && j - i <= 4; j++) {
    const tok = tokens[j]
    if (!tok || tok.pos === 'PUNCT' || tok.pos === 'VERB') return false
    if (LEXICON.statementNouns.has(tok.lemma) || LEXICON.statementNouns.has(tok.lower)) return true
  }
  return false
}

/** "called the exchanges “proof …”": a naming verb reports words only when it quotes them. */
function quotesAfter(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j - i <= 8; j++) {
    const tok = tokens[j]
    if (!tok || tok.text === ',' || tok.pos === 'VERB') return false
    if (QUOTE_MARKS.test(tok.text)) return true
  }
  return false
}

/** Does nothing but circumstance follow index `to` ("on Friday", "in a statement")? */
function endsAfter(tokens: Token[], to: number): boolean {
  for (let j = to + 1; j < tokens.length; j++) {
    const tok = tokens[j]
    if (tok && (tok.pos === 'VERB' || tok.pos === 'AUX' || tok.pos === 'SCONJ')) return false
  }
  return true
}

/**
 * The attribution of one sentence whose words (after any layout) are `tokens`.
 *
 * @example
 * ```ts
 * const text = 'Talks will resume on Monday, two officials said.'
 * attributionOf(text, tokensOf(text), { layout: layoutOf(text) }).source // 'two officials'
 * ```
 */
export function attributionOf(
  text: string,
  tokens: Token[],
  options: AttributionOptions
): Attribution {
  const body = text.slice(options.layout.bodyStart).trim()
  const question = /\?[’”'")\]»]*$/.test(body)
  const out: Attribution = { hedges: hedgesIn(text, tokens), denial: false, question }
  // A question asserts nothing; only a named questioner's label in the sentence sources it
  // (the interviewer's "Q" does not). Its hedges still count.
  if (question) {
    const { layout, interviewers } = options
    const asker =
      layout.speaker &&
      (speakerOf({ layout, ...(interviewers && { interviewers }) }) ?? namedAsker(layout.speaker))
    if (asker) Object.assign(out, { source: asker, cue: `${asker}:`, kind: 'speaker' })
    return out
  }
  // A credit line ("(Reporting by …)") asserts nothing either.
  if (options.layout.byline) return out
  const lower = text.toLowerCase()
  const impersonal = LEXICON.impersonal.find((p) => p !== 'according to' && lower.includes(p))
  const impersonalAt = impersonal ? lower.indexOf(impersonal) : -1
  const inImpersonal = (t: Token) =>
    impersonal !== undefined && t.start >= impersonalAt && t.end <= impersonalAt + impersonal.length
  const speaker = speakerOf(options)

  const candidates: Candidate[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (!t) continue
    // "declined to discuss numbers", "declined to elaborate": a source withholding, who speaks.
    // Only "decline": "refused to discuss the plan" is a stance on talks, not the press's idiom.
    const withholds =
      LEXICON.withheldSpeech.has(t.lemma) &&
      tokens[i - 1]?.lower === 'to' &&
      tokens[i - 2]?.lemma === 'decline'
    const kind =
      LEXICON.reporting.get(t.lemma) ??
      (withholds || phrasalAt(tokens, i) ? 'say' : undefined) ??
      (LEXICON.namingVerbs.has(t.lemma) && t.pos === 'VERB' && quotesAfter(tokens, i)
        ? 'say'
        : undefined)
    if (!kind) {
      const by = passiveSource(tokens, i, text)
      if (by) candidates.push({ source: by, cue: t.text, kind: 'say', trailing: false })
      continue
    }
    // "wants the U.S. to confirm": an infinitive reports nothing yet.
    // "wants the U.S. to confirm": an infinitive reports nothing yet; but "officials declined to
    // say who attended" reports the officials, who withheld it.
    const withheld = LEXICON.withholding.has(tokens[i - 2]?.lemma ?? '')
    if (tokens[i - 1]?.lower === 'to' && !withheld) continue
    if (inImpersonal(t)) continue
    // "Velgrad should say plainly", "the minister will make a statement": what someone is to say
    // has not been said. "Writes about security", "said no to sanctions": a topic and a refusal,
    // not anyone's words reported.
    if (UNSAID_MODALS.has(tokens[i - 1]?.lower ?? '')) continue
    if (tokens[i + 1]?.lower === 'about' && tokens[i + 2]?.pos !== 'NUM') continue
    if (/^(?:no|yes)$/.test(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'to') continue
    // A verb, or one the tagger took for a noun: "Economics show 12 attacks", "Sociologists
    // caution that …".
    const asVerb =
      t.pos === 'VERB' ||
      // "the air force reports a large attack": a verb in its -s form before its object.
      (t.pos === 'NOUN' &&
        t.lower.endsWith('s') &&
        nominal(tokens, i - 1) &&
        tokens[i - 1]?.pos !== 'DET' &&
        ['DET', 'NUM'].includes(tokens[i + 1]?.pos ?? '')) ||
      (t.pos === 'NOUN' && kind !== 'say' && tokens[i - 1]?.pos !== 'DET') ||
      (t.pos === 'NOUN' && clauseAfter(tokens, i) && nominal(tokens, i - 1)) ||
      // "the town, which officials say was hit": a clause goes on straight after it.
      (t.pos === 'NOUN' && nominal(tokens, i - 1) && tokens[i + 1]?.pos === 'AUX') ||
      // "…, our correspondent reports from Vardby.": a source put last.
      (t.pos === 'NOUN' && t.lower.endsWith('s') && nominal(tokens, i - 1) && putLast(tokens, i))
    if (!asVerb) continue
    // "the reported attack", "a claimed victory": a participle used as an adjective.
    if (tokens[i - 1]?.pos === 'DET') continue
    // "did not respond", "no date has been announced": nobody is reported saying anything.
    if (kind !== 'deny' && negatedAt(tokens, i)) continue
    if (kind === 'deny' && !deniesAStatement(tokens, i)) continue
    // An accusation is one whoever makes it ("with each side accusing the other", "has been
    // accused of").
    const accuses = kind === 'distance' && !LEXICON.ambiguousDistancing.has(t.lemma)
    if (accuses) out.hedges.push(t.text)
    // "was confirmed by the ministry", "a detail first reported by the paper": the agent, not
    // the passive's subject, is the source.
    const byNext =
      tokens[i + 1]?.lower === 'by' ||
      (tokens[i + 1]?.pos === 'ADV' && tokens[i + 2]?.lower === 'by')
    const agent =
      tokens[i - 1]?.lemma === 'be' || byNext ? passiveSource(tokens, i, text) : undefined
    if (agent) {
      if (kind === 'deny') out.denial = true
      candidates.push({ source: agent, cue: t.text, kind, trailing: endsAfter(tokens, i) })
      continue
    }
    // "has been accused of …", "was told": the passive's subject is spoken of, not speaking.
    if (tokens[i - 1]?.lemma === 'be') continue
    let phrase =
      (withheld ? subjectBefore(tokens, i - 2) : undefined) ??
      subjectBefore(tokens, i) ??
      sharedSubject(tokens, i)
    const before = tokens[i - 1]
    if (!phrase && before?.text === ',') phrase = subjectBeforeAside(tokens, i - 1)
    // "…,” said Novak": the subject after the verb; never after "told", whose object is the
    // listener ("…, telling reporters").
    const inverted =
      !phrase &&
      t.lemma !== 'tell' &&
      before &&
      (QUOTE_MARKS.test(before.text) || before.text === ',')
    if (inverted) phrase = subjectAfter(tokens, i)
    if (!phrase) continue
    // "suspended if monitors confirm a breach": a report that may happen reports nothing yet.
    const opener = tokens[tokens.indexOf(phrase[0] as Token) - 1]?.lower ?? ''
    if (LEXICON.hypothetical.has(opener)) continue
    // "no date has been announced": nobody is reported.
    if (LEXICON.negation.has(phrase[0]?.lower ?? '')) continue
    // A finding or a claim needs a source for a subject, or a clause after it: "the war claims
    // lives" and "the government signalled a shift" report nobody's words.
    const needsSource =
      kind === 'find' || (kind === 'distance' && LEXICON.ambiguousDistancing.has(t.lemma))
    // "Support rose to 47%, Horizon found, when …": a name set off by commas with its verb is
    // the source of the sentence around it.
    const setOffName =
      tokens[tokens.indexOf(phrase[0] as Token) - 1]?.text === ',' &&
      tokens[i + 1]?.text === ',' &&
      phrase.some((p) => p.pos === 'PROPN')
    if (needsSource && !namesASource(phrase) && !clauseAfter(tokens, i) && !setOffName) {
      if (phrase[0]?.pos !== 'PRON') continue
    }
    // "writes a fortnightly column", "wrote a letter": what is written, not what it says.
    if (
      t.lemma === 'write' &&
      WRITTEN.has(tokens.slice(i + 1, i + 4).find((x) => x.pos === 'NOUN')?.lemma ?? '')
    )
      continue
    const pronoun = phrase.length === 1 && phrase[0]?.pos === 'PRON'
    const first = pronoun && LEXICON.firstPerson.has(phrase[0]?.lower ?? '')
    // "it said" points back to an organisation just named, and only as a plain report.
    if (pronoun && phrase[0]?.lower === 'it' && (kind !== 'say' || !options.previousSource))
      continue
    if (kind === 'deny') out.denial = true
    if (kind === 'distance' && !accuses) out.hedges.push(t.text)
    const exact = words(phrase, text)
    // "he said", "the official said": a pronoun or a bare definite source noun points back;
    // "I", "we" in a transcript's turn are its speaker.
    const backReference =
      phrase.length === 2 &&
      phrase[0]?.lower === 'the' &&
      LEXICON.sourceNouns.has(phrase[1]?.lower ?? '')
    let source = exact
    // "VELT: I can confirm …": the label in the sentence names the speaker better than "I".
    const labelled = first && speaker && options.layout.speaker === speaker
    if (first && speaker) source = speaker
    else if (pronoun && PERSONAL.has(phrase[0]?.lower ?? '') && options.previousPerson)
      source = options.previousPerson
    else if (pronoun || backReference) source = options.previousSource ?? exact
    // "told the Daily Courier": whom it was said to belongs with who said it.
    const listener = t.lemma === 'tell' ? subjectAfter(tokens, i) : undefined
    const to = listener?.some((p) => p.pos === 'PROPN') ? words(listener, text) : undefined
    // "Rumours say": hearsay with its verb, when the verb follows it; critics by who they are.
    const heard = tokens.indexOf(phrase.at(-1) as Token) + 1 === i
    if (isCritics(phrase)) out.hedges.push(exact)
    else if (isHearsay(phrase))
      out.hedges.push(heard ? text.slice(phrase[0]?.start ?? 0, t.end) : exact)
    const last = Math.max(i, tokens.indexOf(phrase.at(-1) as Token))
    const opens = Math.min(i, tokens.indexOf(phrase[0] as Token))
    const mark = tokens[opens - 1]?.text ?? ''
    const setOff = opens > 0 && ([',', '—', '–'].includes(mark) || QUOTE_MARKS.test(mark))
    candidates.push({
      ...(participle(tokens, i) && { describing: true }),
      source,
      ...(source !== exact && !labelled && { words: exact }),
      ...(to && { listener: to }),
      cue: t.text,
      kind,
      trailing: (setOff || Boolean(inverted)) && endsAfter(tokens, last),
    })
  }

  // The clause that closes the sentence (", officials said.") speaks for all of it; then
  // "according to"; then the first reporting clause.
  const according = accordingTo(tokens, text)
  // "Diplomats briefed on the talks said …": a participle describing the subject yields to the
  // verb that reports.
  if (candidates.some((c) => !c.describing)) {
    candidates.splice(0, candidates.length, ...candidates.filter((c) => !c.describing))
  }
  const chosen =
    candidates.find((c) => c.trailing) ??
    (according && { ...according, kind: 'according' as const }) ??
    candidates[0]
  if (chosen) {
    const { trailing: _t, describing: _d, ...rest } = chosen as Candidate
    Object.assign(out, rest)
  }
  if (!out.source && impersonal) {
    Object.assign(out, {
      source: text.slice(impersonalAt, impersonalAt + impersonal.length),
      cue: impersonal,
      kind: 'impersonal',
    })
  }
  if (!out.source && speaker) {
    const label = options.layout.speaker === speaker
    // "we" or "I" before "our" or "my": the subject names the speaker before a possessive does.
    const firsts = tokens.filter((t) => LEXICON.firstPerson.has(t.lower) && t.pos === 'PRON')
    const pronoun = firsts.find((t) => LEXICON.pronouns.has(t.lower)) ?? firsts[0]
    Object.assign(out, {
      source: speaker,
      ...(!label && pronoun && { words: pronoun.text }),
      cue: label ? `${speaker}:` : 'speaker',
      kind: 'speaker',
    })
  }
  // "By its count, a quarter of …": whose count it is, named here or just before.
  const count = BY_COUNT.exec(body)
  if (!out.source && count) {
    const owner = count[1] ?? ''
    const pointsBack = /^(?:its|their|his|her)$/i.test(owner)
    const source = pointsBack ? options.previousSource : owner.replace(/['’]s$/, '')
    if (source) {
      Object.assign(out, {
        source,
        ...(pointsBack && { words: owner }),
        cue: count[0].trim(),
        kind: 'according',
      })
    }
  }
  // A sentence that is all quotation continues the quote of the source named before it.
  if (!out.source && options.previousSource && /^[“"‘']/.test(body)) {
    Object.assign(out, { source: options.previousSource, cue: 'quotation', kind: 'continued' })
  }
  return out
}

/**
 * The person a sentence names as its source or, failing that, as its subject: two capitalised
 * names or more in a row ("Harbour aide Ola Berg on Thursday denied …" → "Ola
 * Berg"). A survey, a ministry or "two diplomats" is no person, so "she said" after them still
 * points back past them.
 *
 * @example
 * ```ts
 * const text = 'Aide Ana Novak met them.'
 * personIn(text, tokensOf(text)) // 'Ana Novak'
 * ```
 */
export function personIn(
  text: string,
  tokens: readonly Token[],
  source?: string
): string | undefined {
  const run = (from: readonly Token[]) => {
    let start = -1
    for (let i = 0; i <= from.length; i++) {
      if (from[i]?.pos === 'PROPN') {
        if (start < 0) start = i
        continue
      }
      if (start >= 0 && i - start >= 2) {
        return from
          .slice(start, i)
          .map((t) => t.text)
          .join(' ')
      }
      start = -1
    }
    return undefined
  }
  const at = source ? text.indexOf(source) : -1
  const end = at + (source?.length ?? 0)
  if (source && at >= 0 && run(tokens.filter((t) => t.start >= at && t.end <= end))) return source
  // The subject opens the sentence: a name inside "In a call with …" is no subject.
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX')
  const preposition = tokens.findIndex((t) => t.pos === 'ADP')
  const subjectEnd = preposition >= 0 && preposition < verb ? preposition : verb
  return subjectEnd > 0 ? run(tokens.slice(0, subjectEnd)) : undefined
}

/**
 * Who asks, when a briefing's question label names them: "Q (Ola Berg, Radio Norvik)" → "Ola
 * Berg, Radio Norvik". A plain "Q" names no one.
 */
function namedAsker(label: string): string | undefined {
  return interviewerLabel(label) ? /\(([^)]+)\)/.exec(label)?.[1]?.trim() : undefined
}

/** Is the label the interviewer's word: "Q", "QUESTION (Vale Radio)"? */
const interviewerLabel = (label: string) =>
  LEXICON.interviewers.has((label.split(/[\s(]/)[0] ?? '').toLowerCase())

/** The transcript speaker of this sentence, unless it is the interviewer ("Q"), who asserts nothing. */
function speakerOf(options: AttributionOptions): string | undefined {
  const speaker = options.layout.speaker ?? options.speaker
  if (!speaker || options.interviewers?.has(speaker)) return undefined
  // "QUESTION (Novak Radio)": the interviewer's word, with the outlet that asks.
  return interviewerLabel(speaker) ? undefined : speaker
}
