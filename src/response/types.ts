/**
 * @module response/types
 * The Hono environment of the app: wrangler bindings and per-request variables.
 */
import type { RequestIdVariables } from 'hono/request-id'
import type { Bindings } from './config.ts'

export interface AppEnv {
  Bindings: Bindings
  Variables: RequestIdVariables
}
