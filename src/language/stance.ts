/**
 * @module language/stance
 * Where a sentence states a stance, and of which kind: a demand, a refusal, an offer, a
 * condition, backing for a plan or an objection to one. Cues are lemma sequences from the
 * general lexicon, matched on the language step's tokens, so "pushed for", "is pushing for" and
 * "push for" are one cue. A demand or offer under negation ("did not offer", "has yet to
 * accept") is a refusal, and so is any verb after "will not" ("will not sign"). What follows a
 * condition word is the condition's content, not a stance of its own.
 */
import { sentimentOf, type Token, tokensOf } from './analyse.ts'
import { cueSpan } from './cues.ts'
import { LEXICON, STANCE_KINDS, type StanceKind } from './lexicon.ts'

/** One stance cue: its kind and where it starts in the sentence. */
export interface StanceCue {
  kind: StanceKind
  at: number
  /** The cue as written. */
  words: string
  /** Part of speech of the cue's last word: a noun cue ("as a condition") names no verb. */
  pos: string
}

/** A token is a cue's word by lemma or form; "be" stands for any copula ("remains ready to"). */
const matches = (token: Token | undefined, word: string) =>
  token !== undefined &&
  (token.lemma === word ||
    token.lower === word ||
    (word === 'be' && LEXICON.copulas.has(token.lemma)))

/** How many tokens from `i` the cue `words` covers, or 0; `*` skips up to two tokens. */
const matchAt = (tokens: Token[], i: number, words: string[]) => cueSpan(tokens, i, words, matches)

/** "has yet to accept": English negates with "yet to" as well as with "not". */
function negated(tokens: Token[], i: number): boolean {
  if (tokens[i]?.negated) return true
  return tokens[i - 1]?.lower === 'to' && tokens[i - 2]?.lower === 'yet'
}

/** The last token of the clause `i` stands in: up to a semicolon, colon or dash. */
function clauseEnd(tokens: Token[], i: number): number {
  let at = i
  while (at + 1 < tokens.length && !/^[;:—]$/.test(tokens[at + 1]?.text ?? '')) at++
  return at
}

/** Words after a comma that start something other than more of a condition's content. */
const AFTER_CONDITION = new Set(['a', 'an', 'which', 'who', 'but', 'and', 'while', 'although'])

/**
 * The last token of a condition's content: its clause, or up to a comma that opens an
 * apposition or another clause ("unless the capital withdraws, a demand the capital rejects").
 */
function conditionEnd(tokens: Token[], i: number): number {
  const end = clauseEnd(tokens, i)
  for (let k = i + 1; k < end; k++) {
    if (tokens[k]?.text === ',' && AFTER_CONDITION.has(tokens[k + 1]?.lower ?? '')) return k
  }
  return end
}

/**
 * Whether the word at `i` can be a demand, refusal, offer or backing: a verb, an auxiliary
 * ("must"), an adjective ("unacceptable") or a noun its holder owns ("the capital's offer",
 * "that demand"). A particle ("pull back") or a noun that is a verb's object ("carried signs")
 * is not a stance.
 */
function standsAsCue(tokens: Token[], i: number): boolean {
  const t = tokens[i]
  if (!t) return false
  const before = tokens[i - 1]
  // "had been offered a share", "a proposed halt": the subject receives it, or no one holds it;
  // "is pressing" and "have both offered to" hold it.
  const after = tokens[i + 1]
  const passive = before?.lemma === 'be' && !t.lower.endsWith('ing')
  const attributive =
    before?.pos === 'DET' && ['NOUN', 'ADJ', 'NUM', 'PROPN'].includes(after?.pos ?? '')
  // "the exchange, brokered by the capital": a participle with its agent after it.
  const agent = after?.lower === 'by' && /ed$/.test(t.lower)
  if (t.pos === 'VERB' && (passive || attributive || agent)) return false
  if (['VERB', 'AUX', 'ADJ'].includes(t.pos)) return true
  if ((t.pos !== 'NOUN' && t.pos !== 'PROPN') || !LEXICON.stanceNouns.has(t.lemma)) return false
  // The tagger reads a determiner "that" before a noun as a conjunction ("rejected that offer").
  const owners = ['DET', 'PRON', 'PROPN', 'NOUN', 'PART', 'ADJ', 'PUNCT', 'SCONJ']
  return !before || owners.includes(before.pos)
}

