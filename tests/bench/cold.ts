/**
 * One cold index, timed in a fresh Node process: the first time this process does it, as a new
 * isolate would at startup (code not yet compiled, heap not yet grown). The bench runs it as a
 * child several times a mode and takes the median. Prints one number, in ms.
 *
 * Each mode starts from one text in memory, as a worker starts from the text bundled with it, and
 * ends with the same searchable index and sentence statistics:
 * - `load`: what the worker does; parse the index's part of the dump (with the passage ids and
 *   the alias table), load it into Orama, read the sentence statistics;
 * - `passages`: build it from the passages instead (parse, tokenize, insert, count);
 * - `corpus`: build it from the corpus, as a worker without a build step would: parse the
 *   documents, split them into passages, then as `passages`.
 *
 * Usage: node tests/bench/cold.ts <load|passages|corpus> <input.json>, the input written by
 * {@link coldInputs}.
 */
import { readFile } from 'node:fs/promises'
import type { CorpusDocument } from '../../src/corpus/schema.ts'
import { type AliasTable, compileAliases } from '../../src/index/aliases.ts'
import type { Artifact } from '../../src/index/artifact.ts'
import { createTokenizer } from '../../src/index/tokenizer.ts'
import { splitPassages } from '../../src/passages/split.ts'
import type { LabelledPassage } from '../../src/provenance/schema.ts'
import { buildIndexAlone, loadIndexAlone } from './index-alone.ts'

export type ColdMode = 'load' | 'passages' | 'corpus'

/**
 * The text each mode starts from, made from an artifact and the documents it was built from.
 *
 * @example
 * ```ts
 * await writeFile('index.json', coldInputs(artifact, documents).load)
 * ```
 */
export function coldInputs(artifact: Artifact, documents: CorpusDocument[]) {
  const { aliases, passages, stats, index } = artifact
  return {
    load: JSON.stringify({ aliases, ids: passages.map((p) => p.id), stats, index }),
    passages: JSON.stringify({ aliases, passages }),
    corpus: JSON.stringify({ aliases, documents }),
  } satisfies Record<ColdMode, string>
}

function build(aliases: AliasTable, passages: LabelledPassage[]): void {
  buildIndexAlone(passages, createTokenizer(compileAliases(aliases)))
}

function run(mode: ColdMode, text: string): void {
  if (mode === 'load') {
    const parsed = JSON.parse(text) as Pick<Artifact, 'aliases' | 'stats' | 'index'> & {
      ids: string[]
    }
    loadIndexAlone(parsed, parsed.ids, createTokenizer(compileAliases(parsed.aliases)))
  } else if (mode === 'passages') {
    const parsed = JSON.parse(text) as Pick<Artifact, 'aliases' | 'passages'>
    build(parsed.aliases, parsed.passages)
  } else {
    const parsed = JSON.parse(text) as { aliases: AliasTable; documents: CorpusDocument[] }
    // Unlabelled: provenance is not the index's, which needs only ids and text.
    build(parsed.aliases, parsed.documents.flatMap((d) => splitPassages(d)) as LabelledPassage[])
  }
}

async function main(): Promise<void> {
  const [mode, path] = process.argv.slice(2)
  if ((mode !== 'load' && mode !== 'passages' && mode !== 'corpus') || !path) {
    throw new Error('usage: cold.ts <load|passages|corpus> <input.json>')
  }
  const text = await readFile(path, 'utf8')
  const started = performance.now()
  run(mode, text)
  process.stdout.write(`${performance.now() - started}\n`)
}

if (process.argv[1]?.endsWith('cold.ts')) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.stack : err)
    process.exit(1)
  })
}
