/**
 * @module corpus/read
 * Reads every document under `corpus/documents/` (build time, Node only). Adding a document to
 * the dossier is adding a file there; files are taken in name order so ids and order are stable.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CorpusError } from './errors.ts'
import { parseDocument } from './parse.ts'
import type { CorpusDocument } from './schema.ts'

/** Reads and parses all `.txt` documents in `dir`, refusing duplicate ids. */
export async function readCorpus(dir: string): Promise<CorpusDocument[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort()
  const docs: CorpusDocument[] = []
  const seen = new Set<string>()
  for (const file of files) {
    const doc = parseDocument(await readFile(join(dir, file), 'utf8'), file)
    if (doc.fiction) throw new CorpusError(file, 'fiction is test material and is never served')
    if (seen.has(doc.id)) throw new CorpusError(file, `duplicate document id "${doc.id}"`)
    seen.add(doc.id)
    docs.push(doc)
  }
  return docs
}
