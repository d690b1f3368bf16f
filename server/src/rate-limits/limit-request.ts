import type { Context } from 'hono'
import type { AppDeps } from '../deps.ts'
import { enforceRateLimit, type RateLimitRule, rateLimitHeaders } from './rate-limit.ts'

/** Counts the request against `rule` for `subject`: 429 past the limit, and where it stands otherwise. */
export async function limitRequest(c: Context, deps: Pick<AppDeps, 'db' | 'clock'>, rule: RateLimitRule, subject: string) {
  const state = await enforceRateLimit(deps.db, rule, subject, deps.clock.now())
  for (const [name, value] of Object.entries(rateLimitHeaders(state))) c.header(name, value)
}
