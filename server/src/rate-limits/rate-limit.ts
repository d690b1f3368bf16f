import { sql } from 'drizzle-orm'
import type { Database } from '../db/database.ts'
import { rateLimits } from '../db/schema/index.ts'
import { ApiError } from '../errors/api-error.ts'

export type RateLimitRule = { name: string; limit: number; windowMs: number }

/**
 * Counts one call of `subject` against `rule` and refuses it with 429 once the window's
 * allowance is spent. Counted in the database, so every instance shares the count.
 */
export async function enforceRateLimit(db: Database, rule: RateLimitRule, subject: string, now: Date): Promise<RateLimitState> {
  const windowStart = new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs)
  const windowEnd = new Date(windowStart.getTime() + rule.windowMs)
  const [row] = await db
    .insert(rateLimits)
    .values({ key: `${rule.name}:${subject}`, windowStart, windowEnd, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${rateLimits.windowStart} = excluded.window_start then ${rateLimits.count} + 1 else 1 end`,
        windowStart: sql`excluded.window_start`,
        windowEnd: sql`excluded.window_end`,
      },
    })
    .returning({ count: rateLimits.count })
  const count = row?.count ?? 1
  const resetSeconds = Math.max(1, Math.ceil((windowEnd.getTime() - now.getTime()) / 1000))
  const state = { rule, remaining: Math.max(0, rule.limit - count), resetSeconds }
  if (count <= rule.limit) return state
  throw new ApiError('rate_limited', `Too many requests: at most ${rule.limit} every ${rule.windowMs / 1000} s.`, undefined, {
    'Retry-After': String(resetSeconds),
    ...rateLimitHeaders(state),
  })
}

export type RateLimitState = { rule: RateLimitRule; remaining: number; resetSeconds: number }

/** The IETF RateLimit fields (draft-ietf-httpapi-ratelimit-headers), so clients can pace themselves. */
export function rateLimitHeaders({ rule, remaining, resetSeconds }: RateLimitState): Record<string, string> {
  return {
    'RateLimit-Policy': `${rule.limit};w=${rule.windowMs / 1000}`,
    RateLimit: `limit=${rule.limit}, remaining=${remaining}, reset=${resetSeconds}`,
  }
}
