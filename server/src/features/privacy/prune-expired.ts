import { and, isNotNull, lt } from 'drizzle-orm'
import type { Database } from '../../db/database.ts'
import { idempotencyKeys, pushOutbox, rateLimits } from '../../db/schema/index.ts'
import { IDEMPOTENCY_TTL_MS } from '../status-events/index.ts'
import { PUSH_QUIET_MS } from '../push/index.ts'

// A day of sent notifications is far more than the once-per-kind rule needs, and helps explain
// what a shopper was sent yesterday.
const PUSH_HISTORY_MS = Math.max(24 * 3600_000, PUSH_QUIET_MS)

/**
 * Deletes what has served its purpose, so these tables stay the size of the current traffic:
 * idempotency answers older than a day, rate-limit counters whose window has ended, and sent
 * or abandoned notifications past the time the once-per-kind rule looks back over.
 */
export async function pruneExpired(db: Database, now: Date): Promise<void> {
  await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - IDEMPOTENCY_TTL_MS)))
  await db.delete(rateLimits).where(lt(rateLimits.windowEnd, now))
  await db.delete(pushOutbox).where(and(isNotNull(pushOutbox.doneAt), lt(pushOutbox.createdAt, new Date(now.getTime() - PUSH_HISTORY_MS))))
}
