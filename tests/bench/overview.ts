/**
 * The overview's cost at build time, in-process on the seed: computing it from the labelled
 * passages (`buildOverview`, chrono-node included) and checking the follow-up questions against
 * the extractive answerer (`withFollowUps`). Best of a few runs each. What a request pays for it
 * is `GET /v1/dossier` in the latency table.
 */
import { withFollowUps } from '../../src/answer/follow-ups.ts'
import type { BuildDossierOptions } from '../../src/index/build-dossier.ts'
import { buildDossier } from '../../src/index/build-dossier.ts'
import { buildOverview } from '../../src/overview/build-overview.ts'
import { compileRoster } from '../../src/overview/roster.ts'

export interface OverviewFigures {
  buildOverviewMs: number
  followUpsMs: number
  followUps: number
  overviewBytes: number
}

const RUNS = 5

const best = (f: () => void) => {
  let min = Number.POSITIVE_INFINITY
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now()
    f()
    min = Math.min(min, performance.now() - started)
  }
  return min
}

/** Times the overview's two build-time parts on the corpus `inputs`. */
export function benchOverview(inputs: BuildDossierOptions): OverviewFigures {
  const artifact = buildDossier(inputs)
  const roster = compileRoster(inputs.roster ?? { parties: {}, proposals: {} }, inputs.aliases)
  const { passages, documents } = artifact
  const buildOverviewMs = best(() => buildOverview({ passages, documents, roster }))
  let followUps = 0
  const followUpsMs = best(() => {
    followUps = withFollowUps(artifact).followUps.length
  })
  return {
    buildOverviewMs,
    followUpsMs,
    followUps,
    overviewBytes: JSON.stringify(artifact.overview).length,
  }
}