/**
 * "has said it could accept", "signalled it could ease": a modal of ability after a party's
 * reported word puts forward what it is able to do.
 */
function reportedAbility(tokens: Token[], i: number): boolean {
  // The party speaks of itself ("said it could"); "warned that the region could serve" is not
  // an offer of anyone's.
  const self = tokens[i - 2]?.pos === 'PRON'
  return self && LEXICON.capability.has(tokens[i - 1]?.lower ?? '') && reported(tokens, i - 1)
}

/** How many words before a modal its reporting verb may stand ("said a full exchange should"). */
const REPORT_REACH = 12

/** A reporting verb of saying within the few words before `i` ("has said it …"). */
function reported(tokens: Token[], i: number): boolean {
  return tokens
    .slice(Math.max(0, i - REPORT_REACH), i)
    .some((t) => t.pos === 'VERB' && ['say', 'find'].includes(LEXICON.reporting.get(t.lemma) ?? ''))
}

/**
 * "any truce must…", "any final deal should…": the subject of the modal at `i` is "any" and a
 * noun, with only adjectives and nouns between.
 */
function anySubject(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const t = tokens[k]
    if (t?.lower === 'any') return k < i - 1
    if (!['NOUN', 'PROPN', 'ADJ'].includes(t?.pos ?? '')) return false
  }
  return false
}

/** A report, claim or accusation as the object at `i`, after at most a determiner and an adjective. */
function deniesReport(tokens: Token[], i: number): boolean {
  let k = i
  while (k < i + 2 && ['DET', 'ADJ'].includes(tokens[k]?.pos ?? '')) k++
  const noun = tokens[k]?.lower ?? ''
  return LEXICON.hearsayNouns.has(noun) || LEXICON.distancingNouns.has(noun)
}

/** Modals of what would happen: a clause they head, with "if" after it, states a condition. */
const CONDITIONAL_MODALS = new Set(['would', 'could', 'will', 'can', "'d", "'ll"])

/** Where the clause of token `i` starts, as an offset: after a semicolon, colon, dash or stop. */
function clauseStart(tokens: Token[], i: number): number {
  let k = i - 1
  while (k >= 0 && !/^[;:—.]$/.test(tokens[k]?.text ?? '')) k--
  return tokens[k + 1]?.start ?? 0
}

/** "if" at `i` closes a clause with a modal of its own, after a reporting verb before it. */
function conditional(tokens: Token[], i: number): boolean {
  if (['even', 'as', 'only'].includes(tokens[i - 1]?.lower ?? '')) return false
  let k = i - 1
  while (k >= 0 && !/^[;:—.]$/.test(tokens[k]?.text ?? '')) {
    if (CONDITIONAL_MODALS.has(tokens[k]?.lower ?? '')) return reported(tokens, k)
    k--
  }
  return false
}

/** Words after "until" that name a time: "until now", "until recently". */
const UNTIL_TIME = new Set(['now', 'then', 'recently', 'lately', 'today', 'yesterday', 'last'])

/** "until the capital pays": a noun or name, then a verb, within a few words after "until". */
function untilClause(tokens: Token[], i: number): boolean {
  // "Until now Ostland has rejected …": a time, not a condition.
  if (UNTIL_TIME.has(tokens[i + 1]?.lower ?? '')) return false
  const next = tokens.slice(i + 1, i + 5)
  const subject = next.findIndex((t) => ['PROPN', 'NOUN', 'PRON'].includes(t.pos))
  return subject >= 0 && next.slice(subject + 1).some((t) => t.pos === 'VERB')
}

/** Sentiment beyond which a judgement backs or objects; milder ones state no stance. */
const JUDGED = 0.2

/**
 * "regard the plan as too vague": an evaluation verb followed, within a few words, by "as" and a
 * judgement of excess, or one whose sentiment is clearly for or against.
 */
function judgement(tokens: Token[], i: number, text: string): StanceKind | undefined {
  const as = tokens.findIndex((t, k) => k > i && k <= i + 4 && t.lower === 'as')
  if (as < 0) return undefined
  const end = tokens.findIndex((t, k) => k > as && (t.pos === 'PUNCT' || t.pos === 'SCONJ'))
  const from = tokens[as + 1]
  const to = tokens[(end < 0 ? tokens.length : end) - 1]
  if (!from || !to || to.end <= from.start) return undefined
  // The model's sentiment has no word for "too vague"; excess is a judgement against.
  if (LEXICON.excess.has(from.lower)) return 'objection'
  const sentiment = sentimentOf(text.slice(from.start, to.end))
  if (sentiment <= -JUDGED) return 'objection'
  if (sentiment >= JUDGED) return 'support'
  return undefined
}

