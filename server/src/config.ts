/** How many live streams may be open at once on one instance, per delivery and per client. */
export type StreamCaps = {
  /** Streams of one delivery (all its tracking links together): a shopper's tabs and devices. */
  perLink: number
  /** Streams from one client address: several shoppers behind one office or mobile NAT. */
  perClient: number
}

/** Everything the app reads from outside, resolved once by the entry point. */
export type AppConfig = {
  /** The origin shoppers reach, used to build tracking URLs. */
  publicUrl: string
  /** Enables the admin API; `undefined` leaves it answering 404. */
  adminToken: string | undefined
  /**
   * How long a shopper's tracking view may be served from memory (0: never). Changes heard on
   * the event bus drop it sooner; the TTL bounds staleness for changes made elsewhere.
   */
  trackingViewTtlMs: number
  /**
   * Lets webhook and push targets be `http://127.0.0.1:<port>` or `localhost` (tests, demos).
   * Otherwise only https URLs on public addresses are stored or called.
   */
  allowLoopbackTargets: boolean
  /**
   * How often an open live stream checks that its link still works (revoked, expired or erased
   * links end their streams within this).
   */
  streamRecheckMs: number
  /** Open live streams allowed per delivery and per client address, on each instance. */
  streamCaps: StreamCaps
}
