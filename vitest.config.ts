import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

// Two projects: the worker's tests run inside workerd (the real Workers runtime) through the
// Cloudflare plugin; the few that drive processes (`npm start`) run in Node.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
        test: { name: 'workerd', include: ['tests/{unit,integration}/**/*.test.ts'] },
      },
      {
        test: {
          name: 'node',
          include: ['tests/node/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
        },
      },
    ],
  },
})
