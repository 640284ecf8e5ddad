import type { Payload } from 'payload'

import { stopWithPayload } from './payloadInternals.js'

export interface PerPayload<T> {
  /** What this instance holds, if it was started with the plugin. */
  of: (payload: Payload) => T | undefined
  /** Holds `value` for this instance; `stop`, if given, runs when the instance is destroyed. */
  keep: (payload: Payload, value: T, stop?: () => Promise<void> | void) => void
}

/**
 * A service's state in each Payload instance (several may live in one process, as in the tests): found
 * by the instance, forgotten with it, stopped by `payload.destroy()`.
 */
export function perPayload<T>(): PerPayload<T> {
  const held = new WeakMap<Payload, T>()
  return {
    of: (payload) => held.get(payload),
    keep: (payload, value, stop) => {
      held.set(payload, value)
      if (stop) stopWithPayload(payload, stop)
    },
  }
}
