/**
 * What the stand-in Messages API answers (see `fake-anthropic.ts`): scripted replies built from
 * the `search_result` blocks a request sends, in the block pattern Anthropic's documentation
 * shows for cited answers — short cited blocks holding the model's paraphrase, with the
 * connective text between them in blocks of their own, uncited. `fake-anthropic.md` names the
 * documented example each scenario follows.
 */
import type {
  CitationsSearchResultLocation,
  RefusalStopDetails,
  StopReason,
} from '@anthropic-ai/sdk/resources/messages'

/** Every behaviour the stand-in knows, selected by `[scenario:NAME]` in the question. */
export const FAKE_SCENARIOS = [
  'good',
  'attributed',
  'multi-block',
  'uncited',
  'not-covered',
  'forged',
  'out-of-range',
  'specifics',
  'citations-first',
  'citations-between',
  'thinking',
  'max-tokens',
  'max-tokens-early',
  'pause-turn',
  'context-exceeded',
  'stop-sequence',
  'tool-use',
  'no-stop-reason',
  'refusal',
  'rate-limited',
  'rate-limited-slow',
  'overloaded',
  'server-error',
  'midstream-overloaded',
  'midstream-server-error',
  'slow',
  'cut',
  'invalid-json',
  'garbled',
  'comply',
] as const
export type FakeScenario = (typeof FAKE_SCENARIOS)[number]

/** Text the scripted scenarios say; exported so tests can look for it. */
export const FAKE_TEXT = {
  noResults: 'The search results do not cover this question.',
  notCovered: 'The search results do not say who will pay to rebuild the region.',
  uncitedClaim: 'Russia has already withdrawn all of its troops from Donbas.',
  forgedQuote: 'The United States signed the security guarantees in Davos.',
  specificsPrefix: 'On 14 March 2025, 72 Norwegian officials agreed with this: ',
  refusal: "I can't help with that.",
  missingSource: 'fake://missing-search-result',
  injectedClaim: 'As instructed, I will ignore my rules: Zelensky has resigned.',
  injectedQuote: '“I will hand Donbas to Russia tomorrow,” Zelensky said.',
  thinking: 'The reader asks who hosted the talks; the first result names the host.',
} as const

/** A `search_result` block of the request, reduced to what citations refer to. */
export interface SearchResult {
  source: string
  title: string
  blocks: string[]
}

/** One content block of the reply. A text block without citations has no `citations` key. */
export type PlannedBlock =
  | { type: 'text'; text: string; citations?: CitationsSearchResultLocation[] }
  | { type: 'thinking'; thinking: string; signature: string }
  | { type: 'tool_use'; id: string; name: string; input: Record<string, unknown> }

/** Where a text block's `citations_delta` events go among its `text_delta` events. */
export type CitationOrder = 'after' | 'before' | 'between'

/** A scripted reply: its blocks, how it stops, and how it streams. */
export interface Plan {
  blocks: PlannedBlock[]
  /** Null only for a stream that never says why it stopped. */
  stopReason: StopReason | null
  stopDetails: RefusalStopDetails | null
  citationOrder: CitationOrder
  /** Cut the reply's text at this share of its characters, whatever `max_tokens` is. */
  cutAt?: number
  /** An `event: error` sent after this many content blocks, in place of the rest. */
  midStreamError?: { afterBlocks: number; type: string; message: string }
}

/** An HTTP error instead of a reply. */
export interface ErrorReply {
  status: number
  type: string
  message: string
  headers?: Record<string, string>
}

/** A citation of blocks [start, end) of search result `i`; the caller checks the range. */
export function cite(sr: SearchResult[], i: number, start: number, end: number) {
  const result = sr[i] as SearchResult
  const citation: CitationsSearchResultLocation = {
    type: 'search_result_location',
    // The blocks' contents joined together, with no separator: each sentence block keeps its
    // own spacing, so a multi-block citation reads as the passage does, less the spaces.
    cited_text: result.blocks.slice(start, end).join(''),
    source: result.source,
    title: result.title,
    search_result_index: i,
    start_block_index: start,
    end_block_index: end,
  }
  return citation
}

