/** How reconnection attempts are spaced. */
export interface Backoff {
  /** The first step; each further consecutive failure doubles it. */
  readonly retryBaseMs: number
  /** The longest step. */
  readonly retryMaxMs: number
}

/**
 * How long to wait before reconnection attempt `attempt` (0 for the first after a failure):
 * a step that doubles from `retryBaseMs` up to `retryMaxMs`, of which half is random ("equal
 * jitter"). Random so that the thousands of trackers that lost the same server at the same
 * instant (a deploy, a restart) do not all come back at the same instant; half of it fixed so
 * that none retries almost at once and the back-off really grows.
 *
 * @example
 * backoffDelay(0, { retryBaseMs: 1000, retryMaxMs: 300_000 }) // 500 to 1000
 * backoffDelay(3, { retryBaseMs: 1000, retryMaxMs: 300_000 }) // 4000 to 8000
 */
export function backoffDelay(
  attempt: number,
  { retryBaseMs, retryMaxMs }: Backoff,
  random: () => number = Math.random,
): number {
  // The exponent is capped so a long outage cannot overflow to Infinity.
  const step = Math.min(retryMaxMs, retryBaseMs * 2 ** Math.min(Math.max(attempt, 0), 30))
  return step / 2 + (random() * step) / 2
}
