import type { ReactiveController, ReactiveControllerHost } from 'lit'
import type { TrackingView } from '@porchlight/shared'
import { fetchTrackingView, trackingUrl, type TrackingResult } from '../api/fetch-tracking-view.ts'
import type { TrackingErrorCode } from '../events/porchlight-events.ts'

export type TrackingState =
  | { readonly kind: 'no-token' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly view: TrackingView }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'error'; readonly code: TrackingErrorCode }

export interface TrackingOptions {
  /** How often to re-fetch while the page is visible. */
  readonly refreshMs?: number
  /** A view arrived; `previous` is the one it replaces, `undefined` on a token's first load. */
  readonly onView?: (view: TrackingView, previous: TrackingView | undefined) => void
  /** A load failed and the shopper now sees why. */
  readonly onError?: (code: TrackingErrorCode) => void
}

/** Thirty seconds: fresh enough until the live stream lands, light on a shared server. */
const DEFAULT_REFRESH_MS = 30_000

/**
 * Loads one shipment's tracking view and keeps it fresh while the page is visible. Everything
 * it starts (timer, listener, request) stops when the host leaves the DOM.
 */
export class TrackingController implements ReactiveController {
  state: TrackingState = { kind: 'no-token' }

  private readonly host: ReactiveControllerHost
  private readonly options: TrackingOptions
  private readonly refreshMs: number
  private url: string | undefined
  private connected = false
  private request: AbortController | undefined
  private timer: ReturnType<typeof setTimeout> | undefined
  private lastLoadAt = 0

  constructor(host: ReactiveControllerHost, options: TrackingOptions = {}) {
    this.host = host
    this.options = options
    this.refreshMs = options.refreshMs ?? DEFAULT_REFRESH_MS
    host.addController(this)
  }

  /** Points the controller at a shipment; another token or API starts over from loading. */
  track(api: string, token: string): void {
    const url = token ? trackingUrl(api, token) : undefined
    if (url === this.url) return
    this.url = url
    clearTimeout(this.timer)
    this.request?.abort()
    this.setState(url ? { kind: 'loading' } : { kind: 'no-token' })
    if (this.connected) void this.load()
  }

  /** Fetches now. What is on screen stays until the answer comes, unless it is an error. */
  reload(): void {
    void this.load()
  }

  hostConnected(): void {
    this.connected = true
    document.addEventListener('visibilitychange', this.onVisibilityChange)
    this.resume()
  }

  hostDisconnected(): void {
    this.connected = false
    document.removeEventListener('visibilitychange', this.onVisibilityChange)
    clearTimeout(this.timer)
    this.request?.abort()
  }

  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'visible') this.resume()
    else clearTimeout(this.timer)
  }

  /** Catches up after the page was hidden or the host was moved: fetch if due, else wait. */
  private resume(): void {
    if (!this.url || this.state.kind === 'not-found') return
    const due = this.lastLoadAt + this.refreshMs - Date.now()
    // 'loading' means nothing has answered yet: the token was set while detached, or a
    // disconnect aborted the request.
    if (due <= 0 || this.state.kind === 'loading') void this.load(true)
    else this.schedule(due)
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer)
    if (!this.connected || document.visibilityState !== 'visible') return
    this.timer = setTimeout(() => void this.load(true), delay)
  }

  /** `background`: timer-driven, so the shopper is not shown a skeleton for it. */
  private async load(background = false): Promise<void> {
    const url = this.url
    if (!url) return
    clearTimeout(this.timer)
    this.request?.abort()
    const request = (this.request = new AbortController())
    this.lastLoadAt = Date.now()
    if (!background && this.state.kind !== 'ready') this.setState({ kind: 'loading' })
    const result = await fetchTrackingView(url, request.signal)
    // A newer request, a token change or a disconnect has taken over.
    if (request.signal.aborted) return
    this.request = undefined
    this.apply(result, background)
    if (this.state.kind !== 'not-found') this.schedule(this.refreshMs)
  }

  private apply(result: TrackingResult, background: boolean): void {
    const previous = this.state.kind === 'ready' ? this.state.view : undefined
    if (result.ok) {
      this.setState({ kind: 'ready', view: result.view })
      this.options.onView?.(result.view, previous)
      return
    }
    // A failed refresh leaves the screen as it is: a network blip must not blank a delivery on
    // show, nor repeat an error the shopper already sees. The next refresh tries again.
    const showing = previous !== undefined || (background && this.state.kind === 'error')
    if (showing && result.status !== 404) return
    this.setState(
      result.status === 404 ? { kind: 'not-found' } : { kind: 'error', code: result.code },
    )
    this.options.onError?.(result.code)
  }

  private setState(state: TrackingState): void {
    this.state = state
    this.host.requestUpdate()
  }
}
