/**
 * Model mode's tokens: what each answer and each 2,000-character check costs, from the usage the
 * stand-in Messages API reports (tests/support/fake-anthropic.ts, which caches prompt prefixes as
 * the API does and counts four characters a token — an estimate, the tokenizer not being
 * public). Each question and summary is sent twice: the first time nothing of its prompt is
 * cached (unless an earlier one retrieved the same passages), the second time, within the
 * cache's five minutes, its prefix is read back. Also measured: the output budgets against the
 * longest answer and check line the prompts allow.
 */

import { ANSWER_MAX_TOKENS } from '../../src/answer/model/request.ts'
import { CHECK_MAX_TOKENS, CHECK_TOKENS_PER_SENTENCE } from '../../src/check/model.ts'
import type { FakeAnthropic, RecordedUsage } from '../support/fake-anthropic.ts'
import { CHECK_SENTENCES, QUESTIONS } from './summaries.ts'

/**
 * Claude Sonnet 5.5 (the default model), dollars per million tokens: Anthropic's pricing page,
 * https://platform.claude.com/docs/en/about-claude/pricing, as copied on 2026-10-09.
 */
export const PRICES = { input: 2, cacheWrite: 2.5, cacheRead: 0.1, output: 10 }

/** Sentences of a five-sentence answer: "a few sentences", the prompt's limit, generously. */
const ANSWER_SENTENCES = 5
/** A check line's own words besides the cited sentence: "[N] contradicted: " and a reason. */
const CHECK_LINE_WORDS = 120

export interface TokenRow {
  n: number
  /** Mean tokens per call. */
  input: number
  cacheWrite: number
  cacheRead: number
  output: number
  /** Mean dollars per 1,000 calls at {@link PRICES}, with caching. */
  per1000: number
  /** The same calls had nothing been cached: every input token at the input price. */
  per1000Uncached: number
}

export interface TokenFigures {
  answers: { first: TokenRow; repeat: TokenRow }
  checks: { chars: number; first: TokenRow; repeat: TokenRow }
  /** The share of repeated prompts above which caching the search results pays. */
  breakEven: { answers: number; checks: number }
  budgets: {
    answerLongest: number
    answerBudget: number
    checkLineLongest: number
    checkPerSentence: number
    checkCap: number
  }
  failures: string[]
}

const tokens = (chars: number) => Math.ceil(chars / 4)

function row(usages: RecordedUsage[]): TokenRow {
  const n = usages.length
  const mean = (f: (u: RecordedUsage) => number) => usages.reduce((s, u) => s + f(u), 0) / (n || 1)
  const input = mean((u) => u.input_tokens)
  const cacheWrite = mean((u) => u.cache_creation_input_tokens)
  const cacheRead = mean((u) => u.cache_read_input_tokens)
  const output = mean((u) => u.output_tokens)
  const dollars = (inputs: number) => (inputs + output * PRICES.output) / 1000
  return {
    n,
    input,
    cacheWrite,
    cacheRead,
    output,
    per1000: dollars(
      input * PRICES.input + cacheWrite * PRICES.cacheWrite + cacheRead * PRICES.cacheRead
    ),
    per1000Uncached: dollars((input + cacheWrite + cacheRead) * PRICES.input),
  }
}

/** The repeat share h where (1 − h)·first + h·repeat equals the uncached cost. */
function breakEven(first: TokenRow, repeat: TokenRow): number {
  const extra = first.per1000 - first.per1000Uncached
  const saved = repeat.per1000Uncached - repeat.per1000
  return extra <= 0 ? 0 : extra / (extra + saved)
}

/** The search results' sentence blocks each recorded request sent. */
function sentBlocks(body: unknown): string[] {
  const messages = (body as { messages?: { content?: unknown }[] }).messages ?? []
  return messages.flatMap((m) =>
    (Array.isArray(m.content) ? m.content : []).flatMap(
      (b: { type?: string; content?: unknown }) =>
        b.type === 'search_result' && Array.isArray(b.content)
          ? b.content.map((c: { text?: string }) => c.text ?? '')
          : []
    )
  )
}

async function post(base: string, path: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return (await res.json()) as Record<string, unknown>
}

/** Summaries of about 2,000 characters: the bench's summary, its sentences rotated. */
function summaries(count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    [...CHECK_SENTENCES.slice(i), ...CHECK_SENTENCES.slice(0, i)].join(' ')
  )
}

/**
 * @example
 * ```ts
 * const figures = await benchTokens(server.base, fake)
 * ```
 */
