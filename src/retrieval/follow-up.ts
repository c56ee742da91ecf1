/**
 * @module retrieval/follow-up
 * A question in a conversation may lean on the one before: "and what did Ostland say about
 * that?", "why?", "when was that?". Such a question names too little to be searched alone, so
 * the earlier question's words are carried into its search. What counts as a follow-up is read
 * from the question's shape — how it opens, the words that point back, how few words of its own
 * it has — never from a topic.
 */

/** One earlier turn of the conversation, oldest first, as `POST /v1/answers` takes it. */
export interface Turn {
  question: string
  answerId?: string | undefined
}

/** How a question was read against the conversation. */
export interface FollowUp {
  /** What to search: the question, with the earlier topic's words when it leans on them. */
  text: string
  /** The earlier question it was read as following, when it was. */
  follows?: string
  /** It reads as a follow-up, but there was no earlier question to follow. */
  unresolved?: boolean
}

/**
 * Openings that continue a conversation: "and …", "what about …". A bare "why?" or "when was
 * that?" has no words of its own and is a follow-up for that reason; "When is the next round?"
 * stands alone. "So …" is not among them: readers open a question of their own with it ("so is
 * there a deal or not"), and it leans on nothing unless a word of it points back.
 */
const CONTINUES = /^\s*(?:and|but|also|then|what about|how about|how come)\b/i

/**
 * Words that point back to something said before. "There" after "is", "are", "was" or "were"
 * ("is there a deal?") only says that something exists, and points nowhere.
 */
const POINTS_BACK =
  /\b(?:that|this|it|its|they|them|their|those|these|then|he|him|his|she|her|such|same)\b|(?<!\b(?:is|are|was|were|be)\s+)\bthere\b(?!\s+(?:is|are|was|were)\b)/i

/** Words that carry no topic of their own in a question. */
// biome-ignore format: a word list reads better packed
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'but', 'so', 'also', 'then', 'what', 'about', 'how', 'why', 'when',
  'where', 'who', 'whom', 'which', 'is', 'are', 'was', 'were', 'be', 'been', 'did', 'do', 'does',
  'say', 'said', 'says', 'that', 'this', 'it', 'its', 'they', 'them', 'their', 'those', 'these',
  'there', 'he', 'him', 'his', 'she', 'her', 'of', 'to', 'in', 'on', 'for', 'with', 'by', 'at',
  'from', 'as', 'or', 'any', 'more', 'else', 'happen', 'happened', 'mean', 'such', 'same', 'come',
  'think', 'react', 'respond', 'responded', 'reacted', 'will', 'would', 'can', 'could',
])

/** Most words of its own a follow-up has: more, and it says what it is about. */
const OWN_WORDS = 3

/** The words of `text` that carry a topic. */
function ownWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w))
}

/** Does `question` lean on an earlier one? */
export function isFollowUp(question: string): boolean {
  const own = ownWords(question).length
  if (own === 0) return true
  return own <= OWN_WORDS && (CONTINUES.test(question) || POINTS_BACK.test(question))
}

/**
 * Reads `question` against the earlier turns: a follow-up is searched with the words of the
 * question it follows (itself resolved against the turns before it, so "why?" after "and
 * Ostland?" after "What happened in Oslo?" still reaches Oslo).
 *
 * @example
 * ```ts
 * followUpOf('and what did Ostland say about that?', [{ question: 'What happened in Oslo?' }])
 * // { text: 'and what did Ostland say about that? What happened in Oslo?', follows: 'What happened in Oslo?' }
 * ```
 */
export function followUpOf(question: string, history: readonly Turn[] = []): FollowUp {
  if (!isFollowUp(question)) return { text: question }
  const previous = history.at(-1)
  if (!previous) return { text: question, unresolved: true }
  const earlier = followUpOf(previous.question, history.slice(0, -1))
  return { text: `${question} ${earlier.text}`, follows: previous.question }
}
