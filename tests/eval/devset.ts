/**
 * The development dossiers (`tests/devset/`): fictional articles in newsroom formats with every
 * sentence annotated, their conflicts, reader questions and summary sentences (the format is in
 * `tests/devset/FORMAT.md`). This file reads one dossier folder, builds it through the same
 * pipeline `npm run build` runs, and scores what the system derived against the annotations.
 */

import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'yaml'
import { z } from 'zod'
import { withFollowUps } from '../../src/answer/follow-ups.ts'
import { checkExtractive } from '../../src/check/extractive.ts'
import { parseDocument } from '../../src/corpus/parse.ts'
import type { CorpusDocument } from '../../src/corpus/schema.ts'
import { readCorpusInputs } from '../../src/index/build.ts'
import { buildDossier } from '../../src/index/build-dossier.ts'
import { type Dossier, loadDossier } from '../../src/index/load.ts'
import { countryOf, fold } from '../../src/language/countries.ts'
import type { LabelledPassage } from '../../src/provenance/schema.ts'
import { answerQuestion } from '../../src/response/answer-question.ts'
import { readConfig } from '../../src/response/config.ts'
import { retrieve } from '../../src/retrieval/search.ts'
import { verifyOverview } from '../../src/verification/verify-overview.ts'
import { promiseViolations } from '../support/promise.ts'
import { type CheckReport, evaluateChecks, parseCheckItems } from './check-metrics.ts'
import {
  asFact,
  evaluatePerturbations,
  namePools,
  type PerturbationReport,
  perturb,
} from './perturb.ts'

const Status = z.enum(['sourced', 'unsourced', 'contested'])
const Quote = z.string().min(1)

const AnnotationSchema = z.object({
  article: z.string(),
  format: z.string(),
  sentences: z.array(
    z.object({
      text: z.string().min(1),
      status: Status,
      attribution: z.string().nullish(),
      caption: z.boolean().optional(),
      headline: z.boolean().optional(),
      why: z.string().optional(),
    })
  ),
  events: z
    .array(
      z.object({
        what: z.string(),
        quote: Quote,
        start: z.string(),
        end: z.string(),
        when: z.string().optional(),
      })
    )
    .nullish(),
  figures: z
    .array(z.object({ quote: Quote, value: z.coerce.string(), counts: z.string().optional() }))
    .nullish(),
  positions: z.array(z.object({ party: z.string(), kind: z.string(), quote: Quote })).nullish(),
})
type Annotation = z.infer<typeof AnnotationSchema>

const Side = z.object({ article: z.string(), quote: Quote })
const ConflictSchema = z.object({
  id: z.string(),
  kind: z.string(),
  a: Side,
  b: Side,
  why: z.string().optional(),
})
const ConflictsFileSchema = z.object({
  conflicts: z.array(ConflictSchema).default([]),
  notConflicts: z.array(ConflictSchema.partial({ kind: true })).nullish(),
})

const DevQuestionSchema = z.object({
  id: z.string(),
  category: z.string(),
  question: z.string(),
  expect: z.object({
    coverage: z.enum(['answered', 'partial', 'not_in_corpus']),
    passages: z.array(z.string()).nullish(),
    answerContains: z.coerce.string().nullish(),
    contested: z.array(z.string()).nullish(),
  }),
})
export type DevQuestion = z.infer<typeof DevQuestionSchema>

/** One development dossier as written: documents and everything annotated about them. */
export interface DevDossier {
  name: string
  documents: CorpusDocument[]
  annotations: Annotation[]
  conflicts: z.infer<typeof ConflictsFileSchema>
  questions: DevQuestion[]
  summaries: ReturnType<typeof parseCheckItems>
}

async function readYamlFiles(dir: string, prefix: string): Promise<unknown[]> {
  const files = (await readdir(dir)).filter((f) => f.startsWith(prefix) && f.endsWith('.yaml'))
  return Promise.all(files.sort().map(async (f) => parse(await readFile(join(dir, f), 'utf8'))))
}

