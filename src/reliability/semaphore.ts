import { DatabaseBusy } from './databaseErrors.js'

/** At most `size` holders at once; the others wait in order, each no longer than `timeoutMs`. */
export class Semaphore {
  private free: number
  private readonly waiting: (() => void)[] = []

  constructor(readonly size: number) {
    this.free = size
  }

  acquire(timeoutMs: number): Promise<() => void> {
    if (this.free > 0) {
      this.free--
      return Promise.resolve(this.releaser())
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        clearTimeout(timer)
        resolve(this.releaser())
      }
      const timer = setTimeout(() => {
        const at = this.waiting.indexOf(grant)
        if (at >= 0) this.waiting.splice(at, 1)
        reject(new DatabaseBusy(`No database transaction slot came free in ${timeoutMs} ms.`))
      }, timeoutMs)
      this.waiting.push(grant)
    })
  }

  private releaser(): () => void {
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.waiting.shift()
      if (next) next()
      else this.free++
    }
  }
}
