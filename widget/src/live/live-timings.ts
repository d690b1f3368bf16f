import type { LinkTimings } from './live-link.ts'

export interface LiveTimings extends LinkTimings {
  /** How long the stream may be lost before the shopper is told ("Reconnecting…"). */
  readonly reconnectingAfterMs: number
  /** How long the page may stay hidden before the stream is closed. */
  readonly hiddenGraceMs: number
}

export const DEFAULT_LIVE_TIMINGS: LiveTimings = {
  // 0.5–1 s, 1–2 s, 2–4 s… : a restarted server is back within the first few.
  retryBaseMs: 1_000,
  // A tracker behind a proxy that never lets a stream through still tries every few minutes.
  retryMaxMs: 300_000,
  // Three failures in a row (a few seconds) is not a blip: poll meanwhile.
  blockedAfter: 3,
  // Browsers wait 3 s (Chromium, Safari) before reconnecting by themselves when the server sends
  // no `retry:`; a drop mended by that first attempt passes unremarked rather than flashing
  // the line for a second. Anything longer, and the shopper should know the view may be behind.
  reconnectingAfterMs: 4_000,
  hiddenGraceMs: 60_000,
}
