import { describe, expect, it } from 'vitest'
import { sidesOf } from '../../src/provenance/conflicts/sentence.ts'
import { ask } from '../support/worker.ts'

describe('a contested answer', () => {
  it('Should say in one plain sentence what is disputed and by whom, quoting both sides', async () => {
    const answer = await ask('Did Zelensky and Trump sign the security guarantees in Davos?')
    // The answering sentence first, then the dispute in one sentence, then the other side.
    const [first, notice, ...rest] = answer.segments
    expect(first?.kind).toBe('quote')
    expect(notice?.kind).toBe('notice')
    const m =
      /^The dossier disagrees here: (.+) says “(.+)”, while (.+) says “(.+)”; both are quoted\.$/.exec(
        notice?.text ?? ''
      )
    expect(m, notice?.text).not.toBeNull()
    // Both quoted words are in the passages the answer quotes, and each side's speaker is theirs.
    const quoted = answer.passages.map((p) => p.text).join('\n')
    expect(quoted).toContain(m?.[2])
    expect(quoted).toContain(m?.[4])
    const speakers = answer.passages.map((p) => p.attribution ?? 'the article')
    expect(speakers.some((s) => s.startsWith(m?.[1] ?? '?'))).toBe(true)
    expect(speakers.some((s) => s.startsWith(m?.[3] ?? '?'))).toBe(true)
    expect([first, ...rest].filter((s) => s?.kind === 'quote').length).toBeGreaterThanOrEqual(2)
    // No passage id in anything a reader reads.
    const read = [
      ...answer.segments.map((s) => s.text),
      ...answer.passages.flatMap((p) => p.reasons ?? []),
    ]
    for (const text of read) expect(text).not.toMatch(/\.p\d+\b/)
  })

  it('Should read both sides back from a conflict’s reason', () => {
    expect(
      sidesOf(
        'This says “212 detainees” (the handover), while another passage says “205 detainees”.'
      )
    ).toEqual({ said: '212 detainees', otherSaid: '205 detainees' })
    expect(sidesOf('Not confirmed by the text: it says “claimed”.')).toBeUndefined()
  })
})
