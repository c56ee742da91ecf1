/**
 * @module response/config
 * The worker's configuration, read from its environment (wrangler vars and secrets) and
 * validated once per isolate.
 */
import { z } from 'zod'

export const ConfigSchema = z.object({
  /** A secret (`wrangler secret put`, or `.dev.vars`). Absent: the extractive answerer serves. */
  ANTHROPIC_API_KEY: z.string().trim().optional(),
  ANTHROPIC_MODEL: z.string().trim().optional(),
  /** Largest accepted request body, in bytes. */
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(16_384),
})
export type Config = z.infer<typeof ConfigSchema>

/** The bindings wrangler gives the worker; every value is optional text. */
export type Bindings = Partial<Record<keyof Config, string>>

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
    config = ConfigSchema.parse(key)
    cache.set(key, config)
  }
  return config
}

/** Whether a model key is configured. */
export function hasModel(config: Config): boolean {
  return Boolean(config.ANTHROPIC_API_KEY)
}