/** Reads one dossier folder of the development set. */
export async function readDevDossier(dir: string, name: string): Promise<DevDossier> {
  const articleFiles = (await readdir(join(dir, 'articles'))).filter((f) => f.endsWith('.txt'))
  const documents = await Promise.all(
    articleFiles
      .sort()
      .map(async (f) => parseDocument(await readFile(join(dir, 'articles', f), 'utf8'), f))
  )
  const annotationFiles = (await readdir(join(dir, 'annotations'))).filter((f) =>
    f.endsWith('.yaml')
  )
  const annotations = await Promise.all(
    annotationFiles
      .sort()
      .map(async (f) =>
        AnnotationSchema.parse(parse(await readFile(join(dir, 'annotations', f), 'utf8')))
      )
  )
  const conflictFiles = await readYamlFiles(dir, 'conflicts')
  const conflicts = conflictFiles
    .map((c) => ConflictsFileSchema.parse(c))
    .reduce(
      (all, c) => ({
        conflicts: [...all.conflicts, ...c.conflicts],
        notConflicts: [...(all.notConflicts ?? []), ...(c.notConflicts ?? [])],
      }),
      { conflicts: [], notConflicts: [] }
    )
  const questions = (await readYamlFiles(dir, 'questions')).flatMap((q) =>
    z.array(DevQuestionSchema).parse(q)
  )
  const summaries = (await readYamlFiles(dir, 'summaries')).flatMap((s) =>
    parseCheckItems(JSON.stringify(s))
  )
  return { name, documents, annotations, conflicts, questions, summaries }
}

/** The dossier folders of a part (`tuning` or `heldout`), each a dossier of its own. */
export async function readDevPart(root: string, part: string): Promise<DevDossier[]> {
  const dir = join(root, 'tests', 'devset', part)
  // A part may name one dossier ("tuning/c"): a folder that holds articles itself.
  const entries = await readdir(dir)
  if (entries.includes('articles')) return [await readDevDossier(dir, part)]
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
  return Promise.all(names.map((n) => readDevDossier(join(dir, n), `${part}/${n}`)))
}

/** Builds a development dossier with the committed alias table and roster, no editorial. */
export async function buildDevDossier(dev: DevDossier, root: string): Promise<Dossier> {
  const inputs = await readCorpusInputs(join(root, 'corpus'))
  const artifact = withFollowUps(
    buildDossier({
      documents: dev.documents,
      aliases: inputs.aliases,
      ...(inputs.roster && { roster: inputs.roster }),
    })
  )
  return loadDossier(artifact)
}

/** A place in a document's body. */
interface Place {
  documentId: string
  start: number
  end: number
}

const overlaps = (a: Place, b: Place) =>
  a.documentId === b.documentId && a.start < b.end && b.start < a.end

/** The annotated sentences of a dossier, each placed in its document's body. */
interface GoldSentence extends Place {
  status: z.infer<typeof Status>
  attribution?: string
  caption: boolean
  headline: boolean
  text: string
}

function placeSentences(dev: DevDossier): { sentences: GoldSentence[]; errors: string[] } {
  const sentences: GoldSentence[] = []
  const errors: string[] = []
  for (const a of dev.annotations) {
    const doc = dev.documents.find((d) => d.id === a.article)
    if (!doc) {
      errors.push(`annotations for unknown article ${a.article}`)
      continue
    }
    let from = 0
    for (const s of a.sentences) {
      const at = doc.body.indexOf(s.text, from)
      if (at < 0) {
        errors.push(`${a.article}: sentence not found in order: “${s.text.slice(0, 60)}”`)
        continue
      }
      from = at + s.text.length
      sentences.push({
        documentId: doc.id,
        start: at,
        end: at + s.text.length,
        status: s.status,
        ...(s.attribution && { attribution: s.attribution }),
        caption: s.caption ?? false,
        headline: s.headline ?? false,
        text: s.text,
      })
    }
  }
  return { sentences, errors }
}

/** The place of an exact quote inside one annotated sentence of `article` (or of any article). */
function placeQuote(
  dev: DevDossier,
  gold: GoldSentence[],
  quote: string,
  article?: string
): Place | undefined {
  for (const s of gold) {
    if (article && s.documentId !== article) continue
    const i = s.text.indexOf(quote)
    if (i >= 0)
      return { documentId: s.documentId, start: s.start + i, end: s.start + i + quote.length }
  }
  // Quotes across a sentence boundary: look in the body.
  for (const doc of dev.documents) {
    if (article && doc.id !== article) continue
    const i = doc.body.indexOf(quote)
    if (i >= 0) return { documentId: doc.id, start: i, end: i + quote.length }
  }
  return undefined
}

