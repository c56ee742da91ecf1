/**
 * `npm run eval -- devset [part…] [--verbose] [--json FILE]`: builds each development dossier
 * (`tests/devset/<part>/<writer>/`) and prints its figures, part by part.
 */
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  buildDevDossier,
  type DevReport,
  evaluateDevDossier,
  type PartFigures,
  partFigures,
  readDevPart,
} from './devset.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Evaluates every dossier of `part`, returning the per-dossier reports and the part's figures. */
export async function evaluatePart(
  part: string
): Promise<{ reports: DevReport[]; figures: PartFigures }> {
  const reports: DevReport[] = []
  for (const dev of await readDevPart(root, part)) {
    reports.push(await evaluateDevDossier(dev, await buildDevDossier(dev, root)))
  }
  return { reports, figures: partFigures(reports) }
}

const pct = (x: number) => (Number.isNaN(x) ? '–' : `${(100 * x).toFixed(1)}%`)

/** The rows of the README's table: a label and how to print each figure. */
export const FIGURE_ROWS: [keyof PartFigures, string, (x: number) => string][] = [
  ['articles', 'articles', String],
  ['sentenceLabels', 'labels right, per sentence', pct],
  ['sentenceCaptions', 'captions recognised, per sentence', pct],
  ['passageLabels', 'labels right, per passage', pct],
  ['passageCaptions', 'captions recognised, per passage', pct],
  ['attribution', 'attribution right', pct],
  ['conflictsFound', 'conflicts found', pct],
  ['falseConflictsPer10Articles', 'false conflicts per 10 articles', (x) => x.toFixed(1)],
  ['eventsFound', 'timeline events found', pct],
  ['eventsMisdated', 'timeline events misdated', String],
  ['positionsFound', 'positions found', pct],
  ['positionsRightKind', 'positions under the right kind', pct],
  ['figuresFound', 'figures found', pct],
  ['overviewItemsFromCaptions', 'overview items taken from captions', String],
  ['checksExact', 'checks exact', pct],
  ['checksFalseSupported', 'false “supported” (share of checks)', pct],
  ['trueCalledContradicted', 'true sentences called contradicted', pct],
  ['perturbedSupported', 'perturbed sentences called supported', pct],
  ['recallAt5', 'recall@5', (x) => (Number.isNaN(x) ? '–' : x.toFixed(3))],
  ['citingGold', 'answers citing a gold passage', pct],
  ['refusalAccuracy', 'refusal accuracy', pct],
  ['falseRefusals', 'false refusals', pct],
  ['figureInAnswer', 'asked-for figure in the answer', pct],
  ['promiseViolations', 'promise violations', String],
]

export function formatFigures(columns: [string, PartFigures][]): string {
  const head = `${'measure'.padEnd(40)}${columns.map(([n]) => n.padStart(12)).join('')}`
  const rows = FIGURE_ROWS.map(
    ([key, label, fmt]) =>
      `${label.padEnd(40)}${columns.map(([, f]) => fmt(f[key]).padStart(12)).join('')}`
  )
  return [head, ...rows].join('\n')
}

function formatDetails(r: DevReport): string {
  const c = r.checks
  const confusion = Object.entries(c.confusion)
    .map(
      ([g, row]) =>
        `  ${g.padEnd(13)} ${Object.values(row)
          .map((v) => String(v).padStart(4))
          .join('')}`
    )
    .join('\n')
  return [
    `\n## ${r.name}`,
    ...r.errors.map((e) => `  error: ${e}`),
    'sentence labels wrong:',
    ...r.sentences.misses.map((m) => `  ${m}`),
    'attribution wrong:',
    ...r.attribution.misses.map((m) => `  ${m}`),
    `conflicts missed: ${r.conflicts.misses.join(', ')}`,
    `false conflicts: ${r.conflicts.falses.join(', ')}`,
    'timeline:',
    ...r.timeline.misses.map((m) => `  ${m}`),
    'positions:',
    ...r.positions.misses.map((m) => `  ${m}`),
    'questions:',
    ...r.questions.misses.map((m) => `  ${m}`),
    'checks (gold \\ got: supported contradicted unsupported contested):',
    confusion,
    ...c.items
      .filter((i) => i.got !== i.item.verdict)
      .map(
        (i) =>
          `  ${i.item.id} ${i.item.verdict} → ${i.got}: ${i.item.sentence} — ${i.check.sentences[0]?.explanation ?? ''}`
      ),
    `perturbations: ${r.perturbations.supported} of ${r.perturbations.n} called supported ${JSON.stringify(r.perturbations.byKind)}`,
    ...r.perturbations.misses.map((m) => `  ${m}`),
  ].join('\n')
}

/** Runs the parts named in `args` (all by default) and prints their figures. */
export async function main(args: string[]): Promise<void> {
  const verbose = args.includes('--verbose')
  const jsonAt = args.indexOf('--json')
  const json = jsonAt >= 0 ? args[jsonAt + 1] : undefined
  const parts = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--json')
  const columns: [string, PartFigures][] = []
  const all: Record<string, PartFigures> = {}
  const byPart: Record<string, DevReport[]> = {}
  for (const part of parts.length ? parts : ['tuning', 'heldout', 'heldout2', 'heldout3']) {
    const { reports, figures } = await evaluatePart(part)
    columns.push([part, figures])
    all[part] = figures
    byPart[part] = reports
    if (verbose) for (const r of reports) console.log(formatDetails(r))
  }
  console.log(`\ndevelopment dossiers (tests/devset/)\n${formatFigures(columns)}`)
  // Which kinds of conflict each part finds: counts only, no passage of any dossier.
  for (const [part, reports] of Object.entries(byPart)) {
    const kinds: Record<string, { gold: number; found: number }> = {}
    let unplaced = 0
    for (const r of reports) {
      unplaced += r.conflicts.unplaced
      for (const [k, v] of Object.entries(r.conflicts.byKind)) {
        const t = kinds[k] ?? { gold: 0, found: 0 }
        t.gold += v.gold
        t.found += v.found
        kinds[k] = t
      }
    }
    const list = Object.entries(kinds)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k} ${v.found}/${v.gold}`)
    console.log(`conflicts found by kind, ${part}: ${list.join(', ')}; unplaced ${unplaced}`)
  }
  // The checks' confusion matrix of each part, summed over its dossiers: counts only.
  for (const [part, reports] of Object.entries(byPart)) {
    const verdicts = ['supported', 'contradicted', 'unsupported', 'contested'] as const
    const rows = verdicts.map((gold) => {
      const counts = verdicts.map((got) =>
        reports.reduce((sum, r) => sum + (r.checks.confusion[gold]?.[got] ?? 0), 0)
      )
      return `  ${gold.padEnd(13)}${counts.map((n) => String(n).padStart(13)).join('')}`
    })
    console.log([`checks, ${part} (gold \\ got: ${verdicts.join(', ')}):`, ...rows].join('\n'))
  }
  if (json) await writeFile(json, `${JSON.stringify(all, null, 2)}\n`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(process.argv.slice(2))
