/**
 * @module response/log
 * The worker's structured log: one JSON object a line. Callers pass ids, paths, statuses and
 * reasons — never a request body, a prompt, model output or a key.
 */

/** Writes one log line. */
export function logEvent(level: 'info' | 'warn' | 'error', entry: Record<string, unknown>): void {
  const line = JSON.stringify({ level, ...entry })
  if (level === 'error') console.error(line)
  else console.log(line)
}