/** What the system says of one sentence: its own label where it has one, else its passage's. */
interface SystemSentence {
  status: string
  attribution?: string
  caption: boolean
}

type SentenceLabel = {
  start: number
  end: number
  status?: string
  attribution?: string
  source?: string
}

function passageAt(dossier: Dossier, place: Place): LabelledPassage | undefined {
  let best: LabelledPassage | undefined
  let bestOverlap = 0
  for (const p of dossier.passages) {
    if (p.documentId !== place.documentId) continue
    const o = Math.min(p.location.end, place.end) - Math.max(p.location.start, place.start)
    if (o > bestOverlap) {
      best = p
      bestOverlap = o
    }
  }
  return best
}

function systemSentence(dossier: Dossier, place: Place): SystemSentence | undefined {
  const p = passageAt(dossier, place)
  if (!p) return undefined
  const caption = p.kind === 'caption'
  let best: SentenceLabel | undefined
  let bestOverlap = 0
  for (const s of p.sentences as SentenceLabel[]) {
    const o =
      Math.min(p.location.start + s.end, place.end) -
      Math.max(p.location.start + s.start, place.start)
    if (o > bestOverlap) {
      best = s
      bestOverlap = o
    }
  }
  // Per-sentence labels where the passage carries them; the passage's otherwise.
  if (best?.status) {
    // A sentence with no words of its own for who says it (a transcript turn's second
    // sentence) is attributed by whom the build resolved it to, as annotators name the label.
    const who = best.attribution ?? best.source
    return { status: best.status, ...(who && { attribution: who }), caption }
  }
  return { status: p.status, ...(p.attribution && { attribution: p.attribution }), caption }
}

const normal = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’‘']/g, "'")
    .replace(/^(the|a|an)\s+/, '')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/** Does the system's attribution name the gold source? Either contains the other, loosely. */
export function attributionMatches(gold: string, got: string | undefined): boolean {
  if (!got) return false
  const g = normal(gold)
  return got.split('; ').some((part) => {
    const p = normal(part)
    return p.length > 0 && (p.includes(g) || g.includes(p))
  })
}

/** Party ids written loosely (`united-states`, `United States`) compared as one word. */
/**
 * A party's id as one key: "saudi-arabia" and "saudiarabia" alike, and a country by the name the
 * platform's Unicode data gives it, so the annotation's "turkey" is the overview's "turkiye".
 */
const partyKey = (s: string) => {
  // Ids are lower case; the platform's other names ("Britain") are matched as names are written.
  const words = s.replace(/-/g, ' ').replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())
  const country = countryOf(words)?.country ?? countryOf(s.replace(/-/g, ' '))?.country ?? s
  return fold(country).replace(/[^a-z]/g, '')
}

/**
 * European countries by key: FORMAT.md lets an annotator file "France and Britain have offered"
 * under the bloc ("europe"), where the overview names each country that acts.
 */
// biome-ignore format: a word list reads better packed
const EUROPEAN = new Set(['france', 'germany', 'unitedkingdom', 'italy', 'poland', 'spain', 'netherlands', 'belgium', 'denmark', 'sweden', 'finland', 'norway', 'estonia', 'latvia', 'lithuania', 'czechia', 'romania', 'austria', 'ireland', 'portugal', 'greece'])

/** The annotation's party and the overview's are one: the same key, or Europe and a country of it. */
const sameParty = (gold: string, got: string) =>
  gold === got || (gold === 'europe' && EUROPEAN.has(got))

