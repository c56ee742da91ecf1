import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/corpus/parse.ts'
import { buildDossier } from '../../src/index/build-dossier.ts'
import { ProvenanceError } from '../../src/provenance/errors.ts'
import { applyEditorial } from '../../src/provenance/label.ts'
import { dossier, passageWith } from '../support/seed.ts'

describe('provenance of the seed', () => {
  it('keeps who says it for attributed reporting', () => {
    expect(passageWith('According to the Financial Times, citing eight')).toMatchObject({
      status: 'sourced',
      attribution: 'the Financial Times, citing eight sources familiar with the talks',
    })
    expect(passageWith('A senior Ukrainian official told')).toMatchObject({
      attribution: 'A senior Ukrainian official (to the Financial Times)',
    })
    expect(passageWith('I think we’ve got it down to one issue')).toMatchObject({
      status: 'sourced',
      attribution: 'U.S. envoy Steve Witkoff',
    })
    expect(passageWith('Over 54% of respondents').status).toBe('unsourced')
  })

  it('contests the unsourced corruption allegations and the narrative presented as such', () => {
    for (const phrase of [
      'Reports suggest that Zelensky has been siphoning',
      'The allegations of corruption against Zelensky',
      'the narrative that Putin is working for peace',
      'alleged theft of billions',
      'Critics argue that Trump',
    ]) {
      const p = passageWith(phrase)
      expect(p.status, phrase).toBe('contested')
      expect(p.reasons?.length, phrase).toBeGreaterThan(0)
    }
  })

  it('contests both sides of Trump called "former" president and re-elected', () => {
    const former = passageWith('between former U.S.')
    const reelected = passageWith('With Trump’s re-election and his return')
    expect(former.conflictsWith).toContain(reelected.id)
    expect(reelected.conflictsWith).toContain(former.id)
    expect(reelected.status).toBe('contested')
  })

  it('contests Zelensky’s “finalised” guarantees against the report that nothing was signed', () => {
    const finalised = passageWith('claimed he and Trump had ‘finalised’')
    const notSigned = passageWith('was not signed in Davos last week')
    expect(finalised.conflictsWith).toContain(notSigned.id)
    expect(notSigned.conflictsWith).toContain(finalised.id)
    expect(notSigned.reasons?.join(' ')).toMatch(/not signed/)
  })

  it('applies the editorial file: the passage built on the allegation is contested', () => {
    const p = passageWith('This has raised questions about the integrity')
    expect(p).toMatchObject({ status: 'contested', editorial: true })
  })

  it('leaves plain statements of the article unsourced', () => {
    expect(passageWith('The 50km ‘fortress belt’').status).toBe('unsourced')
  })
})

const FRONT = (id: string) => `---
id: ${id}
title: ${id}
publisher: null
date: { earliest: 2026-02-02, latest: 2026-02-02, stated: true }
language: en
---
`

describe('provenance of a new document', () => {
  const newDoc = parseDocument(
    `${FRONT('new-doc')}new-doc\n\nAccording to Reuters, the envoys met in Geneva.\n\nThe minister allegedly hid the report.\n\nMoscow’s current control of 80% of the region is growing.\n\nThe sky is blue.`,
    'new.txt'
  )
  const seedDoc = parseDocument(
    `${FRONT('old-doc')}old-doc\n\nDespite Moscow’s current control of 90% of the region, fighting goes on.`,
    'old.txt'
  )
  const artifact = buildDossier({
    documents: [seedDoc, newDoc],
    aliases: { names: {}, synonyms: {}, contrasts: {} },
  })
  const by = (phrase: string) => artifact.passages.find((p) => p.text.includes(phrase))

  it('labels attribution and hedges with no hand work', () => {
    expect(by('According to Reuters')).toMatchObject({ status: 'sourced', attribution: 'Reuters' })
    expect(by('allegedly hid')?.status).toBe('contested')
    expect(by('The sky is blue')?.status).toBe('unsourced')
  })

  it('finds a figure conflict across documents and contests both sides', () => {
    const newer = by('80% of the region')
    const older = by('90% of the region')
    expect(newer?.conflictsWith).toEqual([older?.id])
    expect(older?.conflictsWith).toEqual([newer?.id])
    expect(older?.reasons?.[0]).toMatch(/90%.*80%/)
  })

  it('refuses an editorial entry that names a missing passage or no longer matches', () => {
    const passages = artifact.passages
    const target = by('The sky is blue')
    expect(() => applyEditorial(passages, { passages: [{ id: 'nope.p01', expect: 'x' }] })).toThrow(
      ProvenanceError
    )
    expect(() =>
      applyEditorial(passages, { passages: [{ id: target?.id ?? '', expect: 'The sea' }] })
    ).toThrow(/no longer starts with/)
    const relabelled = applyEditorial(passages, {
      passages: [
        { id: target?.id ?? '', expect: 'The sky', status: 'contested', reasons: ['Disputed.'] },
      ],
    }).find((p) => p.id === target?.id)
    expect(relabelled).toMatchObject({
      status: 'contested',
      reasons: ['Disputed.'],
      editorial: true,
    })
  })

  it('counts every passage of the seed as exactly one status', () => {
    const counts = { sourced: 0, unsourced: 0, contested: 0 }
    for (const p of dossier.passages) counts[p.status]++
    expect(counts.sourced + counts.unsourced + counts.contested).toBe(dossier.passages.length)
    expect(counts.contested).toBeGreaterThanOrEqual(15)
  })
})

