/**
 * @module provenance/conflicts/signed
 * Signed (or finalised, concluded) against not signed, when both sentences name the same thing:
 * a shared proper name is the slot, the completion its value.
 */
import { bothWays, type Conflict, type Rule } from './sentence.ts'

const DONE = /\b(?:had|has|have|was|were|been)\s+[‘'“"]?(?:finali[sz]ed|signed|concluded)\b[’'”"]?/i
const NOT_DONE =
  /\b(?:was|were|has|have|had|is|are)\s+not\s+(?:yet\s+)?(?:been\s+)?[‘'“"]?(?:signed|finali[sz]ed|concluded)\b|\bhesitation to finali[sz]e\b|\b(?:failed|refused|declined) to (?:sign|finali[sz]e)\b/i

/** "had signed the accord … in Geneva" against "was not signed in Geneva": a shared name. */
export const completionConflicts: Rule = (sentences) => {
  const out: Conflict[] = []
  const done = sentences.flatMap((s) => {
    const m = DONE.exec(s.text)
    return m && !NOT_DONE.test(s.text) ? [{ s, m: m[0] }] : []
  })
  const notDone = sentences.flatMap((s) => {
    const m = NOT_DONE.exec(s.text)
    return m ? [{ s, m: m[0] }] : []
  })
  for (const d of done) {
    const dn = d.s.names
    for (const n of notDone) {
      if (n.s.passage.id === d.s.passage.id) continue
      const shared = [...n.s.names].filter((x) => dn.has(x))
      if (shared.length === 0) continue
      out.push(...bothWays(d.s, n.s, d.m, n.m, ''))
    }
  }
  return out
}
