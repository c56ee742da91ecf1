/**
 * `npm run eval`: runs the evaluation set through the same functions the worker's routes call,
 * in Node, over the built dossier, and prints the figures the README quotes.
 */
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { toApiPassage } from '../../src/answer/passages.ts'
import { checkExtractive } from '../../src/check/extractive.ts'
import { parseArtifact } from '../../src/index/artifact.ts'
import { ARTIFACT_PATH } from '../../src/index/build.ts'
import { loadDossier } from '../../src/index/load.ts'
import { answerQuestion } from '../../src/response/answer-question.ts'
import { readConfig } from '../../src/response/config.ts'
import { retrieve } from '../../src/retrieval/search.ts'
import { verifyOverview } from '../../src/verification/verify-overview.ts'
import { evaluateChecks, formatCheckReport, parseCheckItems } from './check-metrics.ts'
import {
  evaluateDossier,
  evaluateScenarios,
  followUpAnswerability,
  formatDossierReport,
  parseDossierSpec,
} from './dossier-metrics.ts'
import { evaluate, formatReport, parseQuestions } from './metrics.ts'
import { evaluatePerturbations, namePools, perturb } from './perturb.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const artifact = parseArtifact(await readFile(ARTIFACT_PATH, 'utf8'))
const dossier = loadDossier(artifact)
// `npm run eval` runs the seed's tuning sets; `npm run eval -- seed-heldout` the blind held-out
// questions and checks (tests/eval/seed-heldout-*.yaml), never tuned on.
const set = process.argv[2] ?? 'questions'
if (set === 'devset') {
  // `npm run eval -- devset [--verbose]`: the development dossiers, tuning and held-out.
  await (await import('./devset-run.ts')).main(process.argv.slice(3))
  process.exit(0)
}
const questionFile = set === 'seed-heldout' ? 'seed-heldout-questions' : set
const questions = parseQuestions(
  await readFile(join(root, 'tests', 'eval', `${questionFile}.yaml`), 'utf8')
)
console.log(`evaluation set: tests/eval/${questionFile}.yaml`)
const config = readConfig({})

let n = 0
const report = await evaluate(questions, {
  search: async (q, limit) =>
    retrieve(dossier, q)
      .passages.slice(0, limit)
      .map((p) => p.passage.id),
  answer: async (question) =>
    answerQuestion(dossier, { question, mode: 'auto', config, id: `eval_${++n}` }),
  passageWith: (phrase) => {
    const found = dossier.passages.filter((p) => p.text.includes(phrase)).map(toApiPassage)
    if (found.length !== 1) throw new Error(`${found.length} passages contain “${phrase}”`)
    return found[0]?.id ?? ''
  },
})
console.log(formatReport(report))

if (set === 'questions' || set === 'seed-heldout') {
  const file = set === 'questions' ? 'checks.yaml' : 'seed-heldout-checks.yaml'
  const items = parseCheckItems(await readFile(join(root, 'tests', 'eval', file), 'utf8'))
  let k = 0
  const checks = await evaluateChecks(items, async (summary) =>
    checkExtractive(dossier, summary, `chk_${++k}`)
  )
  console.log(`\nsummary checks: tests/eval/${file} (extractive)`)
  console.log(formatCheckReport(checks))
  if (set === 'questions') {
    const pools = namePools(dossier)
    const perturbed = evaluatePerturbations(
      items
        .filter((i) => i.verdict === 'supported')
        .flatMap((i) => perturb(dossier, pools, i.sentence)),
      (sentence) => checkExtractive(dossier, sentence, `prt_${++k}`)
    )
    console.log(
      `perturbed sentences called supported ${perturbed.supported} of ${perturbed.n} ${JSON.stringify(perturbed.byKind)}`
    )
    for (const m of perturbed.misses) console.log(`  ${m}`)
  }
}

if (set === 'questions') {
  const spec = parseDossierSpec(await readFile(join(root, 'tests', 'eval', 'dossier.yaml'), 'utf8'))
  const { overview, passages } = verifyOverview(dossier, dossier.overview)
  let m = 0
  const ask = (question: string) =>
    answerQuestion(dossier, { question, mode: 'auto', config, id: `eval_s${++m}` })
  const overviewReport = evaluateDossier(
    { documents: dossier.documents, ...overview, passages },
    spec
  )
  const scenarios = await evaluateScenarios(spec, ask)
  console.log('\ndossier and scenarios: tests/eval/dossier.yaml')
  console.log(formatDossierReport(overviewReport, scenarios))
  const follow = await followUpAnswerability(
    report.results.map((r) => r.answer),
    ask
  )
  console.log(
    `\nfollow-ups: ${follow.perAnswer[0]}–${follow.perAnswer[1]} an answer; ` +
      `${follow.answered} of ${follow.suggested} distinct suggestions answered with a quote`
  )
}
