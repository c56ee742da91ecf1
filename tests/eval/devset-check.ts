/**
 * `node tests/eval/devset-check.ts <part>/<writer>`: checks that a development dossier is well
 * formed (front matter, annotation and YAML schemas, every annotated sentence and every quoted
 * snippet found in its article) and prints only its problems and its counts, never a figure of
 * the system: writers of a held-out dossier run it without seeing how Verbatim does on it.
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildDevDossier, evaluateDevDossier, readDevPart } from './devset.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const part = process.argv[2]
if (!part) {
  console.error('usage: node tests/eval/devset-check.ts <part>/<writer>')
  process.exit(2)
}
let problems = 0
for (const dev of await readDevPart(root, part)) {
  const report = await evaluateDevDossier(dev, await buildDevDossier(dev, root))
  const count = (n: number, what: string) => `${n} ${what}`
  console.log(
    `${dev.name}: ${[
      count(dev.documents.length, 'articles'),
      count(
        dev.annotations.reduce((n, a) => n + a.sentences.length, 0),
        'annotated sentences'
      ),
      count(dev.conflicts.conflicts.length, 'conflicts'),
      count(dev.questions.length, 'questions'),
      count(dev.summaries.length, 'summaries'),
    ].join(', ')}`
  )
  for (const e of report.errors) console.log(`  problem: ${e}`)
  problems += report.errors.length + report.conflicts.unplaced
  if (report.conflicts.unplaced > 0) {
    console.log(`  problem: ${report.conflicts.unplaced} conflict sides not found in the articles`)
  }
}
console.log(problems === 0 ? 'well formed' : `${problems} problems`)
process.exit(problems === 0 ? 0 : 1)
