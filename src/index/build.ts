/**
 * @module index/build
 * The build-time entry (`npm run build`, and wrangler's build command): reads `corpus/`, builds
 * the dossier, and writes `.build/dossier.txt` (JSON, imported by the worker as a Text module). Node only.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { withFollowUps } from '../answer/follow-ups.ts'
import { readCorpus } from '../corpus/read.ts'
import { RosterSchema } from '../overview/roster.ts'
import { EditorialSchema } from '../provenance/schema.ts'
import { AliasTableSchema } from './aliases.ts'
import { serializeArtifact } from './artifact.ts'
import { type BuildDossierOptions, buildDossier } from './build-dossier.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Where the worker and the tests expect the artifact. */
export const ARTIFACT_PATH = join(root, '.build', 'dossier.txt')
/** The prompts in `prompts/`, by file name without `.md`, for the worker to import. */
export const PROMPTS_PATH = join(root, '.build', 'prompts.json')
/** The pages, widget and styles in `src/ui/`, by file name, for the worker to serve. */
export const UI_PATH = join(root, '.build', 'ui.json')
/**
 * Files served as they are by Cloudflare's static assets (`[assets]` in wrangler.toml), outside
 * the worker's bundle: the API reference's UI, copied from its pinned npm package, so `/docs`
 * works with no network and costs the worker nothing.
 */
const ASSETS_DIR = join(root, '.build', 'assets')
const REFERENCE_UI = ['swagger-ui-bundle.js', 'swagger-ui.css']

async function readYaml(path: string): Promise<unknown> {
  return parseYaml(await readFile(path, 'utf8'), { schema: 'core' })
}

/**
 * Reads everything `corpus/` holds: the documents, the alias table and the editorial labels.
 *
 * @example
 * ```ts
 * const artifact = buildDossier(await readCorpusInputs())
 * ```
 */
export async function readCorpusInputs(
  corpus = join(root, 'corpus')
): Promise<BuildDossierOptions> {
  return {
    documents: await readCorpus(join(corpus, 'documents')),
    aliases: AliasTableSchema.parse(await readYaml(join(corpus, 'aliases.yaml'))),
    editorial: EditorialSchema.parse(await readYaml(join(corpus, 'editorial.yaml'))),
    roster: RosterSchema.parse(await readYaml(join(corpus, 'overview.yaml'))),
  }
}

/** Every `prompts/*.md` file's text, keyed by its name. */
async function readPrompts(dir: string): Promise<Record<string, string>> {
  const prompts: Record<string, string> = {}
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
    prompts[file.slice(0, -3)] = (await readFile(join(dir, file), 'utf8')).trim()
  }
  return prompts
}

/** Every file of `dir`, keyed by its name. */
async function readFiles(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const file of await readdir(dir)) files[file] = await readFile(join(dir, file), 'utf8')
  return files
}

async function main(): Promise<void> {
  const started = performance.now()
  const inputs = await readCorpusInputs()
  const artifact = withFollowUps(buildDossier(inputs))
  const json = serializeArtifact(artifact)
  await mkdir(dirname(ARTIFACT_PATH), { recursive: true })
  await writeFile(ARTIFACT_PATH, json)
  await writeFile(PROMPTS_PATH, JSON.stringify(await readPrompts(join(root, 'prompts'))))
  await writeFile(UI_PATH, JSON.stringify(await readFiles(join(root, 'src', 'ui'))))
  const docs = join(ASSETS_DIR, 'docs')
  await mkdir(docs, { recursive: true })
  for (const file of REFERENCE_UI) {
    await copyFile(join(root, 'node_modules', 'swagger-ui-dist', file), join(docs, file))
  }
  const ms = (performance.now() - started).toFixed(0)
  console.log(
    `dossier: ${inputs.documents.length} documents, ${artifact.passages.length} passages, ` +
      `${(json.length / 1024).toFixed(0)} KiB, built in ${ms} ms`
  )
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err)
    process.exit(1)
  })
}
