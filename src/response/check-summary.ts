/**
 * @module response/check-summary
 * One summary check, end to end: the extractive checker always (it is the fallback); the model
 * checker when a key is configured and the mode allows; verification of whichever answers; on any
 * model failure, the extractive verdicts marked `degraded`.
 */
import { ModelFailure } from '../answer/model/failure.ts'
import { checkExtractive } from '../check/extractive.ts'
import { checkWithModel, passagesForCheck } from '../check/model.ts'
import { type Check, countVerdicts } from '../check/schema.ts'
import type { Dossier } from '../index/load.ts'
import { verifyCheck } from '../verification/verify-check.ts'
import { verifyModelCheck } from '../verification/verify-model-check.ts'
import { assertModeAvailable, type Config, modelOptions } from './config.ts'
import { logModelCall, logModelFailure } from './log.ts'

/** Options for {@link checkSummary}. */
export interface CheckSummaryOptions {
  summary: string
  mode: 'auto' | 'extractive' | 'model'
  config: Config
  id: string
}

/**
 * @example
 * ```ts
 * const check = await checkSummary(dossier, { summary, mode: 'auto', config, id })
 * ```
 */
export async function checkSummary(dossier: Dossier, options: CheckSummaryOptions): Promise<Check> {
  const { summary, mode, config, id } = options
  assertModeAvailable(mode, config)
  const extractive = verifyCheck(dossier, checkExtractive(dossier, summary, id))
  const model = modelOptions(config)
  if (mode === 'extractive' || !model || extractive.sentences.length === 0) return extractive
  const texts = extractive.sentences.map((s) => s.text)
  const sent = passagesForCheck(dossier, texts)
  try {
    const reply = await checkWithModel(dossier, texts, sent, model)
    const { requestId, stopReason, usage } = reply
    logModelCall({ id, purpose: 'check', requestId, stopReason, usage })
    const sentences = verifyModelCheck(reply, extractive.sentences, sent)
    const counts = countVerdicts(sentences)
    return verifyCheck(dossier, { id, mode: 'model', sentences, counts, passages: [] })
  } catch (err) {
    if (!(err instanceof ModelFailure)) throw err
    logModelFailure(id, 'check', err)
    return { ...extractive, degraded: { reason: err.reason } }
  }
}
