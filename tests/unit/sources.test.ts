import { describe, expect, it } from 'vitest'
import { readerDate } from '../../src/answer/sources.ts'
import { ask } from '../support/worker.ts'

describe('sources', () => {
  it.each([
    [{ earliest: '2026-01-26', latest: '2026-01-26', stated: true }, '26 January 2026'],
    [
      { earliest: '2026-01-26', latest: '2026-01-31', stated: false },
      'Undated; written between 26 and 31 January 2026',
    ],
    [
      { earliest: '2026-01-26', latest: '2026-02-02', stated: false },
      'Undated; written between 26 January and 2 February 2026',
    ],
    [
      { earliest: '2025-12-30', latest: '2026-01-02', stated: false },
      'Undated; written between 30 December 2025 and 2 January 2026',
    ],
  ])('Should write %j as “%s”', (date, text) => {
    expect(readerDate(date)).toBe(text)
  })

  it('Should list the documents an answer quotes, with title and date', async () => {
    const answer = await ask('How many drones did Russia launch at Ukraine?')
    const documents = new Set(answer.passages.map((p) => p.documentId))
    expect(answer.sources?.map((s) => s.documentId)).toEqual([...documents])
    expect(answer.sources?.[0]).toMatchObject({
      title: expect.stringMatching(/\S/),
      dateText: 'Undated; written between 26 and 31 January 2026',
    })
  })

  it('Should list no sources for a question the dossier does not cover', async () => {
    const answer = await ask('What is Hungary’s position on the talks?')
    expect(answer.sources).toEqual([])
  })
})
