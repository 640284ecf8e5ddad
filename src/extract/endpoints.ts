import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type Endpoint,
  type PayloadRequest,
} from 'payload'

import { hasRole } from '../access/roles.js'
import { NewsroomRefusal } from '../errors.js'
import type { ResolvedNewsroomOptions } from '../options.js'
import type { Suggestion } from './extractClaims.js'
import { ExtractionBusy, ExtractionPool } from './extractionPool.js'
import { matchSource, type SourceRecord } from './sourceMatch.js'
import { suggestionToClaim } from './suggestionToClaim.js'

const MAX_TEXT = 100_000

/** What this endpoint reads of an update (the plugin does not know the app's generated types). */
interface PlainUpdate {
  id: number | string
  body?: unknown
  story: number | string | { id: number | string }
}

function requireEditor(req: PayloadRequest): void {
  if (!hasRole(req.user, 'editor')) {
    throw new NewsroomRefusal('Claim suggestions are for editors: sign in as an editor.', 403)
  }
}

async function readBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    const body = req.json ? await req.json() : {}
    if (body && typeof body === 'object' && !Array.isArray(body)) return body
  } catch {
    // fall through to the refusal
  }
  throw new NewsroomRefusal('The request body must be a JSON object.', 400)
}

/** Both endpoints are editors' POSTs of a JSON object: refused before the body is read otherwise. */
function editorPost(
  path: string,
  handle: (req: PayloadRequest, body: Record<string, unknown>) => Promise<Response>,
): Endpoint {
  return {
    path,
    method: 'post',
    handler: async (req) => {
      requireEditor(req)
      return handle(req, await readBody(req))
    },
  }
}

async function loadSources(req: PayloadRequest, slug: ResolvedNewsroomOptions['slugs']['sources']) {
  const { docs } = await req.payload.find({
    collection: slug,
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs as SourceRecord[]
}

/** One pool per plugin instance, shared by both endpoints (the options object is resolved once). */
const pools = new WeakMap<ResolvedNewsroomOptions['extraction'], ExtractionPool>()

function poolFor({ extraction }: ResolvedNewsroomOptions): ExtractionPool {
  let pool = pools.get(extraction)
  if (!pool) {
    const { threads, queue, timeoutSeconds } = extraction
    pool = new ExtractionPool({ threads, queue, timeoutMs: timeoutSeconds * 1000 })
    pools.set(extraction, pool)
  }
  return pool
}

/** The suggestions, read off the request thread; a full queue is a 503 with Retry-After. */
async function suggest(
  options: ResolvedNewsroomOptions,
  text: string,
  sources: SourceRecord[],
): Promise<Suggestion[] | Response> {
  try {
    return await poolFor(options).extract(text, { sources: sources.map(sourceRecord) })
  } catch (err) {
    if (!(err instanceof ExtractionBusy)) throw err
    return Response.json(
      { errors: [{ message: err.message }] },
      { status: 503, headers: { 'Retry-After': String(err.retryAfter) } },
    )
  }
}

/** Only what matching reads, so the copy sent to the thread stays small. */
function sourceRecord({ id, name, aliases, publicDescription }: SourceRecord): SourceRecord {
  return { id, name, aliases, publicDescription }
}

/**
 * POST /api/newsroom/extract {text} → {suggestions}; POST /api/<updates>/:id/suggest-claims
 * {create?: true | number[]} → the suggestions for the update's body and, if asked, the draft claims
 * made from all of them (true) or from those at the given indexes, in one transaction.
 */
export function extractEndpoint(options: ResolvedNewsroomOptions): Endpoint {
  const { slugs } = options
  return editorPost('/newsroom/extract', async (req, { text }) => {
    if (typeof text !== 'string' || !text.trim()) {
      throw new NewsroomRefusal('"text" must be a non-empty string.', 400)
    }
    if (text.length > MAX_TEXT) {
      throw new NewsroomRefusal(`"text" is longer than ${MAX_TEXT} characters.`, 400)
    }
    const sources = await loadSources(req, slugs.sources)
    const suggestions = await suggest(options, text, sources)
    return suggestions instanceof Response ? suggestions : Response.json({ suggestions })
  })
}

export function suggestClaimsEndpoint(options: ResolvedNewsroomOptions): Endpoint {
  const { slugs } = options
  return editorPost('/:id/suggest-claims', async (req, { create = false }) => {
    if (
      typeof create !== 'boolean' &&
      !(Array.isArray(create) && create.every((i) => Number.isInteger(i) && i >= 0))
    ) {
      throw new NewsroomRefusal(
        '"create" must be true, false or a list of suggestion indexes.',
        400,
      )
    }
    const id = req.routeParams?.id as string
    const update = (await req.payload.findByID({
      collection: slugs.updates,
      id,
      depth: 0,
      draft: true,
      overrideAccess: false,
      user: req.user,
      req,
    })) as PlainUpdate
    const text = update.body ? convertLexicalToPlaintext({ data: update.body as never }) : ''
    const sources = await loadSources(req, slugs.sources)
    const suggestions = await suggest(options, text, sources)
    if (suggestions instanceof Response) return suggestions
    const chosen =
      create === true ? suggestions.map((_, i) => i) : Array.isArray(create) ? create : []
    const unknown = chosen.find((i) => i >= suggestions.length)
    if (unknown !== undefined) {
      throw new NewsroomRefusal(
        `"create" names suggestion ${unknown}, but there are ${suggestions.length}.`,
        400,
      )
    }
    const story = typeof update.story === 'object' ? update.story.id : update.story
    const shouldCommit = await initTransaction(req)
    try {
      const claims = []
      for (const i of chosen) {
        const s = suggestions[i]
        const data = suggestionToClaim(s, {
          story,
          update: update.id,
          viaSourceId: matchSource(s.via, sources),
        })
        claims.push(
          await req.payload.create({
            collection: slugs.claims,
            data: data as never,
            req,
            user: req.user,
            overrideAccess: false,
            depth: 0,
          }),
        )
      }
      if (shouldCommit) await commitTransaction(req)
      return Response.json({ suggestions, claims }, { status: claims.length ? 201 : 200 })
    } catch (err) {
      await killTransaction(req)
      throw err
    }
  })
}
