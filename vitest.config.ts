import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

// Three projects. The worker's tests run inside workerd (the real Workers runtime) through the
// Cloudflare plugin, once without a model key (the embedded default) and once with model mode
// wired to a stand-in Messages API that tests/model/setup.ts starts on loopback; the few tests
// that drive processes (`npm start`) run in Node.
const wrangler = { configPath: './wrangler.toml' }
// The D1 migrations, read in Node and applied inside workerd by tests/support/d1.ts before each
// test file, as `npm start` applies them to the local database.
const migrations = () => readD1Migrations('./migrations')
const d1 = { setupFiles: ['tests/support/d1.ts'] }

export default defineConfig({
  test: {
    // The worker's access log (one JSON line a request) would bury the test report.
    onConsoleLog: (log) => !log.includes('"level":"info"'),
    projects: [
      {
        plugins: [
          cloudflareTest(async () => ({
            wrangler,
            miniflare: { bindings: { TEST_MIGRATIONS: await migrations() } },
          })),
        ],
        // Generous: the first request of a file pays for the isolate's start on a busy 2-core box.
        test: {
          ...d1,
          name: 'workerd',
          include: ['tests/{unit,integration}/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [
          cloudflareTest(async ({ inject }) => ({
            wrangler,
            miniflare: {
              bindings: {
                TEST_MIGRATIONS: await migrations(),
                ANTHROPIC_API_KEY: 'sk-ant-test-verbatim-0123456789',
                ANTHROPIC_BASE_URL: inject('fakeAnthropicUrl'),
                ANTHROPIC_MODEL: 'claude-sonnet-5-5',
                // Short, so the slow scenario times out quickly; one retry, as deployed.
                MODEL_TIMEOUT_MS: '1500',
                MODEL_MAX_RETRIES: '1',
              },
            },
          })),
        ],
        test: {
          ...d1,
          name: 'model',
          include: ['tests/model/**/*.test.ts'],
          globalSetup: ['tests/model/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'node',
          include: ['tests/{node,browser}/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
        },
      },
    ],
  },
})
