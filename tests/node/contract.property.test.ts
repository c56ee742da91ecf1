/**
 * The API against its own OpenAPI document, as Schemathesis would test it: requests generated
 * from each operation's schemas (well-formed ones, and anything at all), sent to `npm start`, and
 * every response checked to be one the document describes — its status, its content type and
 * its body's schema. Runs in Node: the schema validator compiles code, which workerd forbids.
 */
import { Ajv2020 } from 'ajv/dist/2020.js'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type DevServer, startDevServer } from '../support/dev-server.ts'

type Schema = {
  type?: string | string[]
  properties?: Record<string, Schema>
  required?: string[]
  items?: Schema
  enum?: unknown[]
  anyOf?: Schema[]
  oneOf?: Schema[]
  $ref?: string
  minLength?: number
  maxLength?: number
  maxItems?: number
  minimum?: number
  maximum?: number
  default?: unknown
}
type Media = Record<string, { schema?: Schema }>
type Operation = {
  operationId: string
  parameters?: { name: string; in: 'path' | 'query'; schema?: Schema }[]
  requestBody?: { content: Media }
  responses: Record<string, { content?: Media }>
}
type Document = {
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, Schema> }
}

let server: DevServer
let document: Document
const ajv = new Ajv2020({ strict: false, allErrors: false })

beforeAll(async () => {
  server = await startDevServer(60_000, { RATE_LIMIT_ENABLED: 'false' })
  document = (await (await fetch(`${server.url}/openapi.json`)).json()) as Document
  // References resolve against the document's components, registered once under an id.
  ajv.addSchema(JSON.parse(JSON.stringify({ $id: 'api', components: document.components })))
}, 90_000)
afterAll(() => server?.stop())

const resolve = (s: Schema | undefined): Schema | undefined =>
  s?.$ref ? resolve(document.components.schemas[s.$ref.split('/').at(-1) ?? '']) : s

/** Values a schema admits, mostly: strings within their lengths, enums, nested objects. */
function arbitrary(schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema)
  if (!s || depth > 4) return fc.jsonValue()
  if (s.enum) return fc.constantFrom(...s.enum)
  const alternatives = s.anyOf ?? s.oneOf
  if (alternatives) return fc.oneof(...alternatives.map((a) => arbitrary(a, depth + 1)))
  const type = Array.isArray(s.type) ? s.type[0] : s.type
  switch (type) {
    case 'string':
      return fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 40, 60) })
    case 'integer':
      return fc.integer({ min: s.minimum ?? -5, max: s.maximum ?? 60 })
    case 'number':
      return fc.double({ noNaN: true, min: -10, max: 100 })
    case 'boolean':
      return fc.boolean()
    case 'array':
      return fc.array(arbitrary(s.items, depth + 1), { maxLength: Math.min(s.maxItems ?? 3, 3) })
    case 'object': {
      const properties = Object.fromEntries(
        Object.entries(s.properties ?? {}).map(([k, v]) => [k, arbitrary(v, depth + 1)])
      )
      return fc.record(properties, { requiredKeys: s.required ?? [] })
    }
    default:
      return fc.jsonValue()
  }
}

/** Whether the response is one the operation documents; why not, when it is not. */
async function conforms(operation: Operation, res: Response): Promise<string | undefined> {
  const documented = operation.responses[String(res.status)]
  if (!documented) return `status ${res.status} is not documented`
  const type = (res.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? ''
  const media = documented.content ?? {}
  if (Object.keys(media).length === 0) return undefined
  if (!media[type])
    return `${res.status} as ${type}, documented as ${Object.keys(media).join(', ')}`
  if (type === 'text/event-stream') return undefined
  const body = await res.json()
  const schema = JSON.parse(
    JSON.stringify(media[type]?.schema ?? {}).replaceAll('"#/components', '"api#/components')
  )
  const validate = ajv.compile(schema)
  return validate(body) ? undefined : `${res.status} body: ${ajv.errorsText(validate.errors)}`
}

describe('the API against its OpenAPI document', () => {
  it('Should answer every generated request with a response the document describes', async () => {
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ path, method, operation }))
    )
    expect(operations.length).toBeGreaterThanOrEqual(8)
    for (const { path, method, operation } of operations) {
      const json = operation.requestBody?.content['application/json']?.schema
      const body = json ? fc.oneof(arbitrary(json), fc.jsonValue()) : fc.constant(undefined)
      const params = fc.record(
        Object.fromEntries(
          (operation.parameters ?? []).map((p) => [
            p.name,
            fc.oneof(arbitrary(p.schema), fc.string()),
          ])
        )
      )
      await fc.assert(
        fc.asyncProperty(body, params, async (payload, values) => {
          let url = path
          const query = new URLSearchParams()
          for (const p of operation.parameters ?? []) {
            const value = String(values[p.name] ?? '')
            if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(value) || 'x')
            else if (value !== '') query.set(p.name, value)
          }
          const res = await fetch(`${server.url}${url}${query.size ? `?${query}` : ''}`, {
            method: method.toUpperCase(),
            ...(json && {
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify(payload ?? null),
            }),
          })
          const wrong = await conforms(operation, res)
          if (wrong) throw new Error(`${method.toUpperCase()} ${path}: ${wrong}`)
        }),
        { numRuns: 25 }
      )
    }
  }, 240_000)
})