export async function benchTokens(base: string, fake: FakeAnthropic): Promise<TokenFigures> {
  const failures: string[] = []
  const calls = async (send: () => Promise<Record<string, unknown>>) => {
    const from = fake.requests.length
    const body = await send()
    // A question the dossier does not cover is answered without the model, by design.
    const uncovered = body.coverage === 'not_in_corpus' && body.mode === 'extractive'
    if (!uncovered && (body.mode !== 'model' || body.degraded)) {
      failures.push(`not a model reply: ${JSON.stringify(body).slice(0, 160)}`)
    }
    return fake.requests.slice(from)
  }
  const asked = async () => {
    const out = []
    for (const question of QUESTIONS) {
      out.push(...(await calls(() => post(base, '/v1/answers', { question, mode: 'model' }))))
    }
    return out
  }
  const checked = async (texts: string[]) => {
    const out = []
    for (const summary of texts) {
      out.push(...(await calls(() => post(base, '/v1/checks', { summary, mode: 'model' }))))
    }
    return out
  }
  // The not-covered question costs no model call; every other one costs exactly one.
  const firstAnswers = await asked()
  const repeatAnswers = await asked()
  const texts = summaries(3)
  const firstChecks = await checked(texts)
  const repeatChecks = await checked(texts)
  const usage = (rs: typeof firstAnswers) => rs.flatMap((r) => (r.usage ? [r.usage] : []))
  const answers = { first: row(usage(firstAnswers)), repeat: row(usage(repeatAnswers)) }
  const checks = {
    chars: Math.round(texts.reduce((s, t) => s + t.length, 0) / texts.length),
    first: row(usage(firstChecks)),
    repeat: row(usage(repeatChecks)),
  }
  // The longest answer the prompt allows: its five longest sentences, quoted closely.
  const answerLongest = Math.max(
    ...firstAnswers.map((r) => {
      const longest = sentBlocks(r.body)
        .map((t) => t.length)
        .sort((a, b) => b - a)
        .slice(0, ANSWER_SENTENCES)
      return tokens(longest.reduce((s, n) => s + n, 0))
    })
  )
  const checkLineLongest = Math.max(
    ...firstChecks.flatMap((r) =>
      sentBlocks(r.body).map((t) => tokens(t.length + CHECK_LINE_WORDS))
    )
  )
  return {
    answers,
    checks,
    breakEven: {
      answers: breakEven(answers.first, answers.repeat),
      checks: breakEven(checks.first, checks.repeat),
    },
    budgets: {
      answerLongest,
      answerBudget: ANSWER_MAX_TOKENS,
      checkLineLongest,
      checkPerSentence: CHECK_TOKENS_PER_SENTENCE,
      checkCap: CHECK_MAX_TOKENS,
    },
    failures,
  }
}

const f0 = (n: number) => n.toFixed(0)
const usd = (n: number) => `$${n.toFixed(2)}`

/** The figures as the bench prints them. */
export function tokenTable(t: TokenFigures): string[] {
  const line = (name: string, r: TokenRow) =>
    `  ${name.padEnd(28)} ${f0(r.input).padStart(6)} ${f0(r.cacheWrite).padStart(7)} ` +
    `${f0(r.cacheRead).padStart(7)} ${f0(r.output).padStart(7)}   ${usd(r.per1000).padStart(7)}` +
    `  ${usd(r.per1000Uncached).padStart(7)}  (${r.n})`
  return [
    'model tokens per call (stand-in usage, 4 characters a token; Sonnet 5.5 prices of 2026-10-09)',
    `  ${''.padEnd(28)} ${'input'.padStart(6)} ${'c.write'.padStart(7)} ${'c.read'.padStart(7)} ` +
      `${'output'.padStart(7)}   ${'$/1,000'.padStart(7)}  ${'uncached'.padStart(7)}  (n)`,
    line('answer, first asking', t.answers.first),
    line('answer, asked again', t.answers.repeat),
    line(`check (${t.checks.chars} chars), first`, t.checks.first),
    line(`check (${t.checks.chars} chars), again`, t.checks.repeat),
    `  caching the search results pays once more than ${(t.breakEven.answers * 100).toFixed(0)}% ` +
      `of answers and ${(t.breakEven.checks * 100).toFixed(0)}% of checks repeat a prompt ` +
      'within five minutes',
    `  budgets: answer ${t.budgets.answerBudget} tokens against a longest five-sentence answer ` +
      `of ${t.budgets.answerLongest}; check ${t.budgets.checkPerSentence} a sentence (cap ` +
      `${t.budgets.checkCap}) against a longest line of ${t.budgets.checkLineLongest}`,
  ]
}
