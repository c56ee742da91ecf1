/**
 * @module response/config
 * The worker's configuration, read from its environment (wrangler vars and secrets) and
 * validated once per isolate.
 */
import { z } from 'zod'
import type { ModelClientOptions } from '../answer/model/client.ts'
import { ModelNotConfiguredError } from './errors.ts'

export const ConfigSchema = z.object({
  /** A secret (`wrangler secret put`, or `.dev.vars`). Absent: the extractive answerer serves. */
  ANTHROPIC_API_KEY: z.string().trim().optional(),
  /** Optional: a proxy or Cloudflare AI Gateway in front of the Messages API. */
  ANTHROPIC_BASE_URL: z.url().optional(),
  ANTHROPIC_MODEL: z.string().trim().min(1).default('claude-sonnet-5-5'),
  /** The whole model attempt, retries included; past it the reader gets the extractive answer. */
  MODEL_TIMEOUT_MS: z.coerce.number().int().min(100).default(12_000),
  /**
   * `disabled`: answers quote and need no reasoning, and thinking would spend the reader's
   * seconds. `adaptive` for a model that cannot turn thinking off; budgets then grow to hold it.
   */
  MODEL_THINKING: z.enum(['disabled', 'adaptive']).default('disabled'),
  /** Retries on 429, 5xx and 529 within that time. One: a reader is waiting. */
  MODEL_MAX_RETRIES: z.coerce.number().int().min(0).max(5).default(1),
  /** Largest accepted request body, in bytes. */
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(16_384),
  /** Origins (comma-separated) whose pages may call the API: the news sites that embed the widget. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((o) => o.trim().replace(/\/$/, ''))
        .filter(Boolean)
    ),
  /** "false" switches the per-client rate limit off (for load tests); anything else leaves it on. */
  RATE_LIMIT_ENABLED: z
    .string()
    .default('true')
    .transform((s) => s.trim().toLowerCase() !== 'false'),
  /** The whole request, model and fallback included; past it, a 503 problem. */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).default(25_000),
  /** Largest `/v1/checks` body: a 20,000-character summary is up to 80 KB of UTF-8. */
  MAX_CHECK_BODY_BYTES: z.coerce.number().int().min(1024).default(98_304),
})
export type Config = z.infer<typeof ConfigSchema>

/** The bindings wrangler gives the worker: text vars, and the rate limiter. */
export type Bindings = Partial<Record<keyof Config, string>> & {
  RATE_LIMITER?: RateLimit
  /** Readers' feedback and the answers it is about (migrations/). Absent: no feedback. */
  DB?: D1Database
}

/** Empty strings count as unset: `ANTHROPIC_MODEL = ""` in wrangler.toml means the default. */
function withoutEmpty(env: Bindings): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(
      (e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''
    )
  )
}

const cache = new WeakMap<object, Config>()

/**
 * Parses the environment, once per `env` object. An unusable value is reported at start-up
 * rather than per request.
 *
 * @example
 * ```ts
 * readConfig({ MAX_BODY_BYTES: '8192' }).MAX_BODY_BYTES // 8192
 * ```
 */
export function readConfig(env: Bindings | undefined): Config {
  const key = env ?? {}
  let config = cache.get(key)
  if (!config) {
    config = ConfigSchema.parse(withoutEmpty(key))
    cache.set(key, config)
  }
  return config
}

/** Whether a model key is configured. */
export function hasModel(config: Config): boolean {
  return Boolean(config.ANTHROPIC_API_KEY)
}

/** How to reach the model, for answers and checks alike; undefined without a key. */
export function modelOptions(config: Config): ModelClientOptions | undefined {
  const apiKey = config.ANTHROPIC_API_KEY
  if (!apiKey) return undefined
  return {
    apiKey,
    baseURL: config.ANTHROPIC_BASE_URL,
    model: config.ANTHROPIC_MODEL,
    timeoutMs: config.MODEL_TIMEOUT_MS,
    maxRetries: config.MODEL_MAX_RETRIES,
    thinking: config.MODEL_THINKING,
  }
}

/** Checks the mode before anything is answered or streamed: `model` needs a key. */
export function assertModeAvailable(mode: 'auto' | 'extractive' | 'model', config: Config): void {
  if (mode === 'model' && !hasModel(config)) throw new ModelNotConfiguredError()
}
