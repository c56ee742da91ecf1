/**
 * @module provenance/label
 * Gives every sentence its provenance from the language step's analysis (who says it, the hedges
 * that make it contested), then contradictions across the dossier, then a passage's label as the
 * summary of its sentences', and the newsroom's editorial entries on top.
 */
import { analyseSentence, type SentenceAnalysis } from '../language/analyse.ts'
import { personIn } from '../language/attribution.ts'
import type { DocumentDate } from '../language/dates.ts'
import { layoutOf, recurringLabels } from '../language/layout.ts'
import type { Passage } from '../passages/schema.ts'
import { findConflicts } from './conflicts.ts'
import { ProvenanceError } from './errors.ts'
import {
  type Editorial,
  type LabelledPassage,
  type SentenceLabel,
  type Status,
  sourceTold,
} from './schema.ts'

/** What labelling needs beyond the passages. */
export interface LabelOptions {
  /** Each document's date, by id: conflicts read "on Tuesday" against it. */
  documentDates?: Record<string, DocumentDate>
  /** One-word spellings of the alias table, lower case → canonical ("velmoria" → "velmora"). */
  spellings?: ReadonlyMap<string, string>
}

/**
 * Labels all passages of the dossier, sentence by sentence. Conflicts are looked for across
 * documents, so a new document that contradicts an old one contests both; captions are never
 * evidence for a conflict.
 *
 * @example
 * ```ts
 * const labelled = labelPassages(passages, { passages: [] })
 * labelled.find((p) => p.text.startsWith('Rumours in the capital'))?.status // 'contested'
 * ```
 */
export function labelPassages(
  passages: Passage[],
  editorial: Editorial,
  options: LabelOptions = {}
): LabelledPassage[] {
  const { labelled: sentenced, analyses } = labelSentences(passages)
  // Each sentence was analysed once; the conflict rules read that analysis, not the text again.
  const candidates = sentenced.flatMap((passage, i) =>
    passage.kind === 'caption'
      ? []
      : passage.sentences.map((span, index) => {
          const a = analyses[i]?.[index]
          const text = passage.text.slice(span.start, span.end)
          const date = options.documentDates?.[passage.documentId]
          return {
            passage,
            index,
            text,
            body: text.slice(a?.layout.bodyStart ?? 0),
            names: new Set(a?.tokens.filter((t) => t.pos === 'PROPN').map((t) => t.lemma)),
            tokens: a?.tokens ?? [],
            bodyStart: a?.layout.bodyStart ?? 0,
            ...(date && { date }),
            ...(options.spellings && { spellings: options.spellings }),
          }
        })
  )
  const byId = new Map(sentenced.map((p) => [p.id, p]))
  for (const c of findConflicts(candidates)) {
    const s = byId.get(c.id)?.sentences[c.sentence]
    if (!s) continue
    s.status = 'contested'
    s.reasons = [...new Set([...(s.reasons ?? []), c.reason])]
    // Two sentences of one passage contest each other without the passage naming itself.
    if (c.other !== c.id) s.conflictsWith = [...new Set([...(s.conflictsWith ?? []), c.other])]
  }
  return applyEditorial(sentenced.map(summarise), editorial)
}

/**
 * Each sentence labelled from its analysis; captions recognised by their credit. The analyses
 * come back too, passage by passage, for the conflict rules.
 */
