/**
 * @module check/story
 * What the checker reads of the dossier's documents once per isolate (the dossier never changes):
 * each document's text and what it is about, the party each place or institution folds to, and
 * whether a document calls a person by a description ("the spokesman"). Kept apart from the
 * verdict rules in `extractive.ts`, which ask these questions of many candidates.
 */
import { escapeRegExp } from '../index/aliases.ts'
import type { Dossier } from '../index/load.ts'

/**
 * The party each of the overview's spellings of a place or an institution folds to, per dossier:
 * a country, its people, its capital ("in Velgrad"), its offices ("the Palace"); never a person of
 * the party, who is a name of their own.
 */
const parties = new WeakMap<Dossier, Map<string, string>>()

export function partyOf(dossier: Dossier): Map<string, string> {
  let map = parties.get(dossier)
  if (!map) {
    map = new Map()
    const text = dossier.passages.map((p) => p.text).join('\n')
    for (const p of dossier.overview.parties) {
      for (const spelling of [p.name, ...p.aliases]) {
        const tokens = dossier.tokenizer.tokens(spelling)
        if (tokens.length !== 1 || !tokens[0]) continue
        const place =
          spelling === p.name ||
          spelling.slice(0, 4).toLowerCase() === p.name.slice(0, 4).toLowerCase() ||
          new RegExp(`\\b(?:in|from|to|at|the)\\s+${escapeRegExp(spelling)}\\b`, 'u').test(text)
        if (place) map.set(tokens[0], p.id)
      }
    }
    parties.set(dossier, map)
  }
  return map
}

/** A document's text and tokens, read once per isolate: the dossier never changes. */
const stories = new WeakMap<Dossier, Map<string, Story>>()

export interface Story {
  text: string
  tokens: Set<string>
  /** Its headline and first two paragraphs: what the document is about. */
  topic: string
  topicTokens: Set<string>
}

export function storyOf(dossier: Dossier, documentId: string): Story {
  let byId = stories.get(dossier)
  if (!byId) {
    byId = new Map()
    stories.set(dossier, byId)
  }
  let story = byId.get(documentId)
  if (!story) {
    const own = dossier.passages.filter((p) => p.documentId === documentId)
    const text = own.map((p) => p.text).join('\n\n')
    const topic = [
      ...own.filter((p) => p.kind === 'headline'),
      ...own.filter((p) => p.kind === 'paragraph').slice(0, 2),
    ]
      .map((p) => p.text)
      .join('\n\n')
    story = {
      text,
      tokens: new Set(dossier.tokenizer.tokens(text)),
      topic,
      topicTokens: new Set(dossier.tokenizer.tokens(topic)),
    }
    byId.set(documentId, story)
  }
  return story
}

/** Pronouns and continuations name nobody new: "he", "she added", "they". */
const PRONOUN = /^(?:he|she|they|it|we|i|you)$/i

/**
 * Does `story` call `name` by the head of `description` ("harbour spokesman Ivo Rask",
 * "Rask, the harbour's spokesman" for "the spokesman")? A pronoun stands for whoever the
 * passage named last, which the passage check above has done.
 *
 * @example
 * ```ts
 * describedAs('Port chief Ana Novak spoke.', 'the chief', 'Novak') // true
 * describedAs('Port chief Ana Novak spoke.', 'the official', 'Novak') // false
 * ```
 */
export function describedAs(story: string, description: string, name: string): boolean {
  const head =
    description
      .trim()
      .split(/\s+/)
      .at(-1)
      ?.replace(/[^\p{L}-]/gu, '') ?? ''
  if (!head || PRONOUN.test(head)) return true
  const h = head.replace(/s$/, '')
  const n = escapeRegExp(name)
  return new RegExp(
    `\\b${h}s?\\b(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,3}?\\s+${n}\\b|\\b${n}\\b[^.;]{0,40}?\\b${h}s?\\b`,
    'iu'
  ).test(story)
}
