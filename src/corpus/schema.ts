/**
 * @module corpus
 * The corpus step owns the dossier's documents: their front matter (what the newsroom states
 * about each document) and their verbatim body text. Nothing here interprets the text.
 */
import { z } from 'zod'

const isoDate = z.iso.date()

/** Front matter of one document in `corpus/documents/`. Unknown keys are refused. */
export const FrontMatterSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase, digits and hyphens'),
  title: z.string().min(1),
  publisher: z.string().min(1).nullable(),
  publisherNote: z.string().optional(),
  date: z.strictObject({
    /** Earliest and latest possible publication dates; equal when the date is stated. */
    earliest: isoDate,
    latest: isoDate,
    stated: z.boolean(),
  }),
  language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/),
  url: z.url().optional(),
  /** Test material written as fiction (`tests/devset/`): never served as news. */
  fiction: z.boolean().optional(),
})
export type FrontMatter = z.infer<typeof FrontMatterSchema>

/** A document as the rest of the pipeline sees it: metadata plus the verbatim body. */
export const DocumentSchema = FrontMatterSchema.extend({
  /** The body, character for character as the file holds it after the front matter. */
  body: z.string(),
})
export type CorpusDocument = z.infer<typeof DocumentSchema>
