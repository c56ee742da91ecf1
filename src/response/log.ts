/**
 * @module response/log
 * The worker's structured log: one JSON object a line. Callers pass ids, paths, statuses and
 * reasons — never a request body, a prompt, model output or a key.
 */
import type { ModelFailure } from '../answer/model/failure.ts'

/** Writes one log line. */
export function logEvent(level: 'info' | 'warn' | 'error', entry: Record<string, unknown>): void {
  const line = JSON.stringify({ level, ...entry })
  if (level === 'error') console.error(line)
  else console.log(line)
}

/** What one model call did, as the log records it: never its prompt, text or key. */
export interface ModelCallEntry {
  id: string
  /** What the call was for. */
  purpose: 'answer' | 'check'
  /** The API's `request-id`, to quote to Anthropic's support. */
  requestId?: string | undefined
  stopReason?: string | undefined
  usage?: { input: number; cacheWrite: number; cacheRead: number; output: number } | undefined
  /** Why the model's reply was not used, when it was not. */
  failed?: string | undefined
  status?: number | undefined
}

/**
 * Logs one model call, answered or failed: a `warn` line when its reply was not used.
 *
 * @example
 * ```ts
 * logModelCall({ id, purpose: 'answer', requestId: reply.requestId, stopReason: 'end_turn', usage: reply.usage })
 * ```
 */
export function logModelCall(entry: ModelCallEntry): void {
  logEvent(entry.failed ? 'warn' : 'info', { event: 'model_call', ...entry })
}

/** Logs a model call whose reply was not used, with what the failure knows of the call. */
export function logModelFailure(
  id: string,
  purpose: ModelCallEntry['purpose'],
  failure: ModelFailure
): void {
  const { requestId, reason, status } = failure
  logModelCall({ id, purpose, requestId, failed: reason, status })
}
