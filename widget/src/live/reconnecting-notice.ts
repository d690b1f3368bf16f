/**
 * Whether to tell the shopper the live stream is lost: only a stream that had been open (when
 * streams never got through, polling takes over quietly), and only once it has been down for
 * `afterMs`, so a drop the browser mends at once passes unremarked.
 */
export class ReconnectingNotice {
  private readonly afterMs: number
  private readonly onChange: () => void
  private wasOpen = false
  private lostAt: number | undefined
  private timer: ReturnType<typeof setTimeout> | undefined

  /** `onChange`: `shown` has changed, or is about to by the time a render reads it. */
  constructor(afterMs: number, onChange: () => void) {
    this.afterMs = afterMs
    this.onChange = onChange
  }

  get shown(): boolean {
    return this.lostAt !== undefined && Date.now() - this.lostAt >= this.afterMs
  }

  /** Another shipment: its stream has not been open yet. */
  reset(): void {
    this.wasOpen = false
    this.clear()
  }

  opened(): void {
    this.wasOpen = true
    this.clear()
  }

  lost(): void {
    if (!this.wasOpen || this.lostAt !== undefined) return
    this.lostAt = Date.now()
    this.timer = setTimeout(this.onChange, this.afterMs)
  }

  /** Current again, by the stream or by polling. */
  clear(): void {
    clearTimeout(this.timer)
    if (this.lostAt === undefined) return
    this.lostAt = undefined
    this.onChange()
  }
}
