/**
 * @module provenance/errors
 * An editorial entry the build cannot apply. It stops the build: a label on the wrong passage
 * would tell readers the wrong thing about who says what.
 */
export class ProvenanceError extends Error {
  override readonly name = 'ProvenanceError'
  /** The passage id the editorial entry names. */
  readonly passageId: string

  constructor(passageId: string, problem: string) {
    super(`corpus/editorial.yaml, entry ${passageId}: ${problem}`)
    this.passageId = passageId
  }
}
