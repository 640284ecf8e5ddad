import {
  checkTargetUrl,
  guardedLookup,
  parseAllowedTargets,
  refusalOf,
} from '../../src/live/webhooks/targetGuard.js'

describe('webhook targets', () => {
  const none = parseAllowedTargets([])

  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['192.168.0.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['0.0.0.0', 'unspecified'],
    ['::1', 'loopback'],
    ['fe80::1', 'linkLocal'],
    ['fd00::1', 'uniqueLocal'],
    ['::ffff:127.0.0.1', 'loopback'],
  ])('refuses %s (%s) unless allowed', (address, range) => {
    expect(refusalOf(address, none)).toContain(range)
  })

  it('lets public addresses through, and exactly what the app allows', () => {
    expect(refusalOf('93.184.216.34', none)).toBeNull()
    expect(refusalOf('2606:4700::1111', none)).toBeNull()
    const allowed = parseAllowedTargets(['127.0.0.1', '10.8.0.0/16'])
    expect(refusalOf('127.0.0.1', allowed)).toBeNull()
    expect(refusalOf('10.8.3.4', allowed)).toBeNull()
    expect(refusalOf('127.0.0.2', allowed)).not.toBeNull()
    expect(refusalOf('10.9.0.1', allowed)).not.toBeNull()
    expect(() => parseAllowedTargets(['not-an-address'])).toThrow(/allowPrivateTargets/)
  })

  it('checks URLs: scheme, credentials, literal addresses, localhost', () => {
    expect(checkTargetUrl('https://partner.example/hook', none)).toBeNull()
    expect(checkTargetUrl('http://localhost:3000/x', none)).toContain('loopback')
    expect(checkTargetUrl('http://[::1]/x', none)).toContain('loopback')
    expect(checkTargetUrl('https://user:pw@partner.example/', none)).toContain('password')
    expect(checkTargetUrl('file:///etc/passwd', none)).toContain('http')
  })

  it('refuses at connection time a host name that resolves to a refused address', async () => {
    const lookup = guardedLookup(none)
    const err = await new Promise<Error | null>((resolve) =>
      lookup('localhost', {}, (e) => resolve(e as Error | null)),
    )
    expect(err?.message).toMatch(/loopback/)
    const allowed = guardedLookup(parseAllowedTargets(['127.0.0.1', '::1']))
    const ok = await new Promise<Error | null>((resolve) =>
      allowed('localhost', {}, (e) => resolve(e as Error | null)),
    )
    expect(ok).toBeNull()
  })
})
