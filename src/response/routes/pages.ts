/**
 * @module response/routes/pages
 * What people open in a browser: the reader's page (`/`, the widget and the dossier's
 * documents), the newsroom's check page (`/check`), and the widget itself (`/widget.js`) for news
 * sites to embed. The files live in `src/ui/`; the build copies them into `.build/ui.json`.
 */
import type { OpenAPIHono } from '@hono/zod-openapi'
import ui from '../../../.build/ui.json' with { type: 'json' }
import type { Dossier } from '../../index/load.ts'
import type { AppEnv } from '../types.ts'

const files = ui as Record<string, string>

/** The paths these pages serve: not API routes, so not in the OpenAPI document. */
export const PAGE_PATHS = [
  '/',
  '/check',
  '/widget.js',
  '/check.js',
  '/page.css',
  '/favicon.ico',
] as const

const ASSETS: Record<string, [file: string, type: string]> = {
  '/widget.js': ['widget.js', 'text/javascript; charset=utf-8'],
  '/check.js': ['check.js', 'text/javascript; charset=utf-8'],
  '/page.css': ['page.css', 'text/css; charset=utf-8'],
  '/check': ['check.html', 'text/html; charset=utf-8'],
}

/** Text made safe to place between HTML tags or in an attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** Registers the pages on `app`. */
export function registerPages(app: OpenAPIHono<AppEnv>, dossier: Dossier): void {
  const documents = dossier.documents
    .map((d) => {
      const date = d.date.stated ? d.date.latest : `undated; ${d.date.earliest} to ${d.date.latest}`
      const by = d.publisher ?? 'publisher not stated'
      return `<li>${escapeHtml(d.title)} <span class="muted">(${escapeHtml(by)}; ${escapeHtml(date)}; ${d.passageCount} passages)</span></li>`
    })
    .join('')
  const reader = (files['reader.html'] ?? '').replace('{{documents}}', documents)
  app.get('/', (c) => c.html(reader))
  // Browsers ask for it on every page; no icon, and no 404 in their consoles.
  app.get('/favicon.ico', (c) => c.body(null, 204))
  for (const [path, [file, type]] of Object.entries(ASSETS)) {
    const body = files[file] ?? ''
    app.get(path, (c) =>
      c.body(body, 200, { 'Content-Type': type, 'Cache-Control': 'public, max-age=300' })
    )
  }
}
