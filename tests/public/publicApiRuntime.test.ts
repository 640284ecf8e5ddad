import type { Payload, PayloadRequest } from 'payload'

import { resolveOptions } from '../../src/options.js'
import { renderResponse } from '../../src/public/http/httpCaching.js'
import { publicApiRuntime, startPublicApiRuntime } from '../../src/public/http/publicApiRuntime.js'

/** Just the adapter surface the runtime touches (it wraps `db`'s commit in place): transactions kept in `sessions`, as drizzle and mongoose do. */
function fakePayload() {
  const sessions: Record<string, unknown> = {}
  const db = {
    sessions,
    commitTransaction: async (id: string) => {
      delete sessions[id]
    },
    rollbackTransaction: async (id: string) => {
      delete sessions[id]
    },
  }
  return { payload: { db, crons: [] } as unknown as Payload, db }
}

describe('public API runtime: invalidation around transactions', () => {
  const entry = renderResponse({ claims: ['old'] }, 'application/json')

  it('invalidates again after the commit, so a read during the transaction cannot keep old data', async () => {
    const { payload, db } = fakePayload()
    await startPublicApiRuntime(payload, resolveOptions({}).publicApi)
    const runtime = publicApiRuntime(payload)!
    const cache = runtime.cache!
    cache.set('story', entry, ['story:1'], cache.begin())

    db.sessions.tx1 = {}
    await runtime.invalidate({ transactionID: 'tx1' } as unknown as PayloadRequest, ['story:1'])
    expect(cache.get('story')).toBeUndefined()
    // A read that starts after the hooks but before the commit still sees the old rows, and stores them.
    cache.set('story', entry, ['story:1'], cache.begin())
    expect(cache.get('story')).toBeDefined()
    await db.commitTransaction('tx1')
    expect(cache.get('story')).toBeUndefined()
  })

  it('takes a transaction id that no open transaction has for no transaction', async () => {
    const { payload, db } = fakePayload()
    await startPublicApiRuntime(payload, resolveOptions({}).publicApi)
    const runtime = publicApiRuntime(payload)!
    const cache = runtime.cache!
    // Payload's dataloader can leave `{}` where an adapter without transactions put a promise of null.
    await runtime.invalidate({ transactionID: {} } as unknown as PayloadRequest, ['story:1'])
    cache.set('story', entry, ['story:1'], cache.begin())
    await db.commitTransaction('anything')
    expect(cache.get('story')).toBeDefined()
  })

  it('does not store a render that began before an invalidation', async () => {
    const { payload } = fakePayload()
    await startPublicApiRuntime(payload, resolveOptions({}).publicApi)
    const cache = publicApiRuntime(payload)!.cache!
    const began = cache.begin()
    cache.invalidate(['list'])
    cache.set('list', entry, ['list'], began)
    expect(cache.get('list')).toBeUndefined()
  })
})
