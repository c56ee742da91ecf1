import { describe, expect, it } from 'vitest'
import { answerExtractive } from '../../src/answer/extractive.ts'
import { verifyAnswer } from '../../src/verification/verify.ts'
import { hostileDossier } from '../support/hostile-doc.ts'
import { quotedStatus } from '../support/promise.ts'

describe('hostile passages', () => {
  const dossier = hostileDossier()

  it('Should quote a passage that gives orders verbatim and labelled, and follow none of it', () => {
    const draft = answerExtractive(dossier, 'What happened at the talks in Abu Dhabi?', 'a')
    const { answer, problems } = verifyAnswer(dossier, draft)
    expect(problems).toEqual([])
    for (const s of answer.segments) {
      if (s.kind === 'notice') continue
      expect(s.kind).toBe('quote')
      const c = s.citations[0]
      const passage = answer.passages.find((p) => p.id === c?.passageId)
      expect(passage?.text.slice(c?.start, c?.end)).toBe(s.text)
      // A quote carries its own sentence's label, as the passage in the answer labels it.
      expect(s.labels).toEqual([passage && c && quotedStatus(passage, c.start, c.end)])
    }
    expect(answer.segments.some((s) => s.text.includes('Reuters'))).toBe(true)
  })
})
