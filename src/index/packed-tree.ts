/**
 * @module index/packed-tree
 * Orama's radix tree in the artifact, and back: packed flat at build time, and read in the worker
 * a node's children at a time, when a search first walks into them. A cold start builds the
 * root; a question builds the paths of its words and the subtrees under them (Orama matches
 * prefixes); nothing else is built until a question needs it. The nodes are Orama's own
 * (`RadixNode`), so search, scoring and `save` are Orama's, unchanged.
 */
import { radix } from '@orama/orama/trees'
import { z } from 'zod'

/**
 * The tree in preorder: each node's letters in `letters`, and in `shape` each node's record:
 * `ends` (1 if a word ends there), its posting count, the postings (Orama's internal ids), its
 * child count, then how many nodes and how many `shape` entries lie below it, so that a reader can
 * step over a child's subtree without reading it. Flat arrays, not nested ones: `JSON.parse`
 * makes two arrays and the strings rather than three arrays a node.
 */
export const PackedTreeSchema = z.object({
  letters: z.array(z.string()),
  shape: z.array(z.number().int().min(0)),
})
export type PackedTree = z.infer<typeof PackedTreeSchema>

/** A node of Orama's saved tree (3.1: `RadixNode.toJSON`), as {@link packTree} reads it. */
export interface SavedRadixNode {
  s: string
  e: boolean
  d: number[]
  c: [string, SavedRadixNode][]
}

/** A record's fixed entries besides its postings: ends, count, children, nodes and entries below. */
const FIXED = 5

/**
 * Packs a tree as Orama's `save` wrote it.
 *
 * @example
 * ```ts
 * const tree = packTree(save(db).index.indexes.text.node)
 * ```
 */
export function packTree(root: SavedRadixNode): PackedTree {
  const tree: PackedTree = { letters: [], shape: [] }
  const pack = (node: SavedRadixNode) => {
    tree.letters.push(node.s)
    const record = tree.shape.length
    tree.shape.push(node.e ? 1 : 0, node.d.length, ...node.d, node.c.length, 0, 0)
    const nodesBefore = tree.letters.length
    const entriesBefore = tree.shape.length
    for (const [, child] of node.c) pack(child)
    tree.shape[record + FIXED - 2 + node.d.length] = tree.letters.length - nodesBefore
    tree.shape[record + FIXED - 1 + node.d.length] = tree.shape.length - entriesBefore
  }
  pack(root)
  return tree
}

/** What the lazy children share: the packed tree, and the word counts Orama scores with. */
interface Reader {
  letters: string[]
  shape: number[]
  /** Orama's `tokenOccurrences` for the field: filled in as the words' nodes are built. */
  occurrences: Record<string, number>
}

/** Builds the node whose record starts at `at`; returns it and where its next sibling starts. */
function readNode(reader: Reader, parentWord: string, at: number, letter: number) {
  const { letters, shape, occurrences } = reader
  const s = letters[letter] ?? ''
  const ends = shape[at] === 1
  const postings = shape[at + 1] ?? 0
  const node = new radix.RadixNode(s.charAt(0), s, ends)
  node.w = parentWord + s
  // Orama asks a word's count only after finding its node, so counting here is in time.
  if (ends && postings > 0) occurrences[node.w] = postings
  for (let i = 0; i < postings; i++) node.d.add(shape[at + 2 + i] ?? 0)
  const end = at + 2 + postings
  const children = shape[end] ?? 0
  if (children > 0) node.c = new PackedChildren(reader, node.w, end + 3, letter + 1, children)
  return {
    node,
    nextAt: end + 3 + (shape[end + 2] ?? 0),
    nextLetter: letter + 1 + (shape[end + 1] ?? 0),
  }
}

/**
 * A node's children, built from the packed tree on first use. Orama reads children only through
 * `Map`'s methods (`get`, `has`, `values`, iteration, `size`…), and each of them builds the
 * children first, so a search cannot tell this from a filled `Map`.
 */
class PackedChildren extends Map<string, radix.RadixNode> {
  #pending: { reader: Reader; word: string; at: number; letter: number; count: number } | undefined

  constructor(reader: Reader, word: string, at: number, letter: number, count: number) {
    super()
    this.#pending = { reader, word, at, letter, count }
  }

  #fill(): void {
    const pending = this.#pending
    if (!pending) return
    this.#pending = undefined
    let { at, letter } = pending
    for (let i = 0; i < pending.count; i++) {
      const { node, nextAt, nextLetter } = readNode(pending.reader, pending.word, at, letter)
      super.set(node.k, node)
      at = nextAt
      letter = nextLetter
    }
  }

  override get size(): number {
    this.#fill()
    return super.size
  }
  override get(key: string) {
    this.#fill()
    return super.get(key)
  }
  override has(key: string) {
    this.#fill()
    return super.has(key)
  }
  override set(key: string, value: radix.RadixNode) {
    this.#fill()
    return super.set(key, value)
  }
  override delete(key: string) {
    this.#fill()
    return super.delete(key)
  }
  override clear() {
    this.#pending = undefined
    super.clear()
  }
  override forEach(
    callback: (value: radix.RadixNode, key: string, map: Map<string, radix.RadixNode>) => void,
    thisArg?: unknown
  ) {
    this.#fill()
    super.forEach(callback, thisArg)
  }
  override keys() {
    this.#fill()
    return super.keys()
  }
  override values() {
    this.#fill()
    return super.values()
  }
  override entries() {
    this.#fill()
    return super.entries()
  }
  override [Symbol.iterator]() {
    return this.entries()
  }
}

/**
 * Reads a packed tree: builds the root now and the rest as searches reach it, counting each
 * word's passages into `occurrences` as its node is built.
 *
 * @example
 * ```ts
 * const occurrences: Record<string, number> = {}
 * const root = unpackTree(artifact.index.tree, occurrences)
 * ```
 */
export function unpackTree(tree: PackedTree, occurrences: Record<string, number>): radix.RadixTree {
  const { node, nextAt, nextLetter } = readNode(
    { letters: tree.letters, shape: tree.shape, occurrences },
    '',
    0,
    0
  )
  if (nextAt !== tree.shape.length || nextLetter !== tree.letters.length) {
    throw new Error('a malformed packed tree: its records do not add up to its length')
  }
  const root = new radix.RadixTree()
  root.s = node.s
  root.k = node.k
  root.w = node.w
  root.e = node.e
  root.d = node.d
  root.c = node.c
  return root
}
