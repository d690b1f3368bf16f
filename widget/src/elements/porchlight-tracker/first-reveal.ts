import type { ReactiveControllerHost } from 'lit'

/**
 * Holds a delivery's first showing, behind the skeleton, until the parts that come in chunks of
 * their own ("Notify me", "How did we do?") are ready to take their place: shown later, they
 * would push what is below them down as the shopper reads it. Never for longer than `maxWaitMs`:
 * a slow chunk then comes in late rather than keep the delivery hidden.
 */
export class FirstReveal {
  private shown = false
  private expired = false
  private timer: ReturnType<typeof setTimeout> | undefined

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly maxWaitMs = 1000,
  ) {}

  /** Whether to keep the skeleton up while `settling` says a part is still on its way. */
  hold(settling: boolean): boolean {
    if (this.shown) return false
    if (!settling || this.expired) {
      this.shown = true
      clearTimeout(this.timer)
      return false
    }
    this.timer ??= setTimeout(() => {
      this.expired = true
      this.host.requestUpdate()
    }, this.maxWaitMs)
    return true
  }

  /** For another shipment: its first showing waits the same way. */
  reset(): void {
    clearTimeout(this.timer)
    this.timer = undefined
    this.shown = false
    this.expired = false
  }
}
