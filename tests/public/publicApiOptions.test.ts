import { publicApiFrom } from '../../demo/appConfig.js'
import { resolveOptions } from '../../src/options.js'

describe('public API options', () => {
  it('reads REDIS_URL and NEWSROOM_PUBLIC_CACHE=off from the environment; explicit options win', () => {
    expect(resolveOptions(publicApiFrom({})).publicApi).toMatchObject({
      cache: true,
      redisUrl: null,
      prefix: '/public',
    })
    expect(
      resolveOptions(publicApiFrom({ NEWSROOM_PUBLIC_CACHE: 'off', REDIS_URL: 'redis://r:6379' }))
        .publicApi,
    ).toMatchObject({ cache: false, redisUrl: 'redis://r:6379' })
    expect(
      resolveOptions(
        publicApiFrom({ NEWSROOM_PUBLIC_CACHE: 'off' }, { publicApi: { cache: true } }),
      ).publicApi.cache,
    ).toBe(true)
  })

  it('normalises the prefix', () => {
    expect(resolveOptions({ publicApi: { prefix: 'reader/' } }).publicApi.prefix).toBe('/reader')
    expect(resolveOptions({ publicApi: { prefix: '//v1' } }).publicApi.prefix).toBe('/v1')
  })
})
