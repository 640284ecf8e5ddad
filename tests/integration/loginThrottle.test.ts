import { jest } from '@jest/globals'

import { LoginThrottle } from '../../src/auth/loginThrottle.js'
import { resolveOptions } from '../../src/options.js'
import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom.js'

/** Wrong passwords slow down whoever sends them; they never lock the account's owner out. */
describe.each(TEST_DATABASES)('login throttling on %s', (database) => {
  let n: TestNewsroom
  const email = 'reviewer@test.newsroom'
  const login = (from: string, password: string) =>
    n.as('anonymous').post('/api/users/login', { email, password }, { 'X-Forwarded-For': from })

  beforeAll(async () => {
    // One proxy in front (as the test's own X-Forwarded-For plays the client's address); the Express
    // host adds the connection's address as a proxy would.
    n = await startNewsroom(database, {
      host: 'express',
      newsroom: { loginThrottle: { trustedProxies: 1 } },
    })
  })
  afterAll(async () => {
    expect(n.serverErrors).toEqual([])
    await n.stop()
  })

  it("lets the owner in after a stranger's wrong passwords, and slows the stranger down", async () => {
    const warn = jest.spyOn(n.payload.logger, 'warn')
    const statuses: number[] = []
    let retryAfter: string | undefined
    for (let i = 0; i < 8; i++) {
      const res = await login('203.0.113.9', `wrong-${i}`)
      statuses.push(res.status)
      if (res.status === 429) retryAfter = res.headers['retry-after']
    }
    // Five free attempts (the default), then a back-off: 429 with Retry-After, not a lock.
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    expect(statuses.slice(5)).toContain(429)
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1)
    expect(Number(retryAfter)).toBeLessThanOrEqual(60)
    // The owner, from elsewhere, is not locked out.
    const owner = await login('198.51.100.4', 'test-password-1')
    expect(owner.status).toBe(200)
    expect(owner.body.token).toEqual(expect.any(String))
    // Failed logins are logged, with the account and the address.
    const failed = warn.mock.calls
      .map(([entry]) => entry as { msg?: string; account?: string; address?: string })
      .filter((e) => e?.msg === 'Failed login')
    expect(failed).toHaveLength(5)
    expect(failed[0]).toMatchObject({ account: email, address: '203.0.113.9' })
    warn.mockRestore()
  })

  it('lets the admin panel log in: its form posts multipart data, parsed once', async () => {
    // As Payload's admin Form sends it: the fields as JSON in a `_payload` part.
    const boundary = 'newsroom-test-boundary'
    const body =
      `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n` +
      `${JSON.stringify({ email, password: 'test-password-1' })}\r\n--${boundary}--\r\n`
    const headers = { 'Content-Type': `multipart/form-data; boundary=${boundary}` }
    // The suite's host (Express); Next's handlers pass the same request to the same endpoint.
    const res = await n.as('anonymous').post('/api/users/login', body, headers)
    expect({ status: res.status, token: typeof res.body.token }).toEqual({
      status: 200,
      token: 'string',
    })
  })

  it('never locks the account, however many failures', async () => {
    const me = await n.payload.findByID({
      collection: 'users',
      id: n.users.reviewer.id,
      overrideAccess: true,
      showHiddenFields: true,
    })
    expect(me.lockUntil ?? null).toBeNull()
  })
})

describe('the back-off', () => {
  const settings = resolveOptions().loginThrottle
  if (!settings) throw new Error('throttling is on by default')

  it('grows from the base delay, doubling, up to the longest, and forgets after the window', () => {
    let now = 0
    const t = new LoginThrottle({ ...settings, maxDelaySeconds: 8 }, () => now)
    const waits: number[] = []
    for (let i = 0; i < 9; i++) {
      t.fail('a@x', '1.2.3.4')
      waits.push(t.retryAfter('a@x', '1.2.3.4'))
    }
    expect(waits).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 8])
    // Another address, and the same address at another account, are not slowed down.
    expect(t.retryAfter('a@x', '5.6.7.8')).toBe(0)
    expect(t.retryAfter('b@x', '1.2.3.4')).toBe(0)
    now += settings.windowSeconds * 1000 + 1
    expect(t.retryAfter('a@x', '1.2.3.4')).toBe(0)
  })

  it('slows an address that tries many accounts', () => {
    const t = new LoginThrottle(settings, () => 0)
    for (let i = 0; i < settings.freeAttemptsPerAddress; i++) t.fail(`user${i}@x`, '9.9.9.9')
    expect(t.retryAfter('fresh@x', '9.9.9.9')).toBe(1)
    expect(t.retryAfter('fresh@x', '9.9.9.8')).toBe(0)
  })

  it('clears the count of an account from an address on success', () => {
    const t = new LoginThrottle(settings, () => 0)
    for (let i = 0; i < 6; i++) t.fail('a@x', '1.1.1.1')
    expect(t.retryAfter('a@x', '1.1.1.1')).toBeGreaterThan(0)
    t.succeed('a@x', '1.1.1.1')
    expect(t.retryAfter('a@x', '1.1.1.1')).toBe(0)
  })
})
