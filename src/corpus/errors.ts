/**
 * @module corpus/errors
 * A corpus file the build cannot use. The build stops on it: a dossier with a silently skipped
 * document would answer as if the document did not exist.
 */
export class CorpusError extends Error {
  override readonly name = 'CorpusError'
  /** The corpus file (relative path) that is wrong. */
  readonly file: string

  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`)
    this.file = file
  }
}