export interface DevReport {
  name: string
  articles: number
  errors: string[]
  sentences: { n: number; status: number; caption: number; captionsGold: number; misses: string[] }
  passages: { n: number; status: number; caption: number }
  attribution: { n: number; right: number; misses: string[] }
  conflicts: {
    gold: number
    found: number
    falsePairs: number
    nearMissesFlagged: number
    misses: string[]
    falses: string[]
    /** Gold conflicts by kind (date, figure, denial…): how many, how many found. */
    byKind: Record<string, { gold: number; found: number }>
    /** Gold conflicts whose quotes could not be placed in a passage, so not counted. */
    unplaced: number
  }
  timeline: {
    gold: number
    found: number
    misdated: number
    fromCaptions: number
    misses: string[]
  }
  positions: {
    gold: number
    found: number
    rightKind: number
    fromCaptions: number
    misses: string[]
  }
  figures: { gold: number; found: number; fromCaptions: number }
  questions: {
    n: number
    recallAt5: number
    citingGold: number
    answerable: number
    /** Answerable questions that name gold passages. */
    withPassages: number
    refusalRight: number
    falseRefusals: number
    containsRight: number
    containsAsked: number
    violations: number
    misses: string[]
  }
  checks: CheckReport
  perturbations: PerturbationReport
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 1)

