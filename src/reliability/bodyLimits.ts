import {
  APIError,
  type Collection,
  type Endpoint,
  type Payload,
  type PayloadHandler,
} from 'payload'

import type { ResolvedRequestLimits } from '../options.js'

/** A body over `requests.maxBodyBytes` (or a route's own limit): 413, naming the limit and its option. */
export class BodyTooLarge extends APIError {
  constructor(
    readonly limit: number,
    option = 'requests.maxBodyBytes',
  ) {
    super(
      `The request body is larger than ${limit} bytes, the most this server accepts (${option}).`,
      413,
      { maxBodyBytes: limit, option },
      true,
    )
    this.name = 'BodyTooLarge'
  }
}

/** JSON nested deeper than `requests.maxJsonDepth`: 400, naming the limit. */
export class BodyTooDeep extends APIError {
  constructor(readonly limit: number) {
    super(
      `The JSON body is nested more than ${limit} levels deep, the most this server accepts (requests.maxJsonDepth).`,
      400,
      { maxJsonDepth: limit },
      true,
    )
    this.name = 'BodyTooDeep'
  }
}

/**
 * Whether JSON text nests arrays and objects more than `max` levels deep. A scan of the text, not of a
 * parsed value: it needs no recursion (20,000 levels once overflowed the stack in Payload's deep copy)
 * and stops at the first level too many.
 */
export function jsonTooDeep(text: string, max: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i++ // a backslash: the next character is escaped
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return false
}

const isJsonType = (type: string | null) =>
  /^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type ?? '')

