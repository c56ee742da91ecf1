/**
 * Reads a Server-Sent Events body the way a browser's EventSource would, for tests.
 */
export interface SseEvent {
  event: string
  data: unknown
}

/** Parses a whole SSE body into events; `data` is parsed as JSON. */
export function parseSse(body: string): SseEvent[] {
  return body
    .split(/\r?\n\r?\n/)
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => {
      let event = 'message'
      const data: string[] = []
      for (const line of chunk.split(/\r?\n/)) {
        if (line.startsWith('event:')) event = line.slice(6).trim()
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''))
      }
      return { event, data: JSON.parse(data.join('\n')) as unknown }
    })
}