/**
 * The stance cues of `text`, in text order. A token starts at most one cue: the first kind in
 * lexicon order that matches.
 *
 * @example
 * ```ts
 * stanceCuesOf('The ministry will not sign unless the border reopens.').map((c) => c.kind)
 * // ['refusal', 'condition']
 * ```
 */
export function stanceCuesOf(text: string): StanceCue[] {
  const tokens = tokensOf(text)
  const cues: StanceCue[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (!t) continue
    const not = Math.max(0, ...LEXICON.notStance.map((words) => matchAt(tokens, i, words)))
    if (not > 0) {
      i += not - 1
      continue
    }
    // "reports that the capital agreed": what the report says is not the capital's stance.
    if (t.lower === 'that' && LEXICON.hearsayNouns.has(tokens[i - 1]?.lower ?? '')) {
      i = clauseEnd(tokens, i)
      continue
    }
    let kind: StanceKind | undefined
    let length = 1
    for (const k of STANCE_KINDS) {
      for (const words of LEXICON.stance[k]) {
        length = matchAt(tokens, i, words)
        // A phrase of several words is its own evidence; one word must stand as a stance word.
        const phrase = length > 1 || k === 'condition' || k === 'objection'
        if (length > 0 && (phrase || standsAsCue(tokens, i))) break
        length = 0
      }
      if (length > 0) {
        kind = k
        break
      }
    }
    length = Math.max(1, length)
    // The tagger may take the verb for a noun ("ministers regard it as"): "as" and a clear
    // sentiment after it decide, unless a determiner makes it one ("their view as").
    const judging =
      t.pos === 'VERB' || (t.pos === 'NOUN' && !['DET', 'ADJ'].includes(tokens[i - 1]?.pos ?? ''))
    if (!kind && judging && LEXICON.evaluation.has(t.lemma)) kind = judgement(tokens, i, text)
    // "will not sign", "cannot include": a negated verb of will or of ability refuses.
    // A quotation mark may stand between ("would “not trade land”"): words only are counted.
    const back = tokens.slice(0, i).filter((x) => x.pos !== 'PUNCT')
    const modal = ['will', 'would', "'ll", 'wo', 'can', 'ca'].includes(back.at(-2)?.lower ?? '')
    // "would not say", "will not comment": declining to speak refuses nothing in the talks.
    const saying = LEXICON.reporting.has(t.lemma)
    if (!kind && t.pos === 'VERB' && t.negated && modal && !saying) kind = 'refusal'
    if (!kind && t.pos === 'VERB' && !t.negated && reportedAbility(tokens, i)) kind = 'offer'
    const obliged = Math.max(...LEXICON.obligation.map((words) => matchAt(tokens, i, words)))
    // "any truce must cover the ports": what any deal must do is a condition of the deal.
    if (!kind && obliged > 0 && anySubject(tokens, i)) {
      kind = 'condition'
      length = obliged
    }
    if (!kind && obliged > 0 && !t.negated && reported(tokens, i)) {
      kind = 'demand'
      length = obliged
    }
    // "could be held within months if security is guaranteed": what a party would do, if,
    // is its condition; "even if", "as if" and an "if" with no modal before it are not, and
    // an offer on terms ("said it could ease sanctions if …") stays an offer.
    const offered = cues.some((c) => c.kind === 'offer' && c.at >= clauseStart(tokens, i))
    if (!kind && t.lower === 'if' && t.pos === 'SCONJ' && !offered && conditional(tokens, i)) {
      kind = 'condition'
    }
    // "until the capital pays": a clause after "until" with a subject of its own is a condition;
    // "until March" is a date.
    if (!kind && t.lower === 'until' && untilClause(tokens, i)) kind = 'condition'
    // "has conditioned any easing of sanctions on a ceasefire": the verb sets a condition.
    if (!kind && t.pos === 'VERB' && t.lemma === 'condition') kind = 'condition'
    // "the capital's proposal", "a Nordic compromise": an owned plan is its owner's offer.
    const owner = tokens[i - 1]
    const owned =
      owner?.pos === 'PROPN' || owner?.pos === 'PART' || /^\p{Lu}/u.test(owner?.text ?? '')
    if (!kind && t.pos === 'NOUN' && LEXICON.ownedOffers.has(t.lemma) && owned) kind = 'offer'
    if (!kind) continue
    // "rejected the accusation", "dismissed reports that …": a denial of what is said, not a
    // refusal of anything on the table.
    if (kind === 'refusal' && deniesReport(tokens, i + length)) continue
    if ((kind === 'demand' || kind === 'offer' || kind === 'support') && negated(tokens, i)) {
      kind = 'refusal'
    }
    // "wants no observers": a demand of nothing of a kind refuses that kind.
    if (kind === 'demand' && t.pos === 'VERB' && tokens[i + length]?.lower === 'no')
      kind = 'refusal'
    const last = tokens[i + length - 1] ?? t
    cues.push({ kind, at: t.start, words: text.slice(t.start, last.end), pos: last.pos })
    i += length - 1
    // What follows a condition is its content ("only if the capital agrees to withdraw"), not
    // a stance of its own: skip to the clause's end.
    if (kind === 'condition') i = conditionEnd(tokens, i)
  }
  return cues
}