function labelSentences(passages: Passage[]): {
  labelled: LabelledPassage[]
  analyses: SentenceAnalysis[][]
} {
  let documentId = ''
  let previous: string | undefined
  let person: string | undefined
  const credits = new Set<number>()
  const analyses: SentenceAnalysis[][] = []
  const speakersOf = transcriptSpeakers(passages)
  const interviewersOf = transcriptInterviewers(passages, speakersOf)
  const labelled = passages.map((p, index): LabelledPassage => {
    // "He said" may point back across a paragraph, never across documents.
    if (p.documentId !== documentId) {
      previous = undefined
      person = undefined
    }
    documentId = p.documentId
    const speakers = speakersOf.get(p.documentId)
    const interviewers = interviewersOf.get(p.documentId)
    let speaker: string | undefined
    let credited = false
    const read: SentenceAnalysis[] = []
    analyses.push(read)
    const sentences = p.sentences.map((span, i): SentenceLabel => {
      // A new line starts afresh (a list's items, a blog's entries).
      const newLine = i > 0 && p.text.slice(p.sentences[i - 1]?.end ?? 0, span.start).includes('\n')
      if (newLine) speaker = undefined
      const a = analyseSentence(p.text.slice(span.start, span.end), {
        ...(previous && { previousSource: previous }),
        ...(person && { previousPerson: person }),
        ...(speaker && { speaker }),
        ...(speakers && { speakers }),
        ...(interviewers?.size && { interviewers }),
      })
      read.push(a)
      // A speaker's label holds for the rest of its turn: the sentences after it on its line.
      if (a.layout.speaker) speaker = a.layout.speaker
      if (a.layout.credit) credited = true
      // A credit standing alone: what is left of the line names nothing ("Photo: J. Doe").
      const alone =
        a.layout.credit !== undefined &&
        (p.text.replace(a.layout.credit, '').match(/\p{L}+/gu) ?? []).length <= 2
      if (alone && p.sentences.length === 1) credits.add(index)
      const { cue, hedges } = a.attribution
      // A headline is the outlet's own summary: it names no source even when it has a verb of
      // saying ("Mayor Says …" is the writer's line), though a hedge still contests it.
      const saidBy = p.kind === 'headline' ? undefined : a.attribution.source
      const { listener } = a.attribution
      // `attribution` is always the sentence's own words: a turn that goes on without naming its
      // speaker, or a quote that goes on, has a `source` but no words of its own for it.
      const text = p.text.slice(span.start, span.end)
      const own = a.attribution.words ?? (saidBy && text.includes(saidBy) ? saidBy : undefined)
      const said = p.kind === 'headline' ? undefined : own
      if (saidBy) previous = saidBy
      person = personIn(text, a.tokens, saidBy) ?? person
      const source = saidBy && sourceTold(saidBy, listener)
      const status: Status = hedges.length > 0 ? 'contested' : source ? 'sourced' : 'unsourced'
      return {
        ...span,
        status,
        // The sentence's own words ("he"), and whom they stand for when they point back.
        ...(said && { attribution: said }),
        ...(source && said !== source && { source }),
        ...((hedges[0] ?? cue) && { cue: hedges[0] ?? cue }),
        ...(hedges.length > 0 && {
          reasons: [`Not confirmed by the text: it says “${hedges.join('”, “')}”.`],
        }),
      }
    })
    return {
      ...p,
      // A credit makes its passage a caption, be it prose or a credit line on its own.
      kind: credited && (p.kind === 'paragraph' || p.kind === 'subhead') ? 'caption' : p.kind,
      status: 'unsourced',
      sentences,
    }
  })
  // A credit on a line of its own belongs to the caption just above it.
  for (const i of credits) {
    const above = labelled[i - 1]
    const prose = above?.kind === 'paragraph' || above?.kind === 'subhead'
    if (prose && above && above.documentId === labelled[i]?.documentId) {
      above.kind = 'caption'
    }
  }
  return { labelled, analyses }
}

/**
 * One-word speaker labels ("Novak:") that recur in each document's lines, so a transcript's
 * turns are read as speech while a lone "Correction:" stays a label of the format.
 */
function transcriptSpeakers(passages: Passage[]): Map<string, Set<string>> {
  return new Map([...linesByDocument(passages)].map(([id, ls]) => [id, recurringLabels(ls)]))
}

/** Each document's lines, trimmed, in order. */
function linesByDocument(passages: Passage[]): Map<string, string[]> {
  const lines = new Map<string, string[]>()
  for (const p of passages) {
    const list = lines.get(p.documentId) ?? []
    list.push(...p.text.split('\n').map((line) => line.trim()))
    lines.set(p.documentId, list)
  }
  return lines
}

