/**
 * Applies the D1 migrations to the test database before each file, inside workerd, as `npm start`
 * applies them to the local one (vitest.config.ts reads them in Node).
 */
import { applyD1Migrations, env } from 'cloudflare:test'
import type { D1Migration } from '@cloudflare/vitest-plugin'

const bindings = env as unknown as { DB: D1Database; TEST_MIGRATIONS: D1Migration[] }
await applyD1Migrations(bindings.DB, bindings.TEST_MIGRATIONS)
