/**
 * The evaluation's questions and metrics, shared by `npm run eval` (which prints them) and the
 * eval test (which runs every question through the worker over HTTP and holds the targets).
 */
import { parse } from 'yaml'
import { z } from 'zod'
import type { Answer } from '../../src/answer/schema.ts'
import { promiseViolations } from '../support/promise.ts'

export const CATEGORIES = [
  'fact',
  'position',
  'scenario',
  'contested',
  'out-of-corpus',
  'false-premise',
  'injection',
] as const

const QuestionSchema = z.strictObject({
  id: z.string(),
  category: z.enum(CATEGORIES),
  question: z.string(),
  expect: z.strictObject({
    coverage: z.enum(['answered', 'partial', 'not_in_corpus', 'any']),
    /** Phrases, each found in exactly one passage: the passages that answer the question. */
    passages: z.array(z.string()).default([]),
    /** Phrases of passages that must carry the `contested` label wherever they are quoted. */
    contested: z.array(z.string()).default([]),
  }),
})
export type EvalQuestion = z.infer<typeof QuestionSchema>

export function parseQuestions(yaml: string): EvalQuestion[] {
  return z.array(QuestionSchema).parse(parse(yaml))
}

/** How the evaluation reaches the system: the same two calls a client makes. */
export interface EvalTarget {
  /** Passage ids for `question`, best first (`GET /v1/passages`). */
  search(question: string, limit: number): Promise<string[]>
  answer(question: string): Promise<Answer>
  /** The passage id containing `phrase`. */
  passageWith(phrase: string): string
}

export interface QuestionResult {
  question: EvalQuestion
  answer: Answer
  recall: number | null
  citesExpected: boolean | null
  refusalCorrect: boolean
  coverageCorrect: boolean
  violations: string[]
}

export interface EvalReport {
  results: QuestionResult[]
  /** Mean share of the expected passages found in the top 5 of the search. */
  recallAt5: number
  /** Share of answerable questions whose answer cites at least one expected passage. */
  citesExpected: number
  /** Share of all citations that keep the promise. */
  citationValidity: number
  citations: number
  /** Share of quotes from gold-contested passages that carry the `contested` label. */
  contestedLabelRecall: number
  contestedQuotes: number
  /** Share of questions where "not in the dossier" was said exactly when it should be. */
  refusalAccuracy: number
  /** Share of questions whose coverage matched the expectation. */
  coverageAccuracy: number
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 1)

/** Runs every question against `target` and computes the figures. */
export async function evaluate(questions: EvalQuestion[], target: EvalTarget): Promise<EvalReport> {
  const goldContested = new Set(
    questions.flatMap((q) => q.expect.contested.map(target.passageWith))
  )
  const results: QuestionResult[] = []
  let citations = 0
  let valid = 0
  let contestedQuotes = 0
  let contestedLabelled = 0
  for (const question of questions) {
    const expected = question.expect.passages.map(target.passageWith)
    const [top, answer] = await Promise.all([
      target.search(question.question, 5),
      target.answer(question.question),
    ])
    const violations = promiseViolations(answer)
    const cited = answer.segments.flatMap((s) => s.citations.map((c) => c.passageId))
    for (const segment of answer.segments) {
      for (const c of segment.citations) {
        citations++
        const passage = answer.passages.find((p) => p.id === c.passageId)
        if (passage?.text.slice(c.start, c.end) === c.quote) valid++
        if (goldContested.has(c.passageId)) {
          contestedQuotes++
          if (segment.labels.includes('contested')) contestedLabelled++
        }
      }
    }
    const refused = answer.coverage === 'not_in_corpus'
    const want = question.expect.coverage
    results.push({
      question,
      answer,
      violations,
      recall: expected.length
        ? expected.filter((id) => top.includes(id)).length / expected.length
        : null,
      citesExpected: expected.length ? expected.some((id) => cited.includes(id)) : null,
      refusalCorrect: refused === (want === 'not_in_corpus'),
      coverageCorrect: want === 'any' ? !refused : answer.coverage === want,
    })
  }
  const answerable = results.filter((r) => r.recall !== null)
  return {
    results,
    recallAt5: mean(answerable.map((r) => r.recall ?? 0)),
    citesExpected: mean(answerable.map((r) => (r.citesExpected ? 1 : 0))),
    citationValidity: citations ? valid / citations : 1,
    citations,
    contestedLabelRecall: contestedQuotes ? contestedLabelled / contestedQuotes : 1,
    contestedQuotes,
    refusalAccuracy: mean(results.map((r) => (r.refusalCorrect ? 1 : 0))),
    coverageAccuracy: mean(results.map((r) => (r.coverageCorrect ? 1 : 0))),
  }
}

/** The report as a table, per category and overall. */
export function formatReport(report: EvalReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`
  const rows = CATEGORIES.map((category) => {
    const rs = report.results.filter((r) => r.question.category === category)
    const withRecall = rs.filter((r) => r.recall !== null)
    return [
      category.padEnd(14),
      String(rs.length).padStart(3),
      (withRecall.length ? pct(mean(withRecall.map((r) => r.recall ?? 0))) : '–').padStart(9),
      (withRecall.length
        ? pct(mean(withRecall.map((r) => (r.citesExpected ? 1 : 0))))
        : '–'
      ).padStart(8),
      pct(mean(rs.map((r) => (r.refusalCorrect ? 1 : 0)))).padStart(8),
      pct(mean(rs.map((r) => (r.coverageCorrect ? 1 : 0)))).padStart(9),
    ].join(' ')
  })
  const misses = report.results
    .filter((r) => !r.refusalCorrect || (r.recall !== null && r.recall < 1) || r.violations.length)
    .map((r) => `  ${r.question.id}: coverage ${r.answer.coverage}, recall@5 ${r.recall ?? '–'}`)
  return [
    `category       n  recall@5  cites   refusal  coverage`,
    ...rows,
    '',
    `questions                 ${report.results.length}`,
    `retrieval recall@5        ${report.recallAt5.toFixed(3)}`,
    `answers citing expected   ${pct(report.citesExpected)}`,
    `citation validity         ${report.citationValidity.toFixed(3)} (${report.citations} citations)`,
    `contested-label recall    ${report.contestedLabelRecall.toFixed(3)} (${report.contestedQuotes} quotes)`,
    `refusal accuracy          ${report.refusalAccuracy.toFixed(3)}`,
    `coverage accuracy         ${report.coverageAccuracy.toFixed(3)}`,
    '',
    'not perfect:',
    ...misses,
  ].join('\n')
}
