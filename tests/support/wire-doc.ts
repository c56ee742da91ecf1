/**
 * An invented wire story for a test dossier: its first line is its title, its date is stated.
 * Test material, fiction: never served as news.
 */
import { parseDocument } from '../../src/corpus/parse.ts'

/** A parsed document of `body`, from "Test Wire", dated `date` (YYYY-MM-DD). */
export const wireDoc = (id: string, date: string, body: string) =>
  parseDocument(
    `---\nid: ${id}\ntitle: ${body.split('\n')[0]}\npublisher: Test Wire\ndate: { earliest: ${date}, latest: ${date}, stated: true }\nlanguage: en\n---\n${body}`,
    `${id}.txt`
  )
