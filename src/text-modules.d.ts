// Text modules (wrangler's default `**/*.txt` rule): the file's contents as a string. The build's
// dossier is one (src/index/dossier.ts says why).
declare module '*.txt' {
  const text: string
  export default text
}
