import type { ReactiveController, ReactiveControllerHost } from 'lit'
import type { Message, TrackingView } from '@porchlight/shared'
import { fetchTrackingView, trackingUrl, type TrackingResult } from '../api/fetch-tracking-view.ts'
import type { TrackingErrorCode } from '../events/porchlight-events.ts'
import {
  applyLiveEvent,
  isBehind,
  isLive,
  isNewTo,
  type LiveEvent,
} from '../live/live-event.ts'
import { LiveLink, type LinkState } from '../live/live-link.ts'
import { DEFAULT_LIVE_TIMINGS, type LiveTimings } from '../live/live-timings.ts'
import { ReconnectingNotice } from '../live/reconnecting-notice.ts'

export type TrackingState =
  | { readonly kind: 'no-token' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly view: TrackingView }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'error'; readonly code: TrackingErrorCode }

export interface TrackingOptions {
  /** How often to re-fetch while there is no live stream and the page is visible. */
  readonly refreshMs?: number
  /** The live stream's reconnection and fallback timings; see `DEFAULT_LIVE_TIMINGS`. */
  readonly live?: Partial<LiveTimings>
  /**
   * A view arrived, from a load or from a live event; `previous` is the one it replaces,
   * `undefined` on a token's first load.
   */
  readonly onView?: (view: TrackingView, previous: TrackingView | undefined) => void
  /** A load failed and the shopper now sees why. */
  readonly onError?: (code: TrackingErrorCode) => void
  /** A chat message came on the stream: a new one, or one the other side has now read. */
  readonly onMessage?: (message: Message) => void
}

/** Thirty seconds: the pace of the fallback when no stream gets through; light on a server. */
const DEFAULT_REFRESH_MS = 30_000

/**
 * Loads one shipment's tracking view, then keeps it current from the live stream
 * (`GET /v1/track/:token/stream`), or by re-fetching every `refreshMs` where streams do not get
 * through, while still trying the stream now and then. Everything it starts (stream, timers,
 * listener, request) stops when the host leaves the DOM, and once the delivery is over and its
 * chat (if any) has closed.
 *
 * While the page is hidden, polling pauses and the stream stays open for `hiddenGraceMs` (a
 * minute), then closes; on return the view is fetched again and the stream reopened after its
 * `lastEventId`, so nothing is missed. Not closed at once: shoppers flick between tabs (the
 * order e-mail, a chat), and reconnecting each time costs the server more than a minute of an
 * idle stream. Not kept for ever: a forgotten background tab would hold one of the server's
 * connections for hours for no one, and mobile browsers freeze background tabs anyway, leaving
 * a connection that only looks open.
 */
export class TrackingController implements ReactiveController {
  state: TrackingState = { kind: 'no-token' }

  private readonly host: ReactiveControllerHost
  private readonly options: TrackingOptions
  private readonly refreshMs: number
  private readonly timings: LiveTimings
  // Undefined in a browser without EventSource: polling alone, then.
  private readonly link: LiveLink | undefined
  private url: string | undefined
  private connected = false
  private request: AbortController | undefined
  private timer: ReturnType<typeof setTimeout> | undefined
  private hiddenTimer: ReturnType<typeof setTimeout> | undefined
  private lastLoadAt = 0
  /** The stream was closed because the page stayed hidden. */
  private parked = false
  private readonly notice: ReconnectingNotice

  constructor(host: ReactiveControllerHost, options: TrackingOptions = {}) {
    this.host = host
    this.options = options
    this.refreshMs = options.refreshMs ?? DEFAULT_REFRESH_MS
    this.timings = { ...DEFAULT_LIVE_TIMINGS, ...options.live }
    this.notice = new ReconnectingNotice(this.timings.reconnectingAfterMs, () =>
      host.requestUpdate(),
    )
    this.link =
      typeof EventSource === 'function'
        ? new LiveLink(
            {
              onEvent: (event) => this.receive(event),
              onState: (state) => this.linkChanged(state),
              resync: () => this.resync(),
            },
            this.timings,
          )
        : undefined
    host.addController(this)
  }

  /**
   * The stream dropped a while ago and is not back: what is shown may be behind. Not said when
   * streams never got through at all, nor once polling keeps the view current instead: that
   * fallback is meant to be quiet.
   */
  get reconnecting(): boolean {
    return this.notice.shown
  }

  /** How the tracker currently hears of changes (`off`: no stream; it polls if not over). */
  get linkState(): LinkState {
    return this.link?.state ?? 'off'
  }

  /** `{api}/v1/track/{token}`, which the shopper's other endpoints extend; none without a token. */
  get viewUrl(): string | undefined {
    return this.url
  }

  /** Points the controller at a shipment; another token or API starts over from loading. */
  track(api: string, token: string): void {
    const url = token ? trackingUrl(api, token) : undefined
    if (url === this.url) return
    this.url = url
    this.link?.stop()
    this.notice.reset()
    clearTimeout(this.timer)
    this.request?.abort()
    this.setState(url ? { kind: 'loading' } : { kind: 'no-token' })
    if (this.connected) void this.load()
  }

  /** Fetches now. What is on screen stays until the answer comes, unless it is an error. */
  reload(): void {
    void this.load()
  }

  /** Shows `change` applied to the view on show, at once: a change on its way, or its undoing. */
  revise(change: (view: TrackingView) => TrackingView): void {
    if (this.state.kind === 'ready') this.show(change(this.state.view), this.state.view)
  }

  /** The view the server answered a change with; as for a load, not if the stream is past it. */
  accept(view: TrackingView): void {
    if (this.state.kind === 'ready') this.apply({ ok: true, view }, true)
  }

