import type { Context } from 'hono'
import type { EventBus } from './live/event-bus.ts'
import type { Database } from './db/database.ts'
import type { ResolveHost } from './outbound/target-policy.ts'
import type { StreamCaps } from './live/stream-limiter.ts'
import type { EventStreams } from './live/event-stream.ts'

export type Clock = { now(): Date }

export type IdGenerator = {
  /** A new opaque identifier such as `shp_3kTq9…`. */
  id(prefix: string): string
  /** A new secret with at least `bytes` × 8 bits of entropy, base64url. */
  secret(bytes: number): string
}

export type Logger = {
  info(message: string, data?: Record<string, unknown>): void
  error(message: string, data?: Record<string, unknown>): void
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

/** The content codings the widget's files are stored in. */
export type ContentCoding = 'br' | 'gzip' | 'identity'

/**
 * One file of the widget build in every content coding, compressed once when the server starts,
 * each with its own strong ETag (RFC 9110 §8.8.3: a validator names one representation).
 */
export type WidgetFile = Readonly<Record<ContentCoding, { body: Uint8Array<ArrayBuffer>; etag: string }>>

/**
 * The built widget: the module (`widget.js`) and the chunks it loads on demand
 * (`widget-<name>-<hash>.js`, by file name), served at `/` and under `/widget/<version>/`.
 */
export type WidgetAsset = {
  /** Changes whenever widget.js does, and so whenever any chunk does (widget.js names them by hash). */
  version: string
  /** Subresource Integrity of widget.js as served without content coding: `sha384-<base64>`. */
  integrity: string
  entry: WidgetFile
  chunks: Readonly<Record<string, WidgetFile>>
}

/** How the server calls out: retailers' webhooks and push services. */
export type Outbound = {
  /**
   * Calls `url`, connecting only to `addresses` (checked by the target policy) whatever the
   * host name resolves to by then; the name still goes in the TLS handshake and `Host`.
   */
  fetch(url: string, init: RequestInit, addresses: readonly string[]): Promise<Response>
  resolveHost: ResolveHost
}

export type PushUrgency = 'very-low' | 'low' | 'normal' | 'high'

/**
 * Turns a notification into the HTTP request a push service takes: the payload encrypted for
 * the subscription (RFC 8291) and signed with the server's VAPID key (RFC 8292).
 */
export type PushEncoder = {
  /** The VAPID public key (base64url) browsers subscribe with. */
  publicKey: string
  encode(
    subscription: { endpoint: string; keys: { p256dh: string; auth: string } },
    payload: string,
    options: { ttlSeconds: number; urgency: PushUrgency; topic: string },
  ): Promise<{ endpoint: string; headers: Record<string, string>; body: ArrayBuffer }>
}

/** Runs background chores periodically; tests run them by hand instead. */
export type Scheduler = {
  every(name: string, ms: number, task: () => Promise<void>): void
  /** Work the app runs off its requests: stopping calls `finish` and waits until it settles. */
  settleOnStop(finish: () => Promise<void>): void
}

/** Wakes a sender when news was queued; sending itself happens outside requests. */
export type WebhookNudge = { nudge(): void }

export type AppDeps = {
  db: Database
  /** Rejects when the database does not answer (health checks). */
  pingDatabase(): Promise<void>
  bus: EventBus
  clock: Clock
  ids: IdGenerator
  logger: Logger
  config: AppConfig
  widget: WidgetAsset | undefined
  outbound: Outbound
  webhooks: WebhookNudge
  scheduler: Scheduler
  push: PushEncoder
  /**
   * Who is calling, for per-client rate limits: the connection's address (behind a proxy,
   * the entry decides which forwarded address to trust).
   */
  clientAddress(c: Context): string
  /** Wakes the push sender when notifications were queued. */
  pushes: WebhookNudge
  /** How a live stream's response is written: the web stream, or the runtime's own socket. */
  eventStreams: EventStreams
}
