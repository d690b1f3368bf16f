import { liveStreamUrl } from '../api/live-stream-url.ts'
import { backoffDelay, type Backoff } from './backoff.ts'
import { isLiveEventData, LIVE_EVENT_NAMES, type LiveEvent } from './live-event.ts'

/**
 * - `off`: not started, or stopped.
 * - `connecting`: the first connection is on its way.
 * - `open`: events flow.
 * - `down`: a connection failed or dropped; the browser or a back-off timer is retrying.
 * - `blocked`: it kept failing (a proxy that buffers or refuses streams, a firewall): the owner
 *   should poll; attempts go on, further and further apart.
 */
export type LinkState = 'off' | 'connecting' | 'open' | 'down' | 'blocked'

export interface LinkTimings extends Backoff {
  /** Consecutive failures after which the link is `blocked`. */
  readonly blockedAfter: number
}

export interface LinkHandlers {
  readonly onEvent: (event: LiveEvent) => void
  readonly onState: (state: LinkState) => void
  /**
   * Before each connection of our own after a failure: catch up by other means (fetch the view)
   * and resolve with the id to resume after, or `undefined` if that failed too. Stopping the
   * link meanwhile (the token is gone, the delivery is over) cancels the attempt.
   */
  readonly resync: () => Promise<string | undefined>
}

/**
 * One shipment's live stream, kept open. A drop of a stream that was open is left to the
 * browser, which reconnects by itself with `Last-Event-ID` (the server replays what was missed).
 * Anything EventSource gives up on (an answer that is not a stream: an error status, another
 * content type, a CORS refusal) or a reconnection of the browser's that fails again is taken
 * over: a fresh EventSource after a back-off with jitter, resuming after what `resync` says.
 */
export class LiveLink {
  state: LinkState = 'off'

  private readonly handlers: LinkHandlers
  private readonly timings: LinkTimings
  private url = ''
  private source: EventSource | undefined
  private timer: ReturnType<typeof setTimeout> | undefined
  private failures = 0
  // Bumped by start() and stop(): a timer or resync of an earlier run then does nothing.
  private run = 0

  constructor(handlers: LinkHandlers, timings: LinkTimings) {
    this.handlers = handlers
    this.timings = timings
  }

  /** Opens the stream of the view at `trackingUrl`, with the events after `after`. */
  start(trackingUrl: string, after: string): void {
    this.stop()
    this.url = trackingUrl
    this.setState('connecting')
    this.open(after)
  }

  /** Closes the stream and cancels any retry. */
  stop(): void {
    this.run++
    clearTimeout(this.timer)
    this.source?.close()
    this.source = undefined
    this.failures = 0
    this.setState('off')
  }

  private open(after: string): void {
    const source = (this.source = new EventSource(liveStreamUrl(this.url, after)))
    let open = false
    source.onopen = () => {
      open = true
      this.failures = 0
      this.setState('open')
    }
    source.onerror = () => {
      if (open && source.readyState === EventSource.CONNECTING) {
        open = false
        this.setState('down')
        return
      }
      source.close()
      this.failures++
      this.setState(this.failures >= this.timings.blockedAfter ? 'blocked' : 'down')
      this.retryLater()
    }
    for (const name of LIVE_EVENT_NAMES) {
      source.addEventListener(name, (message) => this.receive(name, message))
    }
  }

  private receive(name: LiveEvent['name'], message: MessageEvent<string>): void {
    let data: unknown
    try {
      data = JSON.parse(message.data)
    } catch {
      // Skipped: the next view load corrects whatever it would have said.
      return
    }
    if (isLiveEventData(name, data)) {
      this.handlers.onEvent({ name, id: message.lastEventId, data } as LiveEvent)
    }
  }

  private retryLater(): void {
    const run = this.run
    this.source = undefined
    this.timer = setTimeout(async () => {
      const after = await this.handlers.resync()
      if (run !== this.run) return
      if (after !== undefined) return this.open(after)
      this.failures++
      if (this.failures >= this.timings.blockedAfter) this.setState('blocked')
      this.retryLater()
    }, backoffDelay(this.failures - 1, this.timings))
  }

  private setState(state: LinkState): void {
    if (state === this.state) return
    this.state = state
    this.handlers.onState(state)
  }
}
