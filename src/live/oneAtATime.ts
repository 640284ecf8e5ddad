/**
 * A task that runs one at a time: asked while it runs, it runs once more when it ends, however often it
 * was asked meanwhile, until it is stopped. A failure ends the run and goes to `failed`; the next request
 * runs it again.
 */
export class OneAtATime {
  private running: Promise<void> | null = null
  private again = false
  private stopped = false

  constructor(
    private readonly task: () => Promise<void>,
    private readonly failed: (err: unknown) => void,
  ) {}

  request(): void {
    if (this.stopped) return
    if (this.running) {
      this.again = true
      return
    }
    this.running = (async () => {
      do {
        this.again = false
        await this.task()
      } while (this.again && !this.stopped)
    })()
      .catch(this.failed)
      .finally(() => {
        this.running = null
      })
  }

  /** No more runs; resolves when the one under way, if any, has ended. */
  async stop(): Promise<void> {
    this.stopped = true
    await this.running
  }
}