describe('an interview transcript', () => {
  const doc = parseDocument(
    `${FRONT('interview')}interview\n\nReview: Why host the talks?\n\nVelt: Because both sides still talk to us.\n\nReview: The port was closed last year. Will it reopen?\n\nVelt: It will reopen in May.\n\nReview: Are you optimistic?\n\nVelt: Yes.`,
    'interview.txt'
  )
  const artifact = buildDossier({
    documents: [doc],
    aliases: { names: {}, synonyms: {}, contrasts: {} },
  })
  const sentence = (phrase: string) =>
    artifact.passages
      .flatMap((p) => p.sentences.map((s) => ({ ...s, text: p.text.slice(s.start, s.end) })))
      .find((s) => s.text.includes(phrase))

  it('gives the interviewer, whose turns mostly ask, no voice; the interviewee keeps its own', () => {
    expect(sentence('Why host')?.status).toBe('unsourced')
    expect(sentence('The port was closed')?.status).toBe('unsourced')
    expect(sentence('It will reopen')).toMatchObject({ status: 'sourced', attribution: 'Velt' })
  })
})

describe('credits in a caption’s own line', () => {
  const doc = parseDocument(
    `${FRONT('photos')}photos\n\nThe harbour board met again on Friday and said the ferry would run.\n\nA bulk carrier waits at the quay in Norvik, in November (Ana Lind for the Norvik Courier).\n\nA tug waits at the pier. (Harbour Office handout)\n\nVolunteers sort parcels in Vardby. (Ola Berg/Field & Frame)`,
    'photos.txt'
  )
  const { passages } = buildDossier({
    documents: [doc],
    aliases: { names: {}, synonyms: {}, contrasts: {} },
  })
  const kind = (phrase: string) => passages.find((x) => x.text.includes(phrase))?.kind

  it('reads “for”, handout and “&” credits, and leaves the paragraph above a paragraph', () => {
    expect(kind('A bulk carrier waits')).toBe('caption')
    expect(kind('A tug waits')).toBe('caption')
    expect(kind('Volunteers sort parcels')).toBe('caption')
    expect(kind('The harbour board met again')).toBe('paragraph')
  })
})

describe('labels belong to sentences', () => {
  const doc = parseDocument(
    `${FRONT('ferry-doc')}ferry-doc\n\nThe ferry left at dawn. According to port officials, it carried 40 cars. The sea was calm.\n\nA ferry docks in the old harbour at dawn.\nVale Gazette/Ana Lind\n\nA tug waits at the pier.\n© Ola Berg / Vale Gazette\n\nQ: Is the ferry running?\n\nVelt: Yes. We run it twice a day. The crossing takes an hour.\n\nQ: And in winter?\n\nVelt: Only once.`,
    'ferry.txt'
  )
  const artifact = buildDossier({
    documents: [doc],
    aliases: { names: {}, synonyms: {}, contrasts: {} },
  })
  const by = (phrase: string) => {
    const p = artifact.passages.find((x) => x.text.includes(phrase))
    const s = p?.sentences.find((x) => p.text.slice(x.start, x.end).includes(phrase))
    return { passage: p, sentence: s }
  }

  it('sources the attributed sentence and leaves its neighbours unsourced', () => {
    const { passage, sentence } = by('it carried 40 cars')
    expect(passage?.status).toBe('sourced')
    expect(sentence).toMatchObject({ status: 'sourced', attribution: 'port officials' })
    expect(passage?.sentences.map((s) => s.status)).toEqual(['unsourced', 'sourced', 'unsourced'])
  })

  it('recognises a caption by a credit on its own line, and labels it unsourced', () => {
    const { passage } = by('A ferry docks')
    expect(passage).toMatchObject({ kind: 'caption', status: 'unsourced' })
    // A copyright sign before the names is a credit too.
    expect(by('A tug waits').passage).toMatchObject({ kind: 'caption', status: 'unsourced' })
  })

  it('keeps each attribution a verbatim part of its sentence, here and in the seed', () => {
    for (const p of [...artifact.passages, ...dossier.passages]) {
      for (const s of p.sentences) {
        if (s.attribution) expect(p.text.slice(s.start, s.end)).toContain(s.attribution)
      }
    }
    const turn = by('twice a day').sentence
    expect(turn).toMatchObject({ attribution: 'We', source: 'Velt' })
  })

  it('gives a transcript’s answers to the speaker and its questions to nobody', () => {
    expect(by('Is the ferry running?').sentence?.status).toBe('unsourced')
    expect(by('Velt: Yes.').sentence).toMatchObject({ status: 'sourced', attribution: 'Velt' })
    expect(by('We run it twice').sentence).toMatchObject({
      status: 'sourced',
      attribution: 'We',
      source: 'Velt',
    })
    expect(by('Velt: Only once.').passage?.attribution).toBe('Velt')
    // A turn goes on without naming its speaker: sourced, with no words of its own for it.
    const goesOn = by('The crossing takes').sentence
    expect(goesOn).toMatchObject({ status: 'sourced', source: 'Velt' })
    expect(goesOn?.attribution).toBeUndefined()
  })
})
