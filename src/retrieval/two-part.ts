/**
 * @module retrieval/two-part
 * "Who hosted the talks and what did the sides agree?" asks two things. Scored as one question,
 * the passage answering the rarer half wins every place; so a question that joins two questions
 * is split where the second one starts ("and" or a comma, then a question word), each part is
 * looked up on its own, and a later part carries the first when it refers back to it ("What did
 * the minister offer and what did he rule out?") or is too short to stand alone ("…, and how
 * many were brought down?").
 */

/** Where a second question starts: "and" or a comma or semicolon, then a question word. */
const SECOND_QUESTION =
  /\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+)(?=(?:who|whom|whose|what|when|where|why|how|which|was|were|is|are|did|does|do|has|have|had|will|would|can|could)\b)/i

/**
 * A first part must itself be a question: "If the truce fails, would the allies respond?" is one
 * question whose condition comes first, not two.
 */
const ASKS_FIRST =
  /^\s*(?:who|whom|whose|what|when|where|why|how|which|was|were|is|are|did|does|do|has|have|had|will|would|can|could|should)\b/i

/** Words that refer back to something the first part named. */
const REFERS_BACK = /\b(?:he|she|they|him|her|them|his|its|their|there|that|this|it)\b/i

/** A later part of at most this many words leans on the first for its subject. */
const SHORT_PART = 5

/**
 * The parts of a question that asks two or more things, each a question of its own; a
 * question that asks one thing comes back alone.
 *
 * @example
 * ```ts
 * splitQuestion('What did Merz offer and what did he rule out?')
 * // ['What did Merz offer', 'what did he rule out? What did Merz offer']
 * ```
 */
export function splitQuestion(question: string): string[] {
  const parts = question
    .split(SECOND_QUESTION)
    .map((p) => p.trim())
    .filter((p) => /\p{L}{3,}/u.test(p))
  if (parts.length < 2 || !ASKS_FIRST.test(parts[0] ?? '')) return [question]
  const [first = '', ...rest] = parts
  const leans = (p: string) => REFERS_BACK.test(p) || p.split(/\s+/).length <= SHORT_PART
  return [first, ...rest.map((p) => (leans(p) ? `${p} ${first}` : p))]
}
