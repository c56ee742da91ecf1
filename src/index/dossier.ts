/**
 * @module index/dossier
 * The worker's dossier, loaded at global scope: once per isolate, before the first request,
 * from the artifact the build wrote. Requests never build or load anything.
 */
import artifact from '../../.build/dossier.json' with { type: 'json' }
import type { Artifact } from './artifact.ts'
import { loadDossier } from './load.ts'

// The JSON module's inferred type is wider than the artifact's (strings for enums); the build
// wrote it from an `Artifact`, and `loadDossier` checks the format.
export const dossier = loadDossier(artifact as unknown as Artifact)