/** The bytes of a body stream, refused as soon as they pass `limit`. */
export async function readLimited(
  stream: ReadableStream<Uint8Array> | null,
  limit: number,
  option?: string,
): Promise<Buffer> {
  if (!stream) return Buffer.alloc(0)
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      throw new BodyTooLarge(limit, option)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/** What Payload's request is, as far as reading its body goes (a Web Request with Payload's fields). */
interface BodyRequest {
  method?: string
  headers: Headers
  body: ReadableStream<Uint8Array> | null
  text?: () => Promise<string>
  json?: () => Promise<unknown>
  arrayBuffer?: () => Promise<ArrayBuffer>
  routeParams?: Record<string, unknown>
  payload: Payload
}

const limited = new WeakSet<object>()

/**
 * Reads the body of a POST, PATCH or PUT once, within the limits, and hands every later reader
 * (Payload's `addDataAndFileToRequest`, the plugin's endpoints, busboy for multipart) the same bytes.
 * A declared Content-Length over the limit is refused before a byte is read.
 */
export async function limitBody(
  req: BodyRequest,
  limits: ResolvedRequestLimits,
  option?: string,
): Promise<void> {
  if (limited.has(req)) return
  limited.add(req)
  const method = req.method?.toUpperCase()
  if (method !== 'POST' && method !== 'PATCH' && method !== 'PUT') return
  const declared = Number(req.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limits.maxBodyBytes)
    throw new BodyTooLarge(limits.maxBodyBytes, option)
  const hadBody = req.body !== null
  const bytes = await readLimited(req.body, limits.maxBodyBytes, option)
  const json = isJsonType(req.headers.get('content-type'))
  const text = bytes.toString('utf8')
  if (json && jsonTooDeep(text, limits.maxJsonDepth)) throw new BodyTooDeep(limits.maxJsonDepth)
  // Own properties shadow Request's prototype getters and methods, whose stream is now read.
  Object.defineProperties(req, {
    body: {
      configurable: true,
      get: () =>
        hadBody
          ? new ReadableStream<Uint8Array>({
              start(controller) {
                if (bytes.length) controller.enqueue(new Uint8Array(bytes))
                controller.close()
              },
            })
          : null,
    },
    text: { configurable: true, writable: true, value: async () => text },
    json: {
      configurable: true,
      writable: true,
      value: async () => {
        if (jsonTooDeep(text, limits.maxJsonDepth)) throw new BodyTooDeep(limits.maxJsonDepth)
        return JSON.parse(text)
      },
    },
    arrayBuffer: {
      configurable: true,
      writable: true,
      value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    },
  })
}

/** The limits of each Payload instance with the plugin on (endpoint objects are shared between them). */
const limitsOf = new WeakMap<Payload, ResolvedRequestLimits>()
/** The largest body any route of the instance takes (a route may have its own limit, see below). */
const largestOf = new WeakMap<Payload, OwnBodyLimit>()

/**
 * A route whose bodies have their own size limit (a story bundle import) says so in its `custom`:
 * `{ [OWN_BODY_LIMIT]: { maxBodyBytes, option } }`, the option named in its 413.
 */
export const OWN_BODY_LIMIT = 'newsroomBodyLimit'
export interface OwnBodyLimit {
  maxBodyBytes: number
  option: string
}
const ownLimit = (endpoint: Endpoint): OwnBodyLimit | undefined =>
  (endpoint.custom as Record<string, OwnBodyLimit> | undefined)?.[OWN_BODY_LIMIT]
const ORIGINAL = Symbol('newsroom.bodyLimits.original')
type Wrapped = PayloadHandler & { [ORIGINAL]?: PayloadHandler }

/**
 * The handler an endpoint had before the limits wrapped it. The plugin's endpoints that precede one
 * of Payload's (login, PATCH of a claim) find it by comparing handlers: they compare these.
 */
export function unwrapHandler(handler: PayloadHandler): PayloadHandler {
  return (handler as Wrapped)[ORIGINAL] ?? handler
}

function wrap(handler: PayloadHandler, own?: OwnBodyLimit): PayloadHandler {
  if ((handler as Wrapped)[ORIGINAL]) return handler
  const wrapped: PayloadHandler = async (req) => {
    const installed = limitsOf.get(req.payload)
    const limits = installed && own ? { ...installed, maxBodyBytes: own.maxBodyBytes } : installed
    if (limits) {
      const collection = req.routeParams?.collection
      // Uploads stream files of their own size: Payload's `upload.limits` govern them.
      const upload =
        typeof collection === 'string' &&
        Boolean(
          (req.payload.collections as Record<string, Collection | undefined>)[collection]?.config
            .upload,
        ) &&
        /multipart\//i.test(req.headers.get('content-type') ?? '')
      if (!upload) await limitBody(req as unknown as BodyRequest, limits, own?.option)
    }
    return handler(req)
  }
  ;(wrapped as Wrapped)[ORIGINAL] = handler
  return wrapped
}

function wrapAll(endpoints: Endpoint[] | false | undefined, largest: OwnBodyLimit): void {
  if (!Array.isArray(endpoints)) return
  // In place: an endpoint may look for another of its collection by identity (claimEditTurns does).
  for (const endpoint of endpoints) {
    const own = ownLimit(endpoint)
    if (own && own.maxBodyBytes > largest.maxBodyBytes) Object.assign(largest, own)
    endpoint.handler = wrap(endpoint.handler, own)
  }
}

/**
 * Every REST route of the instance — Payload's own for each collection and global, auth, the
 * plugin's — reads its body within `requests.maxBodyBytes` and `requests.maxJsonDepth`, whatever the
 * host (Next's route handlers or the Express host: both go through these handlers). Payload adds its
 * default endpoints while sanitising the config, after the plugin has run: hence here, at init.
 */
export function limitRequestBodies(payload: Payload, limits: ResolvedRequestLimits): void {
  limitsOf.set(payload, limits)
  const largest = { maxBodyBytes: limits.maxBodyBytes, option: 'requests.maxBodyBytes' }
  wrapAll(payload.config.endpoints, largest)
  for (const collection of Object.values(payload.collections))
    wrapAll(collection.config.endpoints, largest)
  for (const global of payload.config.globals ?? []) wrapAll(global.endpoints, largest)
  largestOf.set(payload, largest)
}

/**
 * The most any route of the instance takes: what a host that sees a declared size before it knows the
 * route refuses above (the route then applies its own limit).
 */
export function largestBodyLimit(payload: Payload): OwnBodyLimit | undefined {
  return largestOf.get(payload)
}

/** The limits of the instance serving `config`, for a host that reads bodies before Payload does. */
export function requestLimitsOf(payload: Payload): ResolvedRequestLimits | undefined {
  return limitsOf.get(payload)
}
