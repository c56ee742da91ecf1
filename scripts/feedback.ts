/**
 * `npm run feedback`: the latest readers' feedback, newest first, from the local D1 database that
 * `npm start` writes (`-- --remote` for a deployment's, `-- --limit N` for more than 20). Staff
 * will read it in the app later; until then this prints it.
 */
import { spawnSync } from 'node:child_process'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    remote: { type: 'boolean', default: false },
    limit: { type: 'string', default: '20' },
  },
})
const limit = Number(values.limit)
if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
  console.error(`--limit must be a whole number from 1 to 1000, not "${values.limit}"`)
  process.exit(1)
}

const sql =
  'SELECT created_at, helpful, comment, question, mode, passage_ids, answer_id FROM feedback ' +
  `ORDER BY created_at DESC LIMIT ${limit}`
const run = spawnSync(
  'npx',
  [
    'wrangler',
    'd1',
    'execute',
    'DB',
    values.remote ? '--remote' : '--local',
    '--json',
    '--command',
    sql,
  ],
  { encoding: 'utf8', env: { ...process.env, CI: 'true' } }
)
if (run.status !== 0) {
  console.error(run.stderr || run.stdout)
  process.exit(run.status ?? 1)
}

interface Row {
  created_at: string
  helpful: number
  comment: string | null
  question: string
  mode: string
  passage_ids: string
  answer_id: string
}
const [result] = JSON.parse(run.stdout) as { results: Row[] }[]
const rows = result?.results ?? []
if (rows.length === 0) console.log('No feedback yet.')
for (const r of rows) {
  const passages = (JSON.parse(r.passage_ids) as string[]).join(', ') || 'none'
  console.log(
    `${r.created_at}  ${r.helpful ? 'helpful' : 'NOT helpful'}  (${r.mode}, ${r.answer_id})`
  )
  console.log(`  question: ${r.question}`)
  if (r.comment) console.log(`  comment:  ${r.comment}`)
  console.log(`  cited:    ${passages}`)
}
