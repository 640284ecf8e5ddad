import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * Lets the generator write a story that happened over days in a few minutes. Payload and the workflow
 * hooks stamp createdAt, updatedAt, approvedAt, review history and version rows with `new Date()`;
 * inside `atMoment(t, fn)` that is `t`, so every timestamp of a write is the planned moment, and the
 * public API's `asOf` sees a realistic timeline. Outside it, and for `new Date(x)`, time is real.
 * Only the generator process installs it; it does not touch timers.
 */
const moment = new AsyncLocalStorage<number>()
const RealDate = Date

class VirtualDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(moment.getStore() ?? RealDate.now())
    else super(...(args as [string | number | Date]))
  }

  static now(): number {
    return moment.getStore() ?? RealDate.now()
  }
}

let installed = false

export function installVirtualClock(): void {
  if (installed) return
  globalThis.Date = VirtualDate as DateConstructor
  installed = true
}

export function atMoment<T>(at: number, fn: () => Promise<T>): Promise<T> {
  return moment.run(at, fn)
}
