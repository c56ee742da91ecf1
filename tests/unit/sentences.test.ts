import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../src/passages/sentences.ts'

const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end))

describe('splitSentences', () => {
  it('keeps "U.S." and "Jan." inside a sentence', () => {
    expect(texts('Talks with U.S. envoys began Jan. 22 in Abu Dhabi. Peskov said so.')).toEqual([
      'Talks with U.S. envoys began Jan. 22 in Abu Dhabi.',
      'Peskov said so.',
    ])
  })

  it('splits after "U.S." when a new sentence clearly starts', () => {
    expect(texts('It was challenged by the U.S. The talks went on.')).toEqual([
      'It was challenged by the U.S.',
      'The talks went on.',
    ])
  })

  it('splits after a closing quote and keeps the quote with its sentence', () => {
    const t = 'He said ‘not only Ukraine.’ His remarks did little. ‘Yes,’ he said.'
    expect(texts(t)).toEqual([
      'He said ‘not only Ukraine.’',
      'His remarks did little.',
      '‘Yes,’ he said.',
    ])
  })

  it('does not split on decimals, amounts or a lowercase continuation', () => {
    expect(texts('A $800 billion plan, 2.5 times larger. e.g. this one stays.')).toEqual([
      'A $800 billion plan, 2.5 times larger. e.g. this one stays.',
    ])
  })

  it('Should return trimmed, ordered spans that cover every non-space character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const spans = splitSentences(text)
        let last = 0
        let covered = ''
        for (const { start, end } of spans) {
          expect(start).toBeGreaterThanOrEqual(last)
          expect(end).toBeGreaterThan(start)
          expect(end).toBeLessThanOrEqual(text.length)
          expect(text.slice(start, end)).toBe(text.slice(start, end).trim())
          covered += text.slice(start, end)
          last = end
        }
        expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''))
      })
    )
  })
})

describe('splitSentences across lines', () => {
  it('ends a sentence at a line break: a timestamp, a bullet or a subhead stands alone', () => {
    expect(texts('09:40\nThe ferry left. It was late.')).toEqual([
      '09:40',
      'The ferry left.',
      'It was late.',
    ])
    expect(texts('- Ferries: two a day\n- Buses: none')).toEqual([
      '- Ferries: two a day',
      '- Buses: none',
    ])
  })

  it('keeps a paragraph joined mid-sentence whole, but not a list after its colon', () => {
    expect(texts('The deal was signed by the former U.S.\n\nPresident on Monday.')).toEqual([
      'The deal was signed by the former U.S.\n\nPresident on Monday.',
    ])
    expect(texts('The options include:\n\n• a toll\n• a ban')).toEqual([
      'The options include:',
      '• a toll',
      '• a ban',
    ])
  })
})
