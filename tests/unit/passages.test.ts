import { describe, expect, it } from 'vitest'
import { CorpusError } from '../../src/corpus/errors.ts'
import { parseDocument } from '../../src/corpus/parse.ts'
import { splitPassages } from '../../src/passages/split.ts'
import { dossier, passageWith } from '../support/seed.ts'

const FRONT = `---
id: test-doc
title: A test
publisher: Test Wire
date: { earliest: 2026-02-01, latest: 2026-02-01, stated: true }
language: en
---
`

describe('passages of the seed document', () => {
  it('joins the paragraph broken after "former U.S." with the next one', () => {
    const p = passageWith('a purported agreement between former U.S.')
    expect(p.text).toContain('President Donald Trump and Russian President Vladimir Putin')
    expect(p.sentences).toHaveLength(1)
  })

  it('does not join a paragraph that truly ends with "the U.S."', () => {
    const p = passageWith('a position that has now been challenged by the U.S.')
    expect(p.text.endsWith('challenged by the U.S.')).toBe(true)
  })

  it('recognises the four photo captions and the headline', () => {
    const captions = dossier.passages.filter((p) => p.kind === 'caption')
    expect(captions.map((p) => p.text.slice(0, 30))).toEqual([
      'Russian President Vladimir Put',
      'Sheikh Mohamed bin Zayed Al Na',
      'Rustem Umerov, Secretary of th',
      'Russian President Vladimir Put',
    ])
    expect(dossier.passages[0]?.kind).toBe('headline')
  })

  it('gives stable, URL-safe ids in document order', () => {
    dossier.passages.forEach((p, i) => {
      expect(p.id).toMatch(/^[a-z0-9-]+\.p\d{2,}$/)
      expect(encodeURIComponent(p.id)).toBe(p.id)
      expect(p.index).toBe(i)
    })
  })

  it('keeps exact offsets: sentences slice their passage, passages their document', async () => {
    const { default: raw } = await import(
      '../../corpus/documents/security-guarantees-donbas.txt?raw'
    )
    const doc = parseDocument(raw, 'seed')
    for (const p of splitPassages(doc)) {
      expect(doc.body.slice(p.location.start, p.location.end)).toBe(p.text)
      for (const s of p.sentences) expect(p.text.slice(s.start, s.end).trim()).not.toBe('')
    }
  })
})

describe('a new document', () => {
  it('is split, captioned and joined with no hand work', () => {
    const doc = parseDocument(
      `${FRONT}A test\n\nEnvoys met the U.S.\n\nambassador in Kyiv on Monday. They said little.\n\nThe envoys arrive in Kyiv, February 1\n\nTalks resume next week.`,
      't.txt'
    )
    const ps = splitPassages(doc)
    expect(ps.map((p) => p.kind)).toEqual(['headline', 'paragraph', 'caption', 'paragraph'])
    expect(ps[1]?.text).toBe(
      'Envoys met the U.S.\n\nambassador in Kyiv on Monday. They said little.'
    )
    expect(ps[1]?.sentences).toHaveLength(2)
  })

  it('keeps a bulleted list and a wire sign-off as paragraphs, not captions', () => {
    const doc = parseDocument(
      `${FRONT}A test\n\nThe options include:\n\n• a toll on the bridge\n• a second ferry\n\nThe mayor resigned. (Reporting by A. Berg; Editing by C. Dahl)\n\nFishing boats wait at the quay at dawn, February 1`,
      't.txt'
    )
    expect(splitPassages(doc).map((p) => p.kind)).toEqual([
      'headline',
      'paragraph',
      'paragraph',
      'caption',
    ])
  })

  it('is refused with the file and field named when its front matter is wrong', () => {
    expect(() =>
      parseDocument(FRONT.replace('language: en', 'language: English'), 'bad.txt')
    ).toThrow(CorpusError)
    expect(() => parseDocument('no front matter', 'bare.txt')).toThrow(
      /bare\.txt: missing front matter/
    )
    expect(() => parseDocument(FRONT.replace('id: test-doc', 'id: Test Doc'), 'x.txt')).toThrow(
      /x\.txt: front matter id/
    )
  })
})

describe('captions without a credit', () => {
  it('are a described scene on one line; a subhead or a byline is display, a list is content', () => {
    const doc = parseDocument(
      `${FRONT}A test\n\nBy Ana Lind | May 2, 2026\n\nFerries and buses\n\nA ferry docks in the old harbour at dawn, May 1\n\n- Ferries run twice a day\n\nThe port reopened. (Reporting by Ana Lind; Editing by Per Holm)`,
      't.txt'
    )
    expect(splitPassages(doc).map((p) => p.kind)).toEqual([
      'headline',
      'subhead',
      'subhead',
      'caption',
      'paragraph',
      'paragraph',
    ])
  })

  it('reads the line under the headline as its deck, not a caption', () => {
    const doc = parseDocument(
      `${FRONT}A test\n\nSurveys suggest growing support for a ferry — but only with a bridge nobody has yet designed\n\nThe board met on Friday.\n\nA ferry docks in the old harbour at dawn, May 1`,
      't.txt'
    )
    expect(splitPassages(doc).map((p) => p.kind)).toEqual([
      'headline',
      'subhead',
      'paragraph',
      'caption',
    ])
  })

  it('reads a long byline or date line as display, not a described scene', () => {
    const doc = parseDocument(
      `${FRONT}A test\n\nBy Ana Lind, harbour correspondent · 22 November 2031\n\nUpdated continuously · Friday, 21 November 2031, 14:30 local time\n\nDeputy Spokesperson Ola Berg, Norvik Harbour Office, Thursday, March 5, 2031\n\nA ferry docks in the old harbour at dawn on Thursday, March 5`,
      't.txt'
    )
    expect(splitPassages(doc).map((p) => p.kind)).toEqual([
      'headline',
      'subhead',
      'subhead',
      'subhead',
      'caption',
    ])
  })
})