/**
 * Offsets in `text` where a word stands as the object of a verb before it ("envisions the
 * capital ceding…", "pressing the capital to…"), not as a subject. A reporting verb's next word
 * starts its reported clause ("said the capital would…"), so it is no object.
 *
 * @example
 * ```ts
 * const text = 'The plan envisions Novak ceding the port.'
 * objectStarts(text).has(text.indexOf('Novak')) // true
 * ```
 */
export function objectStarts(text: string): Set<number> {
  const tokens = tokensOf(text)
  const out = new Set<number>()
  for (let i = 1; i < tokens.length; i++) {
    let v = i - 1
    if (tokens[v]?.pos === 'DET') v--
    const verb = tokens[v]
    if (verb?.pos === 'VERB' && !LEXICON.reporting.has(verb.lemma)) {
      out.add((tokens[i] as Token).start)
    }
  }
  return out
}

/** A role a sentence gives a party in the talks ("offered to host", "brokered by …"). */
export interface RoleCue {
  role: string
  /** Offset of the verb in the sentence. */
  at: number
  /** Offset of the words after "by" when the verb is passive ("hosted by …"): who holds it. */
  by?: number
  /**
   * A role noun's owner: the name right `before` it ("Nordic mediation"), or the one a
   * `pronoun` before it stands for ("for its mediation").
   */
  owner?: 'before' | 'pronoun'
}

/**
 * The roles `text` gives, from the lexicon's `partyRoles` verbs by lemma.
 *
 * @example
 * ```ts
 * roleCuesOf('The round was hosted by Novakland.') // [{ role: 'host', at: 14, by: 26 }]
 * ```
 */
export function roleCuesOf(text: string): RoleCue[] {
  const tokens = tokensOf(text)
  const out: RoleCue[] = []
  tokens.forEach((t, i) => {
    // A host as a noun ("the host city") or a negated verb gives no role; the tagger takes some
    // participles after "has" for adjectives ("has also mediated").
    const aux = tokens[i - 1]?.pos === 'ADV' ? tokens[i - 2] : tokens[i - 1]
    const participle = t.pos === 'ADJ' && aux?.pos === 'AUX'
    // "under Nordic mediation", "thanked the capital for its mediation": an owned role noun.
    const before = tokens[i - 1]
    const owned =
      t.pos === 'NOUN' &&
      (before?.pos === 'PROPN' || ['its', 'their'].includes(before?.lower ?? ''))
    if ((t.pos !== 'VERB' && !participle && !owned) || t.negated) return
    const forms = [t.lemma, t.lower, t.lower.replace(/d$/, ''), t.lower.replace(/ed$/, '')]
    for (const [role, words] of Object.entries(LEXICON.partyRoles)) {
      if (!forms.some((f) => words.includes(f))) continue
      const next = tokens[i + 1]
      if (owned) {
        // The owner: the name right before, or the one a possessive pronoun stands for.
        out.push({ role, at: t.start, owner: before?.pos === 'PROPN' ? 'before' : 'pronoun' })
        continue
      }
      out.push({ role, at: t.start, ...(next?.lower === 'by' && { by: next.end }) })
    }
  })
  return out
}
