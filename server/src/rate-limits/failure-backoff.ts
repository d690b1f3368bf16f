import { and, eq, gt, sql } from 'drizzle-orm'
import type { Database } from '../db/database.ts'
import { rateLimits } from '../db/schema/index.ts'
import { ApiError } from '../errors/api-error.ts'

/**
 * A growing wait after repeated failures: the first `free - 1` cost nothing; from the `free`-th
 * on, the next attempt waits `firstDelayMs`, doubling with each further failure up to
 * `maxDelayMs`. Failures are forgotten `forgetAfterMs` after the last one (or when cleared).
 */
export type BackoffRule = { name: string; free: number; firstDelayMs: number; maxDelayMs: number; forgetAfterMs: number }

/** How long `failures` failures make a subject wait after the last one. */
export function backoffDelayMs(rule: BackoffRule, failures: number): number {
  if (failures < rule.free) return 0
  return Math.min(rule.maxDelayMs, rule.firstDelayMs * 2 ** Math.min(30, failures - rule.free))
}

// Shares the rate-limit table: `window_start` is the last failure, `count` the failures, and
// `window_end` when they are forgotten (and the row pruned).
const keyOf = (rule: BackoffRule, subject: string) => `${rule.name}:${subject}`

/** Refuses with 429 while `subject` is waiting out the back-off its failures earned. */
export async function enforceBackoff(db: Database, rule: BackoffRule, subject: string, now: Date): Promise<void> {
  const [row] = await db
    .select({ last: rateLimits.windowStart, failures: rateLimits.count })
    .from(rateLimits)
    .where(and(eq(rateLimits.key, keyOf(rule, subject)), gt(rateLimits.windowEnd, now)))
  const delayMs = row ? backoffDelayMs(rule, row.failures) : 0
  if (!row || delayMs === 0) return
  // A clock set back (NTP, a test) must not turn the last failure into a wait of days.
  const waitMs = delayMs - Math.max(0, now.getTime() - row.last.getTime())
  if (waitMs <= 0) return
  const seconds = Math.ceil(waitMs / 1000)
  throw new ApiError('rate_limited', `Too many failed attempts: try again in ${seconds} s.`, undefined, { 'Retry-After': String(seconds) })
}

/** Counts one failure of `subject` (a fresh count once the earlier ones are forgotten). */
export async function recordFailure(db: Database, rule: BackoffRule, subject: string, now: Date): Promise<void> {
  const forgetAt = new Date(now.getTime() + rule.forgetAfterMs)
  await db
    .insert(rateLimits)
    .values({ key: keyOf(rule, subject), windowStart: now, windowEnd: forgetAt, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${rateLimits.windowEnd} > excluded.window_start then ${rateLimits.count} + 1 else 1 end`,
        windowStart: sql`excluded.window_start`,
        windowEnd: sql`excluded.window_end`,
      },
    })
}

/** Forgets `subject`'s failures. */
export async function clearFailures(db: Database, rule: BackoffRule, subject: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, keyOf(rule, subject)))
}
