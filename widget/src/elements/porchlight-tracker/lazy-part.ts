import type { ReactiveControllerHost } from 'lit'

/**
 * Code of the tracker's that most shoppers never need (a chunk beside widget.js), fetched the
 * first time it is wanted. Until it is here, and if it fails to load, there is nothing to show:
 * the shopper asked for nothing that failed. The next call tries again.
 */
export class LazyPart<T> {
  value: T | undefined
  failed = false
  private loading = false
  private readonly host: ReactiveControllerHost
  private readonly load: () => Promise<T>

  /** `load`: imports the chunk and makes the part. */
  constructor(host: ReactiveControllerHost, load: () => Promise<T>) {
    this.host = host
    this.load = load
  }

  /** The part once its code is here; the first call fetches it. */
  get(): T | undefined {
    if (!this.value && !this.loading) void this.fetch()
    return this.value
  }

  /** Wanted and neither here nor given up on: the first call fetches it. */
  pending(): boolean {
    return !this.get() && !this.failed
  }

  /** For another shipment: the next `get` makes the part afresh (the code stays). */
  reset(): void {
    this.value = undefined
  }

  private async fetch(): Promise<void> {
    this.loading = true
    try {
      this.value = await this.load()
      this.failed = false
    } catch {
      this.failed = true
    }
    this.loading = false
    this.host.requestUpdate()
  }
}
