/**
 * The overview's evaluation (`tests/eval/dossier.yaml`): the positions, proposals' sides, dated
 * events and figures a reader expects in `GET /v1/dossier`, and the quotes expected in scenario
 * answers. Shared by `npm run eval` (which prints it) and the eval test (which holds targets).
 */
import { parse } from 'yaml'
import { z } from 'zod'
import type { Answer } from '../../src/answer/schema.ts'
import { ScenarioKindSchema } from '../../src/answer/schema.ts'
import { PositionKindSchema } from '../../src/overview/schema.ts'
import type { DossierResponse } from '../../src/response/routes/dossier.ts'
import { dossierViolations, quoteItems } from '../support/dossier-promise.ts'
import { promiseViolations } from '../support/promise.ts'

const isoDate = z.iso.date()

const SpecSchema = z.strictObject({
  positions: z.array(
    z.strictObject({ party: z.string(), kind: PositionKindSchema, quote: z.string() })
  ),
  proposals: z.array(
    z.strictObject({ id: z.string(), backers: z.array(z.string()), objectors: z.array(z.string()) })
  ),
  events: z.array(
    z.strictObject({
      what: z.string(),
      quote: z.string(),
      start: isoDate.optional(),
      end: isoDate.optional(),
      contains: isoDate.optional(),
      when: z.enum(['past', 'upcoming']),
    })
  ),
  figures: z.array(z.strictObject({ text: z.string(), value: z.number() })),
  scenarios: z.array(
    z.strictObject({
      question: z.string(),
      expect: z.array(z.strictObject({ quote: z.string(), kind: ScenarioKindSchema.optional() })),
    })
  ),
})
export type DossierSpec = z.infer<typeof SpecSchema>

export const parseDossierSpec = (yaml: string): DossierSpec => SpecSchema.parse(parse(yaml))

/** What the evaluation found. Shares are of the spec's items; misses are listed by name. */
export interface DossierReport {
  positionsFound: number
  positionsRightKind: number
  positions: number
  sidesFound: number
  sides: number
  /** Backers and objectors the overview names that the spec does not expect. */
  extraSides: string[]
  eventsFound: number
  events: number
  /** Events found with a date or tense other than the text's. Must be none. */
  misdated: string[]
  figuresFound: number
  figures: number
  citations: number
  violations: string[]
  misses: string[]
}

/**
 * @example
 * ```ts
 * const report = evaluateDossier(await (await fetch('/v1/dossier')).json(), spec)
 * report.misdated // []
 * ```
 */
export function evaluateDossier(body: DossierResponse, spec: DossierSpec): DossierReport {
  const misses: string[] = []
  let positionsFound = 0
  let positionsRightKind = 0
  for (const p of spec.positions) {
    const party = body.parties.find((x) => x.id === p.party)
    const found = party?.positions.filter((x) => x.citation.quote.includes(p.quote)) ?? []
    if (found.length > 0) positionsFound++
    if (found.some((x) => x.kind === p.kind)) positionsRightKind++
    else
      misses.push(
        `position ${p.party} ${p.kind}: “${p.quote}”${found.length ? ` (as ${found.map((x) => x.kind).join('/')})` : ''}`
      )
  }
  let sidesFound = 0
  let sides = 0
  const extraSides: string[] = []
  for (const p of spec.proposals) {
    const got = body.proposals.find((x) => x.id === p.id)
    for (const [role, expected, actual] of [
      ['backs', p.backers, got?.backers ?? []],
      ['objects', p.objectors, got?.objectors ?? []],
    ] as const) {
      for (const party of expected) {
        sides++
        if (actual.includes(party)) sidesFound++
        else misses.push(`proposal ${p.id}: ${party} ${role}`)
      }
      for (const party of actual)
        if (!expected.includes(party)) extraSides.push(`${p.id}: ${party} ${role}`)
    }
  }
  let eventsFound = 0
  const misdated: string[] = []
  for (const e of spec.events) {
    const found = body.timeline.filter((x) => x.citation.quote.includes(e.quote))
    if (found.length === 0) {
      misses.push(`event: ${e.what}`)
      continue
    }
    eventsFound++
    const right = found.some(
      (x) =>
        x.when === e.when &&
        (!e.start || x.date.start === e.start) &&
        (!e.end || x.date.end === e.end) &&
        (!e.contains || (x.date.start <= e.contains && e.contains <= x.date.end))
    )
    if (!right)
      misdated.push(
        `${e.what}: ${found.map((x) => `${x.date.start}..${x.date.end} ${x.when}`).join(', ')}`
      )
  }
  let figuresFound = 0
  for (const f of spec.figures) {
    if (body.figures.some((x) => x.text === f.text && x.value === f.value)) figuresFound++
    else misses.push(`figure ${f.text}`)
  }
  return {
    positionsFound,
    positionsRightKind,
    positions: spec.positions.length,
    sidesFound,
    sides,
    extraSides,
    eventsFound,
    events: spec.events.length,
    misdated,
    figuresFound,
    figures: spec.figures.length,
    citations: quoteItems(body).length,
    violations: dossierViolations(body),
    misses,
  }
}

