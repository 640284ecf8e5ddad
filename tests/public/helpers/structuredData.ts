import jsonld from 'jsonld'
import sdtt from 'structured-data-testing-tool'
import presets from 'structured-data-testing-tool/presets.js'
import articles from 'structured-data-testing-tool/presets/google/schemas/CreativeWork/Article.js'

/**
 * schema.org's context is fetched from the web, which tests cannot reach. Offline the loader serves
 * what that context says of every term we use: the schema.org vocabulary (`@vocab`). Any other
 * remote context is an error.
 */
const SCHEMA_ORG_CONTEXT = { '@context': { '@vocab': 'https://schema.org/' } }
const offlineLoader = async (url: string) => {
  if (!/^https?:\/\/schema\.org\/?$/.test(url))
    throw new Error(`no remote contexts offline: ${url}`)
  return { contextUrl: undefined, documentUrl: url, document: SCHEMA_ORG_CONTEXT }
}

/** The document expanded by the `jsonld` processor (throws on invalid JSON-LD). */
export function expandJsonLd(doc: object): Promise<jsonld.JsonLdDocument[]> {
  return jsonld.expand(
    doc as jsonld.JsonLdDocument,
    {
      documentLoader: offlineLoader as never,
      safe: true,
    } as jsonld.Options.Expand,
  ) as Promise<jsonld.JsonLdDocument[]>
}

/** As RDF N-Quads, for asserting triples. */
export function toNQuads(doc: object): Promise<string> {
  return jsonld.toRDF(
    doc as jsonld.JsonLdDocument,
    {
      format: 'application/n-quads',
      documentLoader: offlineLoader as never,
      safe: true,
    } as jsonld.Options.ToRdf,
  ) as Promise<string>
}

interface SdttTest {
  test: string
  description?: string
  warning?: boolean
}
export interface StructuredDataResult {
  failed: SdttTest[]
  warnings: SdttTest[]
  passed: SdttTest[]
}

/** Google's guidance beyond what the presets check: the author's url and name (Article guidance). */
const authorTests = (schema: string): SdttTest[] => [
  { test: `${schema}[*].author.name` },
  { test: `${schema}[*].author.url` },
  { test: `${schema}[*].mainEntityOfPage` },
]

/**
 * Runs `structured-data-testing-tool` with its Google preset over a LiveBlogPosting, embedded in a page
 * as Google reads it. The tool checks top-level items only, so each `liveBlogUpdate` is also embedded as
 * its own block and checked as a BlogPosting; the posting itself is also held to the Article rules
 * (Google's Article guidance covers LiveBlogPosting).
 */
export async function googleStructuredData(
  doc: Record<string, unknown>,
): Promise<StructuredDataResult> {
  const updates = (doc.liveBlogUpdate as Record<string, unknown>[] | undefined) ?? []
  const blocks = [doc, ...updates.map((u) => ({ '@context': doc['@context'], ...u }))]
  const html = `<!doctype html><html><head>${blocks
    .map((b) => `<script type="application/ld+json">${JSON.stringify(b)}</script>`)
    .join('')}</head><body></body></html>`
  const article = (articles as { _articlePrototype: (s: string) => object })._articlePrototype(
    'LiveBlogPosting',
  )
  const options = {
    presets: [(presets as { Google: object }).Google, article],
    schemas: ['jsonld:LiveBlogPosting', ...(updates.length ? ['jsonld:BlogPosting'] : [])],
    tests: [
      ...authorTests('LiveBlogPosting'),
      ...(updates.length ? authorTests('BlogPosting') : []),
    ],
  }
  try {
    return await (
      sdtt as { structuredDataTest: (h: string, o: object) => Promise<StructuredDataResult> }
    ).structuredDataTest(html, options)
  } catch (err) {
    const res = (err as { type?: string; res?: StructuredDataResult }).res
    if ((err as { type?: string }).type === 'VALIDATION_FAILED' && res) return res
    throw err
  }
}
