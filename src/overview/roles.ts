/**
 * @module overview/roles
 * The roles the text gives a party in the talks (host, mediator), read from the language step's
 * role cues (`roleCuesOf`): who is the subject of "offered to host", the agent of "hosted by",
 * the country of "…, President of the Republic, hosted", the owner of "its mediation". The roster
 * gives no role; a party's role is the one the text gives it most often.
 */
import { roleCuesOf } from '../language/stance.ts'
import { actorsAt } from './actors.ts'
import type { CompiledRoster, Mention } from './roster.ts'

/** "…, which has mediated": the relative clause's verb belongs to the name before the comma. */
const RELATIVE = /,\s*(?:which|who)\s+(?:[\p{L}’']+\s+){0,2}$/u
/** "…, President of the Republic, hosted": the title's country stands for the person. */
const TITLE_OF = /,\s*(?:[\p{L}’'-]+\s+){1,4}of\s+(?:the\s+)?$/u
const APPOSITIVE_END = /^\s*,\s*(?:[\p{L}]+ly\s+)?$/u

/** The party of an appositive title that ends right before the verb at `at`, if any. */
function appositive(text: string, mentions: Mention[], at: number): string | undefined {
  const m = mentions.find(
    (x) =>
      x.end <= at &&
      APPOSITIVE_END.test(text.slice(x.end, at)) &&
      TITLE_OF.test(text.slice(0, x.start))
  )
  return m?.party
}

/** How far before a role's verb its holder may be named: the verb's own clause. */
const ROLE_REACH = 60

/**
 * The roles `text` gives parties: the subject of "offered to host", the agent of "hosted by",
 * the name before "-brokered" or before ", which has mediated", the owner of "its mediation".
 *
 * @example
 * ```ts
 * rolesIn('The round was hosted by Northland.', roster) // [{ role: 'host', party: 'north' }]
 * ```
 */
export function rolesIn(
  text: string,
  roster: CompiledRoster
): Array<{ role: string; party: string }> {
  const mentions = roster.mentions(text)
  const endingAt = (end: number) => mentions.filter((m) => m.end === end).map((m) => m.party)
  return roleCuesOf(text).flatMap(({ role, at, by, owner }) => {
    const before = text.slice(0, at)
    const relative = RELATIVE.exec(before)
    const named = mentions.filter((m) => m.end <= at)
    let parties: string[]
    if (owner === 'before') parties = endingAt(before.trimEnd().length)
    else if (owner === 'pronoun') parties = named.slice(-1).map((m) => m.party)
    else if (by !== undefined) {
      parties = mentions.filter((m) => m.start >= by && m.start - by <= 5).map((m) => m.party)
    } else if (before.endsWith('-')) parties = endingAt(at - 1)
    else if (appositive(text, mentions, at)) parties = [appositive(text, mentions, at) as string]
    else if (relative) parties = endingAt(relative.index)
    else {
      const near = new Set(mentions.filter((m) => m.end <= at && at - m.end <= ROLE_REACH))
      parties = actorsAt(text, mentions, at).filter((p) => [...near].some((m) => m.party === p))
    }
    return parties.map((party) => ({ role, party }))
  })
}
