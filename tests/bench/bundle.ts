/**
 * The size of what `wrangler deploy --dry-run --outdir` would upload, raw and gzipped.
 */
import { readdir, readFile, rm } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { spawnWrangler } from '../support/processes.ts'

export interface BundleFile {
  path: string
  bytes: number
  gzipBytes: number
  /** False for what wrangler writes beside the upload (README.md, source maps). */
  uploaded: boolean
}

export interface BundleFigures {
  files: BundleFile[]
  /** Totals over uploaded files. */
  bytes: number
  gzipBytes: number
  /** Wrangler's own "Total Upload" line, as a cross-check. */
  wranglerReported: string | undefined
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()
}

/** Options for {@link benchBundle}. */
export interface BundleOptions {
  /** Where wrangler writes the bundle; emptied first. */
  outdir: string
  /** A wrangler config other than ./wrangler.toml. */
  config?: string
}

/** Bundles the worker as a deploy would, without deploying, and sizes what would be uploaded. */
export async function benchBundle({ outdir, config }: BundleOptions): Promise<BundleFigures> {
  const dir = outdir
  await rm(dir, { recursive: true, force: true })
  const dryRun = spawnWrangler([
    'deploy',
    '--dry-run',
    '--outdir',
    dir,
    ...(config ? ['--config', config] : []),
  ])
  const code = await dryRun.exit
  await dryRun.stop()
  if (code !== 0)
    throw new Error(`wrangler deploy --dry-run exited with ${code}:\n${dryRun.tail()}`)
  const stdout = dryRun.text()
  const files: BundleFile[] = []
  for (const file of await listFiles(dir)) {
    const data = await readFile(file)
    const path = relative(dir, file)
    files.push({
      path,
      bytes: data.length,
      gzipBytes: gzipSync(data, { level: 9 }).length,
      uploaded: path !== 'README.md' && !path.endsWith('.map'),
    })
  }
  const uploaded = files.filter((f) => f.uploaded)
  return {
    files,
    bytes: uploaded.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes: uploaded.reduce((sum, f) => sum + f.gzipBytes, 0),
    wranglerReported: /Total Upload: ([^\n]+)/.exec(stdout)?.[1]?.trim(),
  }
}
