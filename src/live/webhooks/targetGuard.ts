import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { isIP, type LookupFunction } from 'node:net'

import ipaddr from 'ipaddr.js'

/*
 * Webhook targets are typed in by people, and the server then connects to them: a URL naming the
 * server's own network (loopback, private ranges, link-local cloud metadata at 169.254.169.254) would
 * turn a subscription into a probe of it. ipaddr.js knows the special-purpose ranges of both IP
 * versions (IANA's registries), including IPv4 mapped into IPv6, which hand-written prefix checks miss.
 * The check is made on the address actually connected to: a host name is resolved by the guarded lookup
 * the request itself uses, so a name that resolves differently later ("DNS rebinding") gains nothing.
 */

/** Ranges ipaddr.js names that are fine to connect to: everything else special is refused. */
const PUBLIC_RANGES = new Set(['unicast'])

export class RefusedTarget extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RefusedTarget'
  }
}

export type AllowedRanges = readonly [ipaddr.IPv4 | ipaddr.IPv6, number][]

/** `127.0.0.1`, `10.0.0.0/8`, `::1`: what an app allows despite being private (checked at start). */
export function parseAllowedTargets(list: readonly string[]): AllowedRanges {
  return list.map((entry) => {
    try {
      if (entry.includes('/')) return ipaddr.parseCIDR(entry)
      const address = ipaddr.parse(entry)
      return [address, address.kind() === 'ipv4' ? 32 : 128] as [ipaddr.IPv4 | ipaddr.IPv6, number]
    } catch {
      throw new Error(
        `payload-plugin-newsroom: live.webhooks.allowPrivateTargets: "${entry}" is not an address or CIDR range`,
      )
    }
  })
}

/** Why an address may not be connected to, or null if it may. */
export function refusalOf(address: string, allowed: AllowedRanges): string | null {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6
  try {
    parsed = ipaddr.process(address) // IPv4-mapped IPv6 becomes the IPv4 address it is
  } catch {
    return `"${address}" is not an IP address`
  }
  const range = parsed.range()
  if (PUBLIC_RANGES.has(range)) return null
  if (allowed.some(([net, bits]) => net.kind() === parsed.kind() && parsed.match(net, bits)))
    return null
  return `${address} is a ${range} address; webhooks go to public addresses only (see live.webhooks.allowPrivateTargets)`
}

/** A URL a subscription may name: http(s), with no credentials; a literal IP is checked at once. */
export function checkTargetUrl(value: unknown, allowed: AllowedRanges): string | null {
  if (typeof value !== 'string' || !URL.canParse(value)) return 'must be an absolute http(s) URL'
  const url = new URL(value)
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an http(s) URL'
  if (url.username || url.password) return 'must not carry a user name or password'
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (isIP(host)) return refusalOf(host, allowed)
  if (host === 'localhost' || host.endsWith('.localhost')) return refusalOf('127.0.0.1', allowed)
  return null
}

/** A `lookup` for http.request that resolves as usual and refuses any address not allowed. */
export function guardedLookup(allowed: AllowedRanges): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 4)
      const refused = addresses.map((a) => refusalOf(a.address, allowed)).find(Boolean)
      if (refused) return callback(new RefusedTarget(`${hostname}: ${refused}`), '', 4)
      if (options.all)
        return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses)
      callback(null, addresses[0].address, addresses[0].family)
    })
  }
}
