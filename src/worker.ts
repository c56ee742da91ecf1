/**
 * The worker's entry: the app over the dossier loaded at global scope.
 */
import { dossier } from './index/dossier.ts'
import { createApp } from './response/app.ts'

export default createApp({ dossier })
