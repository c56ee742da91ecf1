/**
 * The API's TypeScript types from its OpenAPI document, by openapi-typescript: what
 * `npm run api-types` writes to `tests/support/api.d.ts` and the typed-client test compares.
 */
import openapiTS, { astToString } from 'openapi-typescript'

const HEADER =
  '// Generated from /openapi.json by `npm run api-types` (openapi-typescript). Do not edit.\n\n'

/** The document's types as the text of a declaration file. */
export async function apiTypes(document: unknown): Promise<string> {
  // A field with a default may be left out of a request: not required, as the document says.
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], {
    defaultNonNullable: false,
  })
  return HEADER + astToString(ast)
}