/** What the scenario questions gave. */
export interface ScenarioReport {
  questions: number
  /** Questions answered with grouped quotes. */
  grouped: number
  quotesFound: number
  quotes: number
  /** Of the found quotes with an expected kind, those filed under it. */
  kindsRight: number
  kinds: number
  violations: string[]
  misses: string[]
}

export async function evaluateScenarios(
  spec: DossierSpec,
  ask: (question: string) => Promise<Answer>
): Promise<ScenarioReport> {
  const report: ScenarioReport = {
    questions: spec.scenarios.length,
    grouped: 0,
    quotesFound: 0,
    quotes: 0,
    kindsRight: 0,
    kinds: 0,
    violations: [],
    misses: [],
  }
  for (const s of spec.scenarios) {
    const answer = await ask(s.question)
    report.violations.push(...promiseViolations(answer).map((v) => `${s.question}: ${v}`))
    const groups = answer.scenario?.groups ?? []
    if (groups.length > 0) report.grouped++
    for (const e of s.expect) {
      report.quotes++
      const index = answer.segments.findIndex((x) => x.kind === 'quote' && x.text.includes(e.quote))
      if (index < 0) {
        report.misses.push(`${s.question}: “${e.quote}”`)
        continue
      }
      report.quotesFound++
      if (!e.kind) continue
      report.kinds++
      const kind = groups.find((g) => g.segments.includes(index))?.kind
      if (kind === e.kind) report.kindsRight++
      else report.misses.push(`${s.question}: “${e.quote}” filed as ${kind}, not ${e.kind}`)
    }
  }
  return report
}

/** Share of the follow-ups suggested on `answers` that the dossier answers with a quote. */
export async function followUpAnswerability(
  answers: Answer[],
  ask: (question: string) => Promise<Answer>
): Promise<{ suggested: number; answered: number; perAnswer: [number, number] }> {
  const suggested = [...new Set(answers.flatMap((a) => a.followUps ?? []))]
  let answered = 0
  for (const q of suggested) {
    const a = await ask(q)
    if (a.coverage === 'answered' && a.segments.some((s) => s.kind === 'quote')) answered++
  }
  const counts = answers.map((a) => a.followUps?.length ?? 0)
  return {
    suggested: suggested.length,
    answered,
    perAnswer: [Math.min(...counts), Math.max(...counts)],
  }
}

const pct = (n: number, d: number) => `${(d ? (100 * n) / d : 0).toFixed(1)}% (${n}/${d})`

export function formatDossierReport(d: DossierReport, s: ScenarioReport): string {
  return [
    `positions found            ${pct(d.positionsFound, d.positions)}`,
    `positions of the right kind ${pct(d.positionsRightKind, d.positions)}`,
    `proposal sides found       ${pct(d.sidesFound, d.sides)}, ${d.extraSides.length} not expected`,
    `events found               ${pct(d.eventsFound, d.events)}`,
    `events misdated            ${d.misdated.length}`,
    `figures found              ${pct(d.figuresFound, d.figures)}`,
    `overview citation validity ${d.violations.length === 0 ? '1.000' : 'FAILED'} (${d.citations} quotes)`,
    `scenario questions grouped ${pct(s.grouped, s.questions)}`,
    `scenario quotes found      ${pct(s.quotesFound, s.quotes)}`,
    `scenario kinds right       ${pct(s.kindsRight, s.kinds)}`,
    ...(d.misses.length + s.misses.length + d.extraSides.length + d.misdated.length > 0
      ? [
          '',
          'not perfect:',
          ...[
            ...d.misdated.map((m) => `misdated ${m}`),
            ...d.misses,
            ...d.extraSides.map((x) => `extra side ${x}`),
            ...s.misses,
          ].map((m) => `  ${m}`),
        ]
      : []),
  ].join('\n')
}
