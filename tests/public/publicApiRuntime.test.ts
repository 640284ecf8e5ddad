import { commitTransaction, createLocalReq, initTransaction, type PayloadRequest } from 'payload'

import { resolveOptions } from '../../src/options.js'
import { adapterInternals } from '../../src/payloadInternals.js'
import { renderResponse } from '../../src/public/http/httpCaching.js'
import { publicApiRuntime } from '../../src/public/http/publicApiRuntime.js'
import { ResponseCache } from '../../src/public/http/responseCache.js'
import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom.js'

describe.each(TEST_DATABASES)(
  'public API runtime on %s: invalidation around transactions',
  (database) => {
    const entry = renderResponse({ claims: ['old'] }, 'application/json')
    let n: TestNewsroom
    beforeAll(async () => {
      n = await startNewsroom(database, {
        host: 'express',
        logLevel: 'silent',
        transactional: true,
      })
    })
    afterAll(async () => {
      await n?.stop()
    })
    const runtime = () => publicApiRuntime(n.payload)!
    const cache = () => runtime().cache!

    it('invalidates again after the commit, so a read during the transaction cannot keep old data', async () => {
      cache().set('story', entry, ['story:1'], cache().begin())
      const req = await createLocalReq({}, n.payload)
      expect(await initTransaction(req)).toBe(true)
      await runtime().invalidate(req, ['story:1'])
      expect(cache().get('story')).toBeUndefined()
      // A read that starts after the hooks but before the commit still sees the old rows, and stores them.
      cache().set('story', entry, ['story:1'], cache().begin())
      expect(cache().get('story')).toBeDefined()
      await commitTransaction(req)
      expect(cache().get('story')).toBeUndefined()
    })

    it('takes a transaction id that no open transaction has for no transaction', async () => {
      // Payload's dataloader can leave `{}` where an adapter without transactions put a promise of null;
      // an id of a transaction that ended is none either. Each invalidates at once and queues nothing
      // for a commit: the entry stored afterwards survives the next commit.
      for (const transactionID of [{}, Promise.resolve(null), 'ended-long-ago']) {
        const req = { payload: n.payload, transactionID } as unknown as PayloadRequest
        cache().set('story', entry, ['story:2'], cache().begin())
        await runtime().invalidate(req, ['story:2'])
        expect(cache().get('story')).toBeUndefined()
      }
      cache().set('story', entry, ['story:2'], cache().begin())
      // A commit under the id a broken check would have queued the tags under.
      await adapterInternals(n.payload)
        .commitTransaction('ended-long-ago')
        .catch(() => undefined)
      expect(cache().get('story')).toBeDefined()
    })
  },
)

describe('public API response cache', () => {
  const entry = renderResponse({ claims: ['old'] }, 'application/json')

  it('does not store a render that began before an invalidation', async () => {
    const cache = new ResponseCache(resolveOptions({}).publicApi.cacheEntries)
    const began = cache.begin()
    cache.invalidate(['list'])
    cache.set('list', entry, ['list'], began)
    expect(cache.get('list')).toBeUndefined()
  })
})
