import type { RetrySchedule } from './retry-delay.ts'

/** How an outbox sender (webhooks, pushes) paces itself. */
export type OutboxSenderOptions = {
  /** How often to look for due work when nothing nudges it (other instances' news, retries). */
  pollMs: number
  retry: RetrySchedule
  /** A receiver that has not answered by then has failed this attempt. */
  timeoutMs: number
  /** Sends in flight at once. */
  batch: number
  random: () => number
}
