/**
 * Failed-login throttling with a short, growing back-off instead of a lock. Failures are counted per
 * client address and per account *from that address*: a stranger who guesses wrong slows only their own
 * address down, never the account's owner elsewhere (Payload's own lock-out, which anyone could trigger
 * against a named account, is switched off). In memory, per server process.
 */
export interface LoginThrottleSettings {
  /** Failures from one address at one account before the back-off starts (default 5). */
  freeAttemptsPerAccount: number
  /** Failures from one address, at any accounts, before the back-off starts (default 20). */
  freeAttemptsPerAddress: number
  /** The first delay, doubled with each further failure (default 1 second). */
  baseDelaySeconds: number
  /** The longest delay (default 60 seconds). */
  maxDelaySeconds: number
  /** Failures older than this are forgotten (default 900 seconds). */
  windowSeconds: number
  /** Entries kept at most; the oldest are dropped first (default 10,000). */
  maxEntries: number
}

interface Entry {
  failures: number
  lastFailure: number
}

export class LoginThrottle {
  private readonly entries = new Map<string, Entry>()

  constructor(
    private readonly settings: LoginThrottleSettings,
    private readonly now: () => number = Date.now,
  ) {}

  private keys(account: string, address: string): Array<[string, number]> {
    return [
      [`address:${address}`, this.settings.freeAttemptsPerAddress],
      [`account:${account.trim().toLowerCase()}|${address}`, this.settings.freeAttemptsPerAccount],
    ]
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key)
    if (entry && this.now() - entry.lastFailure > this.settings.windowSeconds * 1000) {
      this.entries.delete(key)
      return undefined
    }
    return entry
  }

  /** Seconds to wait before this attempt may be tried, or 0. */
  retryAfter(account: string, address: string): number {
    let wait = 0
    for (const [key, free] of this.keys(account, address)) {
      const entry = this.live(key)
      if (!entry || entry.failures < free) continue
      const delay = Math.min(
        this.settings.baseDelaySeconds * 2 ** (entry.failures - free),
        this.settings.maxDelaySeconds,
      )
      const left = entry.lastFailure + delay * 1000 - this.now()
      wait = Math.max(wait, Math.ceil(left / 1000))
    }
    return wait
  }

  /** Counts a failure; returns the failures now counted for the account from this address. */
  fail(account: string, address: string): number {
    let count = 0
    for (const [key] of this.keys(account, address)) {
      const entry = this.live(key) ?? { failures: 0, lastFailure: 0 }
      entry.failures += 1
      entry.lastFailure = this.now()
      // Re-inserted so that the map's order is the order of last use.
      this.entries.delete(key)
      this.entries.set(key, entry)
      count = entry.failures
    }
    while (this.entries.size > this.settings.maxEntries) {
      this.entries.delete(this.entries.keys().next().value as string)
    }
    return count
  }

  /** A successful login clears the account's count from that address. */
  succeed(account: string, address: string): void {
    this.entries.delete(this.keys(account, address)[1][0])
  }
}