  hostConnected(): void {
    this.connected = true
    this.parked = false
    document.addEventListener('visibilitychange', this.onVisibilityChange)
    if (document.visibilityState !== 'visible') this.parkLater()
    this.resume()
  }

  hostDisconnected(): void {
    this.connected = false
    document.removeEventListener('visibilitychange', this.onVisibilityChange)
    clearTimeout(this.timer)
    clearTimeout(this.hiddenTimer)
    this.request?.abort()
    this.link?.stop()
  }

  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'visible') {
      clearTimeout(this.hiddenTimer)
      this.parked = false
      this.resume()
    } else {
      clearTimeout(this.timer)
      this.parkLater()
    }
  }

  private parkLater(): void {
    clearTimeout(this.hiddenTimer)
    this.hiddenTimer = setTimeout(() => {
      this.parked = true
      this.link?.stop()
    }, this.timings.hiddenGraceMs)
  }

  /** Catches up after the page was hidden or the host was moved. */
  private resume(): void {
    if (!this.connected || !this.url || this.state.kind === 'not-found') return
    // Open, or reconnecting by itself: the stream keeps the view current.
    if (['connecting', 'open', 'down'].includes(this.linkState)) return
    const due = this.lastLoadAt + this.refreshMs - Date.now()
    // 'loading': nothing has answered yet (the token was set while detached, or a disconnect
    // aborted the request). A view without its stream fetches again first, then reopens it
    // after the fresh view's lastEventId.
    if (due <= 0 || this.state.kind === 'loading' || this.wantsStream()) void this.load(true)
    else this.schedule(due)
  }

  private wantsStream(): boolean {
    return this.link !== undefined && this.state.kind === 'ready' && isLive(this.state.view)
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer)
    if (!this.connected || document.visibilityState !== 'visible') return
    this.timer = setTimeout(() => void this.load(true), delay)
  }

  /**
   * `background`: timer- or reconnection-driven, so the shopper is not shown a skeleton for it.
   * Resolves with the answer, or `undefined` when another load, a token change or a disconnect
   * took over.
   */
  private async load(background = false): Promise<TrackingResult | undefined> {
    const url = this.url
    if (!url) return undefined
    clearTimeout(this.timer)
    this.request?.abort()
    const request = (this.request = new AbortController())
    this.lastLoadAt = Date.now()
    if (!background && this.state.kind !== 'ready') this.setState({ kind: 'loading' })
    const result = await fetchTrackingView(url, request.signal)
    if (request.signal.aborted) return undefined
    this.request = undefined
    this.apply(result, background)
    this.keepCurrent(result.ok)
    return result
  }

  private apply(result: TrackingResult, background: boolean): void {
    const previous = this.state.kind === 'ready' ? this.state.view : undefined
    if (result.ok) {
      // Sent a moment before events the stream has already brought: nothing in it is newer.
      if (!previous || !isBehind(result.view, previous)) this.show(result.view, previous)
      return
    }
    const gone = result.status === 404 || result.status === 410
    // A failed refresh leaves the screen as it is: a network blip must not blank a delivery on
    // show, nor repeat an error the shopper already sees. The next refresh tries again.
    const showing = previous !== undefined || (background && this.state.kind === 'error')
    if (showing && !gone) return
    this.setState(gone ? { kind: 'not-found' } : { kind: 'error', code: result.code })
    this.options.onError?.(result.code)
  }

  /** After a load or an event: the stream keeps the view current if it can, else polling. */
  private keepCurrent(loaded: boolean): void {
    clearTimeout(this.timer)
    const { state, link, url } = this
    const over = state.kind === 'ready' && !isLive(state.view)
    if (state.kind === 'not-found' || over) {
      link?.stop()
      return
    }
    if (link && url && state.kind === 'ready' && this.connected && !this.parked) {
      if (link.state === 'off') link.start(url, state.view.lastEventId)
      if (link.state !== 'blocked') return
      // Polling has taken over: an answer means what is shown is current again.
      if (loaded) this.notice.clear()
    }
    this.schedule(this.refreshMs)
  }

  private receive(event: LiveEvent): void {
    // Replayed after a reconnect, or already in a view fetched meanwhile.
    if (this.state.kind !== 'ready' || !isNewTo(this.state.view, event.id)) return
    const previous = this.state.view
    const view = applyLiveEvent(previous, event)
    this.show(view, previous)
    if (event.name === 'message') this.options.onMessage?.(event.data.message)
    const { status } = view.shipment
    // What the shopper may do can change with the status (no new window once the van is out),
    // and a status event does not say: the view does.
    if (status !== previous.shipment.status && Object.values(view.capabilities).includes(true)) {
      void this.load(true)
    }
    if (!isLive(view)) this.keepCurrent(true)
  }

  /** Before the link's own reconnection: fetch the view, and resume after its last event. */
  private async resync(): Promise<string | undefined> {
    const result = await this.load(true)
    // A 404 has stopped the link by now; a network failure is one more failed attempt.
    if (result && !result.ok) return undefined
    return this.state.kind === 'ready' ? this.state.view.lastEventId : undefined
  }

  private linkChanged(state: LinkState): void {
    if (state === 'open') {
      this.notice.opened()
      // Back from polling: the stream takes over.
      clearTimeout(this.timer)
    } else if (state === 'off') {
      this.notice.clear()
    } else if (state === 'down' || state === 'blocked') {
      this.notice.lost()
    }
    if (state === 'blocked') this.schedule(this.refreshMs)
  }

  private show(view: TrackingView, previous: TrackingView | undefined): void {
    this.setState({ kind: 'ready', view })
    this.options.onView?.(view, previous)
  }

  private setState(state: TrackingState): void {
    this.state = state
    this.host.requestUpdate()
  }
}
