/**
 * @module response/routes/pages
 * What people open in a browser: the reader's page (`/`, the widget and the dossier's
 * documents), the newsroom's check page (`/check`), and the widget itself for news sites to
 * embed: at `/widget.js`, cached five minutes, and at `/widget.<hash>.js`, named by its content
 * and cached for a year, which the reader's page uses. The files live in `src/ui/`; the build
 * copies them into `.build/ui.json`.
 */
import type { OpenAPIHono } from '@hono/zod-openapi'
import ui from '../../../.build/ui.json' with { type: 'json' }
import { readerDate } from '../../answer/sources.ts'
import type { Dossier } from '../../index/load.ts'
import type { AppEnv } from '../types.ts'

const files = ui as Record<string, string>

const ASSETS: Record<string, [file: string, type: string]> = {
  '/widget.js': ['widget.js', 'text/javascript; charset=utf-8'],
  '/check.js': ['check.js', 'text/javascript; charset=utf-8'],
  '/docs.js': ['docs.js', 'text/javascript; charset=utf-8'],
  '/page.css': ['page.css', 'text/css; charset=utf-8'],
  '/check': ['check.html', 'text/html; charset=utf-8'],
}

/**
 * A short name for a file's content (FNV-1a, 32 bits): a new widget gets a new URL, so browsers
 * may keep the old one for a year. A cache key, not a security measure, so no crypto is needed.
 */
function contentHash(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

/** The widget's content-hashed path, e.g. `/widget.3f2a9c1e.js`. */
export const WIDGET_PATH = `/widget.${contentHash(files['widget.js'] ?? '')}.js`

/** The paths these pages serve: not API routes, so not in the OpenAPI document. */
export const PAGE_PATHS = [
  '/',
  '/check',
  '/widget.js',
  '/check.js',
  '/docs.js',
  '/page.css',
  '/favicon.ico',
  WIDGET_PATH,
] as const

/** Text made safe to place between HTML tags or in an attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** Registers the pages on `app`. */
export function registerPages(app: OpenAPIHono<AppEnv>, dossier: Dossier): void {
  const documents = dossier.documents
    .map((d) => {
      const date = readerDate(d.date)
      const by = d.publisher ?? 'publisher not stated'
      return `<li>${escapeHtml(d.title)} <span class="muted">(${escapeHtml(by)}; ${escapeHtml(date)}; ${d.passageCount} passages)</span></li>`
    })
    .join('')
  const reader = (files['reader.html'] ?? '')
    .replace('{{documents}}', documents)
    .replace('src="/widget.js"', `src="${WIDGET_PATH}"`)
  app.get('/', (c) => c.html(reader))
  // Browsers ask for it on every page; no icon, and no 404 in their consoles.
  app.get('/favicon.ico', (c) => c.body(null, 204))
  for (const [path, [file, type]] of Object.entries(ASSETS)) {
    const body = files[file] ?? ''
    app.get(path, (c) =>
      c.body(body, 200, { 'Content-Type': type, 'Cache-Control': 'public, max-age=300' })
    )
  }
  const widget = files['widget.js'] ?? ''
  app.get(WIDGET_PATH, (c) =>
    c.body(widget, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=31536000, immutable',
    })
  )
}