/**
 * The interviewer's labels in each document: a transcript speaker most of whose turns, two or
 * more, end in a question asks ("Review: Why Geneva?"), so it is no source for what its turns
 * state.
 */
function transcriptInterviewers(
  passages: Passage[],
  speakersOf: Map<string, Set<string>>
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  for (const [id, lines] of linesByDocument(passages)) {
    const speakers = speakersOf.get(id)
    const turns = new Map<string, boolean[]>()
    for (const line of lines) {
      const speaker = layoutOf(line, { ...(speakers && { speakers }) }).speaker
      if (speaker) turns.set(speaker, [...(turns.get(speaker) ?? []), /\?["”’]?$/.test(line)])
    }
    const asking = [...turns].filter(([, qs]) => qs.filter(Boolean).length * 2 > qs.length + 1)
    out.set(id, new Set(asking.map(([label]) => label)))
  }
  return out
}

/** A passage's label summarises its sentences': contested, else sourced, else unsourced. */
function summarise(p: LabelledPassage): LabelledPassage {
  const statuses = p.sentences.map((s) => s.status)
  const status: Status = statuses.includes('contested')
    ? 'contested'
    : statuses.includes('sourced')
      ? 'sourced'
      : 'unsourced'
  const unique = (xs: (string | undefined)[]) => [...new Set(xs.filter((x) => x !== undefined))]
  // Whom each sentence's words stand for: "he" is the person named before.
  const sources = unique(p.sentences.map((s) => s.source ?? s.attribution))
  // "the official (to the paper)" already names "the official" of a later sentence.
  const attribution = sources
    .filter((x) => !sources.some((y) => y !== x && y.startsWith(`${x} (to `)))
    .join('; ')
  const reasons = unique(p.sentences.flatMap((s) => s.reasons ?? []))
  const conflictsWith = unique(p.sentences.flatMap((s) => s.conflictsWith ?? []))
  const { reasons: _r, conflictsWith: _c, attribution: _a, ...rest } = p
  return {
    ...rest,
    status,
    ...(attribution && { attribution }),
    ...(status === 'contested' && reasons.length > 0 && { reasons }),
    ...(conflictsWith.length > 0 && { conflictsWith }),
  }
}

/**
 * Applies editorial entries: a given field replaces the derived one, and the passage is marked
 * `editorial`; a status set by the newsroom holds for each of the passage's sentences. An entry
 * whose id is unknown, or whose passage no longer starts with `expect`, stops the build rather
 * than label the wrong passage.
 */
export function applyEditorial(
  passages: LabelledPassage[],
  editorial: Editorial
): LabelledPassage[] {
  const byId = new Map(passages.map((p) => [p.id, p]))
  for (const entry of editorial.passages) {
    const p = byId.get(entry.id)
    if (!p) throw new ProvenanceError(entry.id, 'no passage has this id')
    if (!p.text.startsWith(entry.expect)) {
      throw new ProvenanceError(entry.id, `the passage no longer starts with “${entry.expect}”`)
    }
    for (const other of entry.conflictsWith ?? []) {
      if (!byId.has(other))
        throw new ProvenanceError(entry.id, `conflictsWith names unknown “${other}”`)
    }
    const next: LabelledPassage = {
      ...p,
      editorial: true,
      ...(entry.status && { status: entry.status }),
      ...(entry.attribution && { attribution: entry.attribution }),
      ...(entry.reasons && { reasons: entry.reasons }),
      ...(entry.conflictsWith && { conflictsWith: entry.conflictsWith }),
    }
    if (entry.status) {
      next.sentences = p.sentences.map((s) => ({
        ...s,
        status: entry.status ?? s.status,
        ...(entry.reasons && { reasons: entry.reasons }),
      }))
    }
    if (next.status !== 'contested') {
      delete next.reasons
      delete next.conflictsWith
    }
    byId.set(p.id, next)
  }
  return passages.map((p) => byId.get(p.id) ?? p)
}
