/**
 * @module corpus/parse
 * Splits a corpus file into front matter and body, and validates the front matter.
 */
import { parse as parseYaml } from 'yaml'
import { CorpusError } from './errors.ts'
import { type CorpusDocument, FrontMatterSchema } from './schema.ts'

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/

/**
 * Parses one corpus file. The body is everything after the closing `---` line, unchanged.
 *
 * @example
 * ```ts
 * const doc = parseDocument('---\nid: a\n…\n---\nBody text', 'a.txt')
 * doc.body // 'Body text'
 * ```
 */
export function parseDocument(raw: string, file: string): CorpusDocument {
  const match = FENCE.exec(raw)
  if (!match) throw new CorpusError(file, 'missing front matter (a block between two --- lines)')
  // YAML would turn 2026-01-26 into a Date; keep every scalar a string so zod sees the text.
  const data: unknown = parseYaml(match[1] ?? '', { schema: 'core', version: '1.2' })
  const result = FrontMatterSchema.safeParse(data)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new CorpusError(
      file,
      `front matter ${issue?.path.join('.') || '(root)'}: ${issue?.message}`
    )
  }
  if (result.data.date.earliest > result.data.date.latest) {
    throw new CorpusError(file, 'front matter date.earliest is after date.latest')
  }
  return { ...result.data, body: raw.slice(match[0].length) }
}
