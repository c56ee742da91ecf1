/**
 * Labels belong to sentences, end to end over HTTP: a quote carries the label of the sentence it
 * lies in, not its passage's, in answers, in checks' evidence and in the passages API, over a
 * small dossier of our own whose paragraph mixes one attributed sentence with the writer's own.
 */
import { describe, expect, it } from 'vitest'
import type { Answer, ApiPassage } from '../../src/answer/schema.ts'
import type { Check } from '../../src/check/schema.ts'
import { parseDocument } from '../../src/corpus/parse.ts'
import { buildDossier } from '../../src/index/build-dossier.ts'
import { loadDossier } from '../../src/index/load.ts'
import { createApp } from '../../src/response/app.ts'
import { checkViolations } from '../support/check-promise.ts'
import { promiseViolations } from '../support/promise.ts'

const FERRY = `---
id: harbour-ferry
title: Harbour board weighs a winter ferry
publisher: Test Wire
date: { earliest: 2026-03-03, latest: 2026-03-03, stated: true }
language: en
---
Harbour board weighs a winter ferry

The harbour board met on Tuesday in the old customs house. The winter ferry will sail twice a day from November, according to port officials. The board kept its minutes private.

Fishing crews have complained about the noise of the new cranes for a year.`

const dossier = loadDossier(
  buildDossier({
    documents: [parseDocument(FERRY, 'harbour-ferry.txt')],
    aliases: { names: {}, synonyms: {}, contrasts: {} },
  })
)
const app = createApp({ dossier })
const env = { RATE_LIMIT_ENABLED: 'false' }

async function post<T>(path: string, body: unknown): Promise<T> {
  const res = await app.request(
    path,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
    env
  )
  expect(res.status).toBe(200)
  return (await res.json()) as T
}

const quoting = (answer: Answer, words: string) =>
  answer.segments
    .flatMap((s) => s.citations.map((c) => ({ s, c })))
    .find(({ c }) => c.quote.includes(words))

describe('labels of quoted sentences, over HTTP', () => {
  it('Should label a quote of the attributed sentence sourced, and its neighbours not', async () => {
    const answer = await post<Answer>('/v1/answers', {
      question: 'How often will the winter ferry sail?',
    })
    expect(promiseViolations(answer)).toEqual([])
    const hit = quoting(answer, 'twice a day')
    expect(hit?.c).toMatchObject({ status: 'sourced', attribution: 'port officials' })
    expect(hit?.s.labels).toEqual(['sourced'])

    const passage = answer.passages.find((p) => p.id === hit?.c.passageId) as ApiPassage
    expect(passage.status).toBe('sourced')
    const labelled = passage.sentences.map((s) => [passage.text.slice(s.start, s.end), s.status])
    expect(labelled).toEqual([
      ['The harbour board met on Tuesday in the old customs house.', 'unsourced'],
      [
        'The winter ferry will sail twice a day from November, according to port officials.',
        'sourced',
      ],
      ['The board kept its minutes private.', 'unsourced'],
    ])
    expect(passage.sentences[1]?.attribution).toBe('port officials')
  })

  it('Should label a quote of an unsourced neighbour unsourced, though its passage is sourced', async () => {
    const answer = await post<Answer>('/v1/answers', {
      question: 'Where did the harbour board meet?',
    })
    expect(promiseViolations(answer)).toEqual([])
    const hit = quoting(answer, 'old customs house')
    expect(hit?.c.status).toBe('unsourced')
    expect(hit?.c.attribution).toBeUndefined()
    expect(hit?.s.labels).toEqual(['unsourced'])
    expect(answer.passages.find((p) => p.id === hit?.c.passageId)?.status).toBe('sourced')
  })

  it('Should give a check’s evidence the label of the sentence it quotes', async () => {
    const summary = 'The winter ferry will sail twice a day from November.'
    const check = await post<Check>('/v1/checks', { summary })
    expect(checkViolations(summary, check)).toEqual([])
    const evidence = check.sentences.flatMap((s) => s.citations)
    expect(evidence.length).toBeGreaterThan(0)
    for (const c of evidence) {
      const passage = check.passages.find((p) => p.id === c.passageId)
      const sentence = passage?.sentences.find((s) => s.start <= c.start && c.end <= s.end)
      expect(c.status).toBe(sentence?.status)
    }
    expect(evidence.find((c) => c.quote.includes('twice a day'))?.status).toBe('sourced')
  })

  it('Should serve each passage’s sentence labels from the passages API', async () => {
    const id = 'harbour-ferry.p01'
    const res = await app.request(`/v1/passages/${id}`, {}, env)
    expect(res.status).toBe(200)
    const passage = (await res.json()) as ApiPassage
    expect(passage.sentences.map((s) => s.status)).toEqual(['unsourced', 'sourced', 'unsourced'])
    for (const s of passage.sentences) {
      expect(s.end).toBeGreaterThan(s.start)
      expect(s.end).toBeLessThanOrEqual(passage.text.length)
    }
  })
})
