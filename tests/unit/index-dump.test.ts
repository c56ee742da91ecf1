import { save, search } from '@orama/orama'
import { describe, expect, it } from 'vitest'
import { indexPassages } from '../../src/index/build-dossier.ts'
import { packIndex, unpackIndex } from '../../src/index/dump.ts'
import { createIndex } from '../../src/index/schema.ts'
import { sentenceStats } from '../../src/index/sentence-stats.ts'
import { dossier } from '../support/seed.ts'

const ids = dossier.passages.map((p) => p.id)
const built = () => indexPassages(dossier.passages, dossier.tokenizer)

describe('the packed index', () => {
  it('unpacks to exactly the dump Orama saves, so an Orama upgrade that changes it fails here', () => {
    const raw = save(built())
    expect(unpackIndex(packIndex(raw, ids), ids)).toEqual(raw)
  })

  it('keeps no copy of the passages: Orama stores no documents, and the ids are not repeated', () => {
    const packed = JSON.stringify(packIndex(save(built()), ids))
    expect(packed).not.toContain(ids[3])
    expect(packed).not.toContain(dossier.passages[3]?.text.slice(0, 40))
  })

  it('ranks as the index it was packed from, with the same scores', () => {
    const loaded = dossier.index
    const fresh = built()
    for (const term of ['trilateral talk abu dhabi', 'putin demand', 'fortress belt', 'drone']) {
      const scores = (db: typeof loaded) => {
        const r = search(db, { term, properties: ['text'], threshold: 1, limit: 200 })
        if (r instanceof Promise) throw new Error('async search')
        return r.hits.map((h) => [h.id, h.score])
      }
      expect(scores(loaded)).toEqual(scores(fresh))
    }
  })

  it('refuses a dump built from other passages or in another order', () => {
    const raw = save(built())
    expect(() => packIndex(raw, [...ids].reverse())).toThrow(/these passages/)
    expect(() => packIndex(save(createIndex(dossier.tokenizer)), ids)).toThrow(/these passages/)
  })
})

describe('the shipped sentence statistics', () => {
  it('are what tokenizing the passages in the worker would give', () => {
    const stats = sentenceStats(dossier.passages, dossier.tokenizer)
    const tokens = stats.tokens.map((p) => p.map((s) => s.map((t) => stats.vocabulary[t])))
    expect(dossier.sentenceTokens).toEqual(tokens)
    dossier.passages.forEach((p, i) => {
      const direct = p.sentences.map((s) => dossier.tokenizer.tokens(p.text.slice(s.start, s.end)))
      expect(dossier.sentenceTokens[i]).toEqual(direct)
    })
    expect(dossier.referredNames.some((names) => names.size > 0)).toBe(true)
  })
})
