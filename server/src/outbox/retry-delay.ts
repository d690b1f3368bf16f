// A receiver may ask for a long pause, but not to be forgotten.
const MAX_RETRY_AFTER_MS = 86_400_000

export type RetrySchedule = { baseMs: number; maxMs: number }

/**
 * Exponential back-off with full jitter: attempt 1 waits up to `baseMs`, each further attempt
 * up to twice as long, never beyond `maxMs`. The jitter keeps a receiver coming back from an
 * outage from being hit by every retry at the same instant. A receiver's own `Retry-After`
 * wins when it asks for longer, even beyond `maxMs` (up to a day).
 */
export function retryDelayMs(attempt: number, schedule: RetrySchedule, random: () => number, retryAfterMs?: number) {
  const ceiling = Math.min(schedule.maxMs, schedule.baseMs * 2 ** Math.max(0, attempt - 1))
  const jittered = Math.max(schedule.baseMs / 2, ceiling * random())
  return Math.max(jittered, Math.min(retryAfterMs ?? 0, MAX_RETRY_AFTER_MS))
}

/** `Retry-After` as seconds or an HTTP date, in milliseconds from `now`. */
export function parseRetryAfter(header: string | null, now: Date): number | undefined {
  if (!header) return undefined
  const seconds = Number(header)
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000
  const at = Date.parse(header)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime())
}
