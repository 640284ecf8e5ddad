import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import type { ApiResponse } from '../../helpers/restClient.js'

import { resolveOptions } from '../../../src/options.js'
import { openApiDocument } from '../../../src/public/http/openApiDocument.js'

const DOC_ID = 'https://newsroom.test/openapi.json'
const doc: Record<string, unknown> = {
  ...openApiDocument('', { problemTypeBase: '/problems', options: resolveOptions({}) }),
  $id: DOC_ID,
}
const ajv = new Ajv2020({ strict: false, allErrors: true })
;(addFormats as unknown as (a: Ajv2020) => void)(ajv)
ajv.addSchema(doc)

const templates = Object.keys(doc.paths as object).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+').replace(/\./g, '\\.')}$`),
}))
const pointer = (...parts: string[]) =>
  parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')

type Operation = { responses: Record<string, { content?: object }> }

/**
 * Checks a response of the public API against the OpenAPI document: a documented status, the documented
 * media type, and a body valid against its schema. `path` is relative to the API prefix (for the admin
 * operations beside it, such as story bundles, to their own server: `/api`).
 */
export function expectConformsToOpenApi(
  path: string,
  res: Pick<ApiResponse, 'status' | 'headers' | 'body' | 'text'>,
  method: 'get' | 'post' = 'get',
): void {
  const pathname = path.split('?')[0]
  const paths = doc.paths as Record<string, Partial<Record<'get' | 'post', Operation>>>
  const match = templates.find((t) => t.pattern.test(pathname) && paths[t.template][method])
  if (!match) throw new Error(`${method} ${pathname} is not in the OpenAPI document`)
  const operation = paths[match.template][method]!
  const documented = operation.responses[String(res.status)]
  if (!documented) throw new Error(`${path}: status ${res.status} is not documented`)
  if (!documented.content) {
    expect(res.text ?? '').toBe('')
    return
  }
  const mediaType = String(res.headers['content-type'] ?? '').split(';')[0]
  if (!(mediaType in documented.content)) {
    throw new Error(
      `${path}: ${res.status} answered ${mediaType}, documented ${Object.keys(documented.content)}`,
    )
  }
  const body = mediaType.endsWith('json') ? JSON.parse(res.text) : res.text
  const validate = ajv.getSchema(
    `${DOC_ID}#/${pointer('paths', match.template, method, 'responses', String(res.status), 'content', mediaType, 'schema')}`,
  )
  if (!validate) throw new Error(`no schema for ${path} ${res.status}`)
  if (!validate(body)) {
    throw new Error(
      `${path}: ${res.status} does not match its schema: ${ajv.errorsText(validate.errors)}`,
    )
  }
}
