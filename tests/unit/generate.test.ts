import { describe, expect, it } from 'vitest'
import seedText from '../../corpus/documents/security-guarantees-donbas.txt?raw'
import { parseDocument } from '../../src/corpus/parse.ts'
import { splitPassages } from '../../src/passages/split.ts'
import { generateDocuments } from '../bench/generate.ts'

const seed = [parseDocument(seedText, 'security-guarantees-donbas.txt')]
const passagesOf = (factor: number, seedNumber = 1) =>
  generateDocuments({ documents: seed, factor, seed: seedNumber }).flatMap((d) => splitPassages(d))
const seedPassages = passagesOf(1)

describe('the benchmark’s dossier generator', () => {
  it.each([1, 3, 10])('Should make %i× the seed’s passages', (factor) => {
    expect(passagesOf(factor)).toHaveLength(factor * seedPassages.length)
  })

  it('Should give every passage sentences that are valid offsets into its text', () => {
    for (const p of passagesOf(5)) {
      expect(p.sentences.length).toBeGreaterThan(0)
      let last = 0
      for (const s of p.sentences) {
        expect(s.start).toBeGreaterThanOrEqual(last)
        expect(s.end).toBeGreaterThan(s.start)
        expect(s.end).toBeLessThanOrEqual(p.text.length)
        expect(p.text.slice(s.start, s.end).trim()).not.toBe('')
        last = s.end
      }
    }
  })

  it('Should be deterministic by seed, and differ between seeds', () => {
    const texts = (n: number) => passagesOf(4, n).map((p) => p.text)
    expect(texts(7)).toEqual(texts(7))
    expect(texts(7)).not.toEqual(texts(8))
  })

  it('Should keep the seed as it is and vary the copies’ names, figures and dates', () => {
    const passages = passagesOf(3)
    expect(passages.slice(0, seedPassages.length)).toEqual(seedPassages)
    const copy = passages.slice(seedPassages.length, 2 * seedPassages.length)
    const changed = copy.filter((p, i) => p.text !== seedPassages[i]?.text)
    // Most paragraphs name someone or something, or hold a figure or a date.
    expect(changed.length).toBeGreaterThan(seedPassages.length / 2)
    const text = copy.map((p) => p.text).join('\n')
    expect(text).not.toMatch(/\bZelensky\b|\bPutin\b|\bDonbas\b|\bJanuary 23\b/)
    // The sentences around the names are the seed's own.
    expect(text).toContain('security guarantees')
  })

  it('Should write realistic text: no placeholder words', () => {
    const text = passagesOf(10)
      .map((p) => p.text)
      .join(' ')
    expect(text).not.toMatch(/\b(?:lorem|ipsum|dolor)\b/i)
    expect(text).not.toMatch(/\bundefined\b|\bNaN\b|\[object /)
    const seedWords = new Set(
      seedPassages.flatMap((p) => p.text.toLowerCase().match(/\p{L}+/gu) ?? [])
    )
    const words = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? [])
    const foreign = [...words].filter((w) => !seedWords.has(w))
    // New words are only the names swapped in: a few dozen, not a new vocabulary.
    expect(foreign.length).toBeGreaterThan(0)
    expect(foreign.length).toBeLessThan(100)
  })
})
