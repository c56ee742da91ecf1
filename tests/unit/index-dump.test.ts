import { save, search } from '@orama/orama'
import { describe, expect, it } from 'vitest'
import artifactText from '../../.build/dossier.txt'
import { parseArtifact } from '../../src/index/artifact.ts'
import { indexPassages } from '../../src/index/build-dossier.ts'
import { packIndex } from '../../src/index/dump.ts'
import { loadDossier } from '../../src/index/load.ts'
import { createIndex } from '../../src/index/schema.ts'
import { dossier } from '../support/seed.ts'

const ids = dossier.passages.map((p) => p.id)
const built = () => indexPassages(dossier.passages, dossier.tokenizer)

describe('the packed index', () => {
  it('loads as exactly the index Orama built, so an Orama upgrade that changes it fails here', () => {
    const loaded = loadDossier(parseArtifact(artifactText)).index.data.index
    const fresh = built().data.index
    // toJSON walks every node, so the whole lazily built tree is compared.
    expect(loaded.indexes.text?.node.toJSON()).toEqual(fresh.indexes.text?.node.toJSON())
    expect(loaded.tokenOccurrences).toEqual(fresh.tokenOccurrences)
    expect(loaded.avgFieldLength).toEqual(fresh.avgFieldLength)
    expect(loaded.searchableProperties).toEqual(fresh.searchableProperties)
    expect(loaded.searchablePropertiesWithTypes).toEqual(fresh.searchablePropertiesWithTypes)
    // Tables by internal id: an array from 1 in the loaded index, an object in Orama's.
    const lengths = fresh.fieldLengths.text as Record<number, number>
    const tfs = fresh.frequencies.text as Record<number, Record<string, number>>
    expect(Object.keys(lengths)).toHaveLength(ids.length)
    ids.forEach((_, i) => {
      const id = i + 1
      expect(loaded.fieldLengths.text?.[id]).toBe(lengths[id])
      const words = Object.entries(tfs[id] ?? {})
      expect(words.length).toBeGreaterThan(0)
      for (const [word, tf] of words) expect(loaded.frequencies.text?.[id]?.[word]).toBe(tf)
    })
  })

  it('builds only the part of the tree a search walks into', () => {
    const loaded = loadDossier(parseArtifact(artifactText))
    const occurrences = loaded.index.data.index.tokenOccurrences.text ?? {}
    expect(Object.keys(occurrences)).toEqual([])
    const result = search(loaded.index, { term: 'drones', properties: ['text'], threshold: 1 })
    if (result instanceof Promise) throw new Error('async search')
    expect(result.hits.length).toBeGreaterThan(0)
    const [stem] = loaded.tokenizer.tokens('drones')
    const made = Object.keys(occurrences)
    const all = Object.keys(built().data.index.tokenOccurrences.text ?? {})
    // Orama matches by prefix: every word under the stem is built, with the siblings of the
    // nodes on the way down, and no more.
    const under = all.filter((word) => word.startsWith(stem ?? '?'))
    expect(under.length).toBeGreaterThan(0)
    expect(made).toEqual(expect.arrayContaining(under))
    expect(made.length).toBeLessThan(all.length / 20)
  })

  it('keeps no copy of the passages: Orama stores no documents, and the ids are not repeated', () => {
    const packed = JSON.stringify(packIndex(save(built()), ids))
    expect(packed).not.toContain(ids[3])
    expect(packed).not.toContain(dossier.passages[3]?.text.slice(0, 40))
  })

  it('ranks as the index it was packed from, with the same scores', () => {
    const loaded = dossier.index
    const fresh = built()
    // The loaded index scores retrieval's searches itself (prefixSearch), the built one by
    // Orama's code: every hit, every score to the last bit, short prefixes and long synonym lists.
    const vocabulary = [...dossier.documentFrequency.keys()]
    const terms = [
      'trilateral talk abu dhabi',
      'putin demand',
      'fortress belt',
      'drone',
      'ukraine kyiv support oppos resist territori land peac war conflict give cede surrend',
      'a',
      's t',
      'zzzz',
      ...vocabulary.filter((_, i) => i % 37 === 0).map((w, i) => `${w} ${vocabulary[i] ?? ''}`),
    ]
    for (const term of terms) {
      for (const limit of [10, 1000]) {
        const scores = (db: typeof loaded) => {
          const r = search(db, { term, properties: ['text'], threshold: 1, limit })
          if (r instanceof Promise) throw new Error('async search')
          return { count: r.count, hits: r.hits.map((h) => [h.id, h.score]) }
        }
        expect(scores(loaded)).toEqual(scores(fresh))
      }
    }
  })

  it('refuses a dump built from other passages or in another order', () => {
    const raw = save(built())
    expect(() => packIndex(raw, [...ids].reverse())).toThrow(/these passages/)
    expect(() => packIndex(save(createIndex(dossier.tokenizer)), ids)).toThrow(/these passages/)
  })
})

describe('the shipped sentence statistics', () => {
  it('are what tokenizing and counting the passages in the worker would give', () => {
    const counts = new Map<string, number>()
    let distinct = 0
    let sentences = 0
    dossier.passages.forEach((p, i) => {
      const direct = p.sentences.map((s) => dossier.tokenizer.tokens(p.text.slice(s.start, s.end)))
      expect(dossier.sentenceTokens(i)).toEqual(direct)
      for (const tokens of direct) {
        sentences++
        for (const t of new Set(tokens)) {
          counts.set(t, (counts.get(t) ?? 0) + 1)
          distinct++
        }
      }
    })
    expect(dossier.sentenceTokens(dossier.passages.length)).toEqual([])
    expect(new Map(dossier.documentFrequency)).toEqual(counts)
    expect(dossier.sentenceCount).toBe(sentences)
    expect(dossier.meanSentenceTokens).toBeCloseTo(distinct / sentences, 12)
  })

  it('name what a passage that opens with "His", "They"… refers back to, and nothing for others', () => {
    const opens = dossier.referredNames.flatMap((names, i) => (names.size > 0 ? [i] : []))
    expect(opens.length).toBeGreaterThan(0)
    for (const i of opens) {
      expect(dossier.passages[i]?.text).toMatch(
        /^(?:\w+,? )*?(?:he|she|they|his|her|their|its|this|these|that|those|such)\b/i
      )
      expect(dossier.passages[i - 1]?.documentId).toBe(dossier.passages[i]?.documentId)
    }
    expect(opens.length).toBeLessThan(dossier.passages.length / 2)
  })
})