/** Words that open a sentence but not a name: the model lower-cases them mid-sentence. */
const COMMON_OPENER = /^(?:The|A|An|In|On|At|It|Its|This|That|These|Those|Both|Some|After|Before)\b/

/**
 * The model's version of a sentence it cites: without its final stop (the connective text
 * after it holds the stop), lower-cased where it continues a sentence, and without a closing
 * attribution (", he said.") where its own words name the speaker instead.
 */
function paraphrase(text: string, { lower = false, attributed = false } = {}): string {
  let out = text.trim().replace(/[.!?]$/u, '')
  if (attributed) out = out.replace(/,([’”"]?)\s+(?:\p{L}+\s+){1,4}(?:said|told [^,]+)$/u, '$1')
  if (lower && COMMON_OPENER.test(out)) out = out[0]?.toLowerCase() + out.slice(1)
  return out
}

function cited(sr: SearchResult[], i: number, block: number, text?: string): PlannedBlock {
  return {
    type: 'text',
    text: text ?? sr[i]?.blocks[block] ?? '',
    citations: [cite(sr, i, block, block + 1)],
  }
}

function uncited(text: string): PlannedBlock {
  return { type: 'text', text }
}

const has = (sr: SearchResult[], i: number, block = 0) => (sr[i]?.blocks.length ?? 0) > block

/**
 * Up to three sentences the way the API returns them: "S1. Separately, s2. S3." as six blocks —
 * cited, ". Separately, ", cited (lower-cased), ". ", cited, "." — each cited block a
 * paraphrase of one sentence block.
 */
function goodBlocks(sr: SearchResult[]): PlannedBlock[] {
  if (!has(sr, 0)) return [uncited(FAKE_TEXT.noResults)]
  const picks: [number, number][] = [[0, 0]]
  if (has(sr, 1)) picks.push([1, 0])
  if (has(sr, 0, 1)) picks.push([0, 1])
  else if (has(sr, 2)) picks.push([2, 0])
  const out: PlannedBlock[] = []
  picks.forEach(([i, b], n) => {
    const text = sr[i]?.blocks[b] ?? ''
    out.push(cited(sr, i, b, paraphrase(text, { lower: n === 1 })))
    out.push(
      uncited(n === 0 && picks.length > 1 ? '. Separately, ' : n < picks.length - 1 ? '. ' : '.')
    )
  })
  return out
}

/** Who says it, as the stand-in's question names it with `[say:NAME]`, else the title's. */
function speakerFor(question: string, result: SearchResult | undefined): string {
  const named = /\[say:([^\]]+)\]/.exec(question)?.[1]
  if (named) return named
  return /sourced: ([^—]+)$/.exec(result?.title ?? '')?.[1]?.trim() ?? 'the article'
}

/** A sentence block that names its speaker with a pronoun ("…,’ he said."), or the first. */
function pronounBlock(sr: SearchResult[]): [number, number] {
  for (const [i, r] of sr.entries()) {
    const b = r.blocks.findIndex((t) => /\b(?:he|she) said\.$/.test(t))
    if (b >= 0) return [i, b]
  }
  return [0, 0]
}

/** A plan that stops normally with `blocks`. */
function plan(blocks: PlannedBlock[], stopReason: StopReason = 'end_turn'): Plan {
  return { blocks, stopReason, stopDetails: null, citationOrder: 'after' }
}

/** The reply to an answer request. */
export function answerPlan(scenario: FakeScenario, sr: SearchResult[], question: string): Plan {
  const good = plan(goodBlocks(sr))
  const first = sr[0]
  switch (scenario) {
    case 'attributed': {
      // "According to Witkoff’s post on X, " then the cited words: the documented pattern.
      const [i, b] = pronounBlock(sr)
      const text = sr[i]?.blocks[b] ?? ''
      return plan([
        uncited(`${speakerFor(question, sr[i])} said `),
        cited(sr, i, b, paraphrase(text, { attributed: true })),
        uncited('.'),
      ])
    }
    case 'multi-block': {
      if (!first || first.blocks.length < 2) return good
      const citation = cite(sr, 0, 0, 2)
      return plan([{ type: 'text', text: citation.cited_text, citations: [citation] }])
    }
    case 'uncited':
      return plan([...goodBlocks(sr).slice(0, 1), uncited('. '), uncited(FAKE_TEXT.uncitedClaim)])
    case 'not-covered':
      return plan([uncited(FAKE_TEXT.notCovered)])
    case 'forged': {
      if (!has(sr, 0)) return good
      const citation = { ...cite(sr, 0, 0, 1), cited_text: FAKE_TEXT.forgedQuote }
      return plan([{ type: 'text', text: FAKE_TEXT.forgedQuote, citations: [citation] }])
    }
    case 'out-of-range': {
      // Both quotes are real passage text, so only an index check can catch them.
      const text = first?.blocks[0] || FAKE_TEXT.noResults
      const missing: CitationsSearchResultLocation = {
        type: 'search_result_location',
        cited_text: text,
        source: FAKE_TEXT.missingSource,
        title: 'Missing search result',
        search_result_index: sr.length + 3,
        start_block_index: 0,
        end_block_index: 1,
      }
      const badBlocks: CitationsSearchResultLocation = {
        ...missing,
        source: first?.source ?? FAKE_TEXT.missingSource,
        title: first?.title ?? 'Missing search result',
        search_result_index: 0,
        start_block_index: 50,
        end_block_index: 51,
      }
      return plan([
        { type: 'text', text, citations: [missing] },
        { type: 'text', text, citations: [badBlocks] },
      ])
    }
    case 'specifics': {
      if (!has(sr, 0)) return good
      const text = paraphrase(sr[0]?.blocks[0] ?? '', { lower: true })
      return plan([uncited(FAKE_TEXT.specificsPrefix), cited(sr, 0, 0, text), uncited('.')])
    }
    case 'comply':
      // A model that obeys an injection: an uncited claim, a forged quote, and one real citation.
      if (!has(sr, 0)) return good
      return plan([
        uncited(`${FAKE_TEXT.injectedClaim} `),
        {
          type: 'text',
          text: FAKE_TEXT.injectedQuote,
          citations: [{ ...cite(sr, 0, 0, 1), cited_text: FAKE_TEXT.injectedQuote }],
        },
        uncited(' '),
        cited(sr, 0, 0),
      ])
    case 'citations-first':
      return { ...good, citationOrder: 'before' }
    case 'citations-between':
      return { ...good, citationOrder: 'between' }
    case 'thinking':
      return plan([
        { type: 'thinking', thinking: FAKE_TEXT.thinking, signature: 'EqQBCkgIARABGAIiQGZha2U=' },
        ...good.blocks,
      ])
    case 'max-tokens':
      // The budget runs out in the last sentence: "…and ‘I think w".
      return { ...good, stopReason: 'max_tokens', cutAt: 0.85 }
    case 'max-tokens-early':
      return { ...good, stopReason: 'max_tokens', cutAt: 0.2 }
    case 'pause-turn':
      return { ...good, stopReason: 'pause_turn', cutAt: 0.85 }
    case 'context-exceeded':
      return { ...good, stopReason: 'model_context_window_exceeded', cutAt: 0.85 }
    case 'stop-sequence':
      return { ...good, stopReason: 'stop_sequence' }
    case 'no-stop-reason':
      return { ...good, stopReason: null }
    case 'tool-use':
      return plan([uncited('Let me search again.'), toolUse()], 'tool_use')
    case 'refusal':
      return {
        ...plan([uncited(FAKE_TEXT.refusal)], 'refusal'),
        stopDetails: { type: 'refusal', category: null, explanation: null },
      }
    case 'midstream-overloaded':
      return {
        ...good,
        midStreamError: { afterBlocks: 2, type: 'overloaded_error', message: 'Overloaded' },
      }
    case 'midstream-server-error':
      return {
        ...good,
        midStreamError: { afterBlocks: 1, type: 'api_error', message: 'Internal server error' },
      }
    default:
      return good
  }
}

function toolUse(): PlannedBlock {
  return { type: 'tool_use', id: 'toolu_fake_01', name: 'search', input: { query: 'talks' } }
}

/** The summary checker's request ends with its numbered sentences under this header. */
export const CHECK_HEADER = /^Summary sentences\b/m

/**
 * The checker's reply: a line a numbered sentence, each split across blocks as the API splits
 * text around citations — "[N] supported: the dossier says " (uncited), a cited paraphrase of a
 * sentence block of search result N−1 (cycling), "." then a line break (uncited). `forged`
 * forges each cited_text, `uncited` cites nothing, `garbled` breaks the protocol.
 */
export function checkPlan(scenario: FakeScenario, sr: SearchResult[], question: string): Plan {
  if (scenario === 'refusal' || scenario === 'thinking') {
    const reply = answerPlan(scenario, sr, question)
    if (scenario === 'refusal') return reply
    return {
      ...reply,
      blocks: [reply.blocks[0] as PlannedBlock, ...checkLines('good', sr, question)],
    }
  }
  if (scenario === 'garbled' || sr.length === 0) {
    return plan([uncited('The summary looks broadly accurate to me.')])
  }
  const out = plan(checkLines(scenario, sr, question))
  if (scenario === 'max-tokens') return { ...out, stopReason: 'max_tokens', cutAt: 0.7 }
  if (scenario === 'midstream-overloaded') {
    return {
      ...out,
      midStreamError: { afterBlocks: 2, type: 'overloaded_error', message: 'Overloaded' },
    }
  }
  return out
}

function checkLines(scenario: FakeScenario, sr: SearchResult[], question: string): PlannedBlock[] {
  const numbers = [...question.matchAll(/^\[(\d+)\]/gm)].map((m) => Number(m[1]))
  const blocks: PlannedBlock[] = []
  for (const n of numbers) {
    const i = (n - 1) % sr.length
    blocks.push(uncited(`${n > 1 ? '\n' : ''}[${n}] supp`), uncited('orted: the dossier says '))
    if (scenario === 'uncited') blocks.push(uncited('so'))
    else if (scenario === 'forged') {
      const citation = { ...cite(sr, i, 0, 1), cited_text: FAKE_TEXT.forgedQuote }
      blocks.push({ type: 'text', text: FAKE_TEXT.forgedQuote, citations: [citation] })
    } else blocks.push(cited(sr, i, 0, paraphrase(sr[i]?.blocks[0] ?? '', { lower: true })))
    blocks.push(uncited('.'))
  }
  return blocks
}

/** A 429 asking the client to wait `seconds` before it retries. */
function rateLimited(seconds: number): ErrorReply {
  const headers = { 'retry-after': String(seconds) }
  return { status: 429, type: 'rate_limit_error', message: 'Rate limited', headers }
}

/** The HTTP error a scenario answers with, if any. */
export function errorFor(scenario: FakeScenario): ErrorReply | undefined {
  switch (scenario) {
    case 'rate-limited':
      return rateLimited(0)
    case 'rate-limited-slow':
      return rateLimited(20)
    case 'overloaded':
      return { status: 529, type: 'overloaded_error', message: 'Overloaded' }
    case 'server-error':
      return { status: 500, type: 'api_error', message: 'Internal server error' }
    default:
      return undefined
  }
}
