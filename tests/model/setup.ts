/**
 * Starts the stand-in Messages API for the model project (in Node, before workerd starts), and
 * gives its URL to the worker as ANTHROPIC_BASE_URL.
 */
import type { TestProject } from 'vitest/node'
import { startFakeAnthropic } from '../support/fake-anthropic.ts'

declare module 'vitest' {
  interface ProvidedContext {
    fakeAnthropicUrl: string
  }
}

export default async function setup(project: TestProject) {
  const fake = await startFakeAnthropic()
  project.provide('fakeAnthropicUrl', fake.url)
  return () => fake.close()
}