/** Scores one development dossier end to end. */
export async function evaluateDevDossier(dev: DevDossier, dossier: Dossier): Promise<DevReport> {
  const { sentences: gold, errors } = placeSentences(dev)
  const place = (quote: string, article?: string): Place | undefined => {
    const p = placeQuote(dev, gold, quote, article)
    if (!p) errors.push(`quote not found: “${quote}”`)
    return p
  }

  // Sentences: status, caption, attribution.
  let status = 0
  let caption = 0
  const sentenceMisses: string[] = []
  const attribution = { n: 0, right: 0, misses: [] as string[] }
  for (const g of gold) {
    const got = systemSentence(dossier, g)
    if (!got) continue
    if (got.status === g.status) status++
    else sentenceMisses.push(`${g.status} → ${got.status}: ${g.text.slice(0, 90)}`)
    if (got.caption === g.caption) caption++
    if (g.attribution && g.status !== 'unsourced') {
      attribution.n++
      if (attributionMatches(g.attribution, got.attribution)) attribution.right++
      else attribution.misses.push(`“${g.attribution}” → ${got.attribution ?? '(none)'}`)
    }
  }

  // Passages: the gold label of a passage summarises its sentences.
  let passageStatus = 0
  let passageCaption = 0
  let passagesScored = 0
  for (const p of dossier.passages) {
    const inside = gold.filter((g) => overlaps(g, { documentId: p.documentId, ...p.location }))
    if (inside.length === 0) continue
    passagesScored++
    const want = inside.some((g) => g.status === 'contested')
      ? 'contested'
      : inside.some((g) => g.status === 'sourced')
        ? 'sourced'
        : 'unsourced'
    if (p.status === want) passageStatus++
    if ((p.kind === 'caption') === inside.every((g) => g.caption)) passageCaption++
  }

  // Conflicts, passage against passage.
  const pairKey = (a: string, b: string) => [a, b].sort().join(' | ')
  const systemPairs = new Set<string>()
  for (const p of dossier.passages)
    for (const o of p.conflictsWith ?? []) systemPairs.add(pairKey(p.id, o))
  const goldPairs = new Set<string>()
  const conflicts = {
    gold: 0,
    found: 0,
    falsePairs: 0,
    nearMissesFlagged: 0,
    misses: [] as string[],
    falses: [] as string[],
    byKind: {} as Record<string, { gold: number; found: number }>,
    unplaced: 0,
  }
  for (const c of dev.conflicts.conflicts) {
    const a = place(c.a.quote, c.a.article)
    const b = place(c.b.quote, c.b.article)
    const pa = a && passageAt(dossier, a)
    const pb = b && passageAt(dossier, b)
    if (!pa || !pb) {
      conflicts.unplaced++
      continue
    }
    conflicts.gold++
    const kind = conflicts.byKind[c.kind] ?? { gold: 0, found: 0 }
    conflicts.byKind[c.kind] = kind
    kind.gold++
    const key = pairKey(pa.id, pb.id)
    goldPairs.add(key)
    // A title the rest of the dossier does not use is contested against the usual title,
    // which any of the sentences using it shows (FORMAT.md): side a is the odd one out, and
    // the usage the system pairs it with is as good as the one the annotation names.
    const byTitle = pa.sentences.some(
      (x) =>
        a.start < pa.location.start + x.end &&
        pa.location.start + x.start < a.end &&
        (x.reasons ?? []).some((r) => /^This says “[^”]+” \(/.test(r))
    )
    const titled =
      c.kind === 'title' && byTitle
        ? [...systemPairs].filter((p) => p.split(' | ').includes(pa.id))
        : []
    for (const p of titled) goldPairs.add(p)
    const found =
      systemPairs.has(key) || (pa.id === pb.id && pa.status === 'contested') || titled.length > 0
    if (found) {
      conflicts.found++
      kind.found++
    } else conflicts.misses.push(`${c.id} (${c.kind})`)
  }
  for (const key of systemPairs) {
    if (goldPairs.has(key)) continue
    conflicts.falsePairs++
    conflicts.falses.push(key)
  }
  for (const c of dev.conflicts.notConflicts ?? []) {
    const a = placeQuote(dev, gold, c.a.quote, c.a.article)
    const b = placeQuote(dev, gold, c.b.quote, c.b.article)
    const pa = a && passageAt(dossier, a)
    const pb = b && passageAt(dossier, b)
    if (pa && pb && systemPairs.has(pairKey(pa.id, pb.id))) conflicts.nearMissesFlagged++
  }

  // The overview: events, positions, figures, none of them from captions.
  const { overview } = verifyOverview(dossier, dossier.overview)
  const placeOf = (c: { passageId: string; start: number; end: number }): Place | undefined => {
    const p = dossier.passages.find((x) => x.id === c.passageId)
    return (
      p && {
        documentId: p.documentId,
        start: p.location.start + c.start,
        end: p.location.start + c.end,
      }
    )
  }
  /** Does an overview item's citation fall on the annotated quote at `at`? */
  const covers = (c: { passageId: string; start: number; end: number }, at: Place) => {
    const p = placeOf(c)
    return p !== undefined && overlaps(p, at)
  }
  const isCaption = (c: { passageId: string }) =>
    dossier.passages.find((x) => x.id === c.passageId)?.kind === 'caption'
  const timeline = { gold: 0, found: 0, misdated: 0, fromCaptions: 0, misses: [] as string[] }
  timeline.fromCaptions = overview.timeline.filter((e) => isCaption(e.citation)).length
  for (const a of dev.annotations) {
    for (const e of a.events ?? []) {
      const at = place(e.quote, a.article)
      if (!at) continue
      timeline.gold++
      const hit = overview.timeline.find((x) => covers(x.citation, at))
      if (!hit) {
        timeline.misses.push(`${a.article}: ${e.what}`)
        continue
      }
      timeline.found++
      if (hit.date.start > e.end || hit.date.end < e.start) {
        timeline.misdated++
        timeline.misses.push(
          `${a.article}: ${e.what} dated ${hit.date.start}…${hit.date.end}, not ${e.start}…${e.end}`
        )
      }
    }
  }
  const positions = { gold: 0, found: 0, rightKind: 0, fromCaptions: 0, misses: [] as string[] }
  const systemPositions = overview.parties.flatMap((party) =>
    party.positions.map((pos) => ({ party: partyKey(party.id), pos }))
  )
  positions.fromCaptions = systemPositions.filter((x) => isCaption(x.pos.citation)).length
  for (const a of dev.annotations) {
    for (const gp of a.positions ?? []) {
      const at = place(gp.quote, a.article)
      if (!at) continue
      positions.gold++
      const hits = systemPositions.filter(
        (x) => sameParty(partyKey(gp.party), x.party) && covers(x.pos.citation, at)
      )
      if (hits.length) positions.found++
      if (hits.some((h) => h.pos.kind === gp.kind)) positions.rightKind++
      else {
        const others = systemPositions
          .filter((x) => covers(x.pos.citation, at))
          .map((x) => `${x.party}/${x.pos.kind}`)
        positions.misses.push(
          `${a.article}: ${gp.party} ${gp.kind} “${gp.quote}”${others.length ? ` (got ${others.join(', ')})` : ''}`
        )
      }
    }
  }
  const figures = { gold: 0, found: 0, fromCaptions: 0 }
  figures.fromCaptions = overview.figures.filter((f) => isCaption(f.citation)).length
  for (const a of dev.annotations) {
    for (const f of a.figures ?? []) {
      const at = place(f.quote, a.article)
      if (!at) continue
      figures.gold++
      if (overview.figures.some((x) => covers(x.citation, at))) figures.found++
    }
  }

  // Reader questions, through the same calls the routes make.
  const config = readConfig({})
  const passageWith = (snippet: string): string | undefined => {
    const at = place(snippet)
    return at && passageAt(dossier, at)?.id
  }
  const q = {
    n: dev.questions.length,
    recallAt5: 0,
    citingGold: 0,
    answerable: 0,
    withPassages: 0,
    refusalRight: 0,
    falseRefusals: 0,
    containsRight: 0,
    containsAsked: 0,
    violations: 0,
    misses: [] as string[],
  }
  const recalls: number[] = []
  let n = 0
  for (const question of dev.questions) {
    const expected = (question.expect.passages ?? []).flatMap((s) => passageWith(s) ?? [])
    const top = retrieve(dossier, question.question)
      .passages.slice(0, 5)
      .map((p) => p.passage.id)
    const answer = await answerQuestion(dossier, {
      question: question.question,
      mode: 'auto',
      config,
      id: `dev_${++n}`,
    })
    if (promiseViolations(answer).length) q.violations++
    const refused = answer.coverage === 'not_in_corpus'
    const shouldRefuse = question.expect.coverage === 'not_in_corpus'
    if (refused === shouldRefuse) q.refusalRight++
    if (!shouldRefuse) {
      q.answerable++
      if (refused) q.falseRefusals++
    }
    const cited = answer.segments.flatMap((s) => s.citations.map((c) => c.passageId))
    let why = ''
    if (expected.length) {
      if (!shouldRefuse) q.withPassages++
      const recall = expected.filter((id) => top.includes(id)).length / expected.length
      recalls.push(recall)
      const cites = expected.some((id) => cited.includes(id))
      if (cites) q.citingGold++
      else why += ' no gold cited;'
    }
    if (question.expect.answerContains) {
      q.containsAsked++
      const text = answer.segments
        .map((s) => s.text)
        .join(' ')
        .toLowerCase()
      if (text.includes(question.expect.answerContains.toLowerCase())) q.containsRight++
      else why += ` lacks “${question.expect.answerContains}”;`
    }
    if (refused !== shouldRefuse)
      why += ` coverage ${answer.coverage}, wanted ${question.expect.coverage};`
    if (why) q.misses.push(`${question.id} [${question.category}] ${question.question} —${why}`)
  }
  q.recallAt5 = mean(recalls)

  let k = 0
  const checks = await evaluateChecks(dev.summaries, async (summary) =>
    checkExtractive(dossier, summary, `dev_chk_${++k}`)
  )
  const perturbations = evaluatePerturbations(perturbationsOf(dev, dossier), (sentence) =>
    checkExtractive(dossier, sentence, `dev_prt_${++k}`)
  )

  return {
    name: dev.name,
    articles: dev.documents.length,
    errors,
    sentences: {
      n: gold.length,
      status,
      caption,
      captionsGold: gold.filter((g) => g.caption).length,
      misses: sentenceMisses,
    },
    passages: { n: passagesScored, status: passageStatus, caption: passageCaption },
    attribution,
    conflicts,
    timeline,
    positions,
    figures,
    questions: q,
    checks,
    perturbations,
  }
}

/**
 * The perturbations of a dossier: its summaries judged supported, altered; and its sentences the
 * annotations call contested for an allegation or a hedge, stated as fact.
 */
export function perturbationsOf(dev: DevDossier, dossier: Dossier) {
  const pools = namePools(dossier)
  const conflicted = new Set(dev.conflicts.conflicts.flatMap((c) => [c.a.quote, c.b.quote]))
  const facts = dev.annotations.flatMap((a) =>
    a.sentences.flatMap((s) => {
      if (s.status !== 'contested' || s.caption || s.headline) return []
      if ([...conflicted].some((q) => s.text.includes(q))) return []
      const fact = asFact(s.text)
      return fact ? [{ kind: 'as-fact' as const, from: s.text, sentence: fact }] : []
    })
  )
  return [
    ...dev.summaries
      .filter((s) => s.verdict === 'supported')
      .flatMap((s) => perturb(dossier, pools, s.sentence)),
    ...facts,
  ]
}

/** A part's figures: its dossiers' counts added up, as the README's table shows them. */
export interface PartFigures {
  articles: number
  sentenceLabels: number
  sentenceCaptions: number
  passageLabels: number
  passageCaptions: number
  attribution: number
  conflictsFound: number
  falseConflictsPer10Articles: number
  eventsFound: number
  eventsMisdated: number
  positionsFound: number
  positionsRightKind: number
  figuresFound: number
  overviewItemsFromCaptions: number
  checksExact: number
  checksFalseSupported: number
  trueCalledContradicted: number
  perturbedSupported: number
  recallAt5: number
  citingGold: number
  refusalAccuracy: number
  falseRefusals: number
  figureInAnswer: number
  promiseViolations: number
}

/** A share; NaN (printed as –) when nothing was there to count. */
const ratio = (a: number, b: number) => (b ? a / b : Number.NaN)

/** The numeric fields of `items` added up, field by field. */
function totals<T extends object>(items: T[]): Record<keyof T, number> {
  const out: Record<string, number> = {}
  for (const item of items) {
    for (const [key, value] of Object.entries(item)) {
      if (typeof value === 'number') out[key] = (out[key] ?? 0) + value
    }
  }
  return out as Record<keyof T, number>
}

/** Adds up the reports of a part's dossiers. */
export function partFigures(reports: DevReport[]): PartFigures {
  const s = totals(reports.map((r) => r.sentences))
  const p = totals(reports.map((r) => r.passages))
  const a = totals(reports.map((r) => r.attribution))
  const c = totals(reports.map((r) => r.conflicts))
  const t = totals(reports.map((r) => r.timeline))
  const pos = totals(reports.map((r) => r.positions))
  const f = totals(reports.map((r) => r.figures))
  const q = totals(reports.map((r) => r.questions))
  const confusion = (gold: string, got: string) =>
    reports.reduce(
      (n, r) =>
        n + ((r.checks.confusion as Record<string, Record<string, number>>)[gold]?.[got] ?? 0),
      0
    )
  const verdicts = ['supported', 'contradicted', 'unsupported', 'contested']
  const checks = reports.reduce((n, r) => n + r.checks.items.length, 0)
  const exact = reports.reduce(
    (n, r) => n + r.checks.items.filter((i) => i.got === i.item.verdict).length,
    0
  )
  const articles = reports.reduce((n, r) => n + r.articles, 0)
  // Recall is a mean per question: weigh each dossier's by its questions with gold passages.
  const recall = reports.reduce((n, r) => n + r.questions.recallAt5 * r.questions.withPassages, 0)
  return {
    articles,
    sentenceLabels: ratio(s.status, s.n),
    sentenceCaptions: ratio(s.caption, s.n),
    passageLabels: ratio(p.status, p.n),
    passageCaptions: ratio(p.caption, p.n),
    attribution: ratio(a.right, a.n),
    conflictsFound: ratio(c.found, c.gold),
    falseConflictsPer10Articles: (10 * c.falsePairs) / Math.max(1, articles),
    eventsFound: ratio(t.found, t.gold),
    eventsMisdated: t.misdated,
    positionsFound: ratio(pos.found, pos.gold),
    positionsRightKind: ratio(pos.rightKind, pos.gold),
    figuresFound: ratio(f.found, f.gold),
    overviewItemsFromCaptions: t.fromCaptions + pos.fromCaptions + f.fromCaptions,
    checksExact: ratio(exact, checks),
    checksFalseSupported: ratio(
      verdicts.slice(1).reduce((n, g) => n + confusion(g, 'supported'), 0),
      checks
    ),
    trueCalledContradicted: ratio(
      confusion('supported', 'contradicted'),
      verdicts.reduce((n, v) => n + confusion('supported', v), 0)
    ),
    perturbedSupported: ratio(
      reports.reduce((n, r) => n + r.perturbations.supported, 0),
      reports.reduce((n, r) => n + r.perturbations.n, 0)
    ),
    recallAt5: ratio(recall, q.withPassages),
    citingGold: ratio(q.citingGold, q.withPassages),
    refusalAccuracy: ratio(q.refusalRight, q.n),
    falseRefusals: ratio(q.falseRefusals, q.answerable),
    figureInAnswer: ratio(q.containsRight, q.containsAsked),
    promiseViolations: q.violations,
  }
}
