/**
 * @module answer/model/prompt
 * The system prompt, from `prompts/answer.md` (copied into the build so the worker can import
 * it): reviewed and versioned as a file, never assembled in code.
 */
import prompts from '../../../.build/prompts.json' with { type: 'json' }

/** The answering model's system prompt. */
export const ANSWER_PROMPT: string = prompts.answer
/** The summary checker's system prompt: its verdicts come back as numbered lines. */
export const CHECK_PROMPT: string = prompts.check
