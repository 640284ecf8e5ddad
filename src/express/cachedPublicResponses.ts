import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { answerFor } from '../public/http/httpCaching.js'
import { publicApiRuntime } from '../public/http/publicApiRuntime.js'
import { requestUrl } from './payloadBridge.js'

/**
 * Answers a public API request from the response cache before it reaches Payload, when the same URL
 * was rendered and is still cached: no Web Request, no Payload request (auth, i18n, query parsing),
 * the cached bytes written as they are. Anything else goes on to Payload, which fills the cache.
 * The public API answers everyone alike, so who asks does not matter.
 */
export function cachedPublicResponses(payload: Payload): RequestHandler {
  return (req, res, next) => {
    const runtime = publicApiRuntime(payload)
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !runtime?.cache) return next()
    let url: string
    try {
      url = requestUrl(req)
    } catch {
      return next()
    }
    const hit = runtime.cache.getByUrl(url)
    if (!hit) return next()
    const answer = answerFor(
      hit,
      {
        method: req.method,
        ifNoneMatch: req.get('if-none-match'),
        acceptEncoding: req.get('accept-encoding'),
        origin: req.get('origin'),
      },
      runtime.policy,
    )
    res.writeHead(answer.status, answer.headers).end(answer.body)
  }
}
