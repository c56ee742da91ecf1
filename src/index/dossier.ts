/**
 * @module index/dossier
 * The worker's dossier, loaded at global scope: once per isolate, before the first request,
 * from the artifact the build wrote. Requests never build or load anything.
 */
import text from '../../.build/dossier.txt'
import { parseArtifact } from './artifact.ts'
import { loadDossier } from './load.ts'

export const dossier = loadDossier(parseArtifact(text))
