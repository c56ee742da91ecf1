/**
 * @module answer/notices
 * Verbatim's own words: the fixed sentences it may say about the dossier. Kept in one table so
 * every notice a reader can see is reviewed here, and none states a fact about the war.
 */
/** How the one-sentence statement of a dispute opens. */
const DISAGREES = 'The dossier disagrees here:'

export const NOTICES = {
  notInCorpus: 'The dossier does not cover this question.',
  unknownNames: (names: string[]) =>
    `The dossier does not mention ${names.map((n) => `“${n}”`).join(', ')}.`,
  partial: 'The dossier covers this only in part; the passages quoted are the closest it has.',
  partialModel: 'The dossier covers this only in part.',
  cutShort: 'The model’s answer was cut short; what it had not finished is left out.',
  injected:
    'Part of the question gave instructions; Verbatim does not follow them and only quotes the dossier.',
  nothingLeft: 'Nothing was left to look up once the instructions were set aside.',
  conflict: 'The dossier contradicts itself here; both sides are quoted.',
  /** The conflict in one sentence: who says what on each side, in the dossier's words. */
  conflictBetween: (who: string, said: string, other: string, otherSaid: string) =>
    `${DISAGREES} ${who} says “${said}”, while ${other} says “${otherSaid}”; both are quoted.`,
  followUp: (earlier: string) => `Read as a follow-up to “${earlier}”.`,
  noEarlierQuestion:
    'This reads like a follow-up, but no earlier question came with it, so it is answered on its own.',
  scenario:
    'Verbatim does not predict. These are the dossier’s own statements about what is at stake and what could follow, grouped by party and kind.',
} as const

/** Is `text` the notice that the dossier contradicts itself, in either form? */
export const isConflictNotice = (text: string) =>
  text === NOTICES.conflict || text.startsWith(DISAGREES)
