import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm'
import type { Database } from '../../db/database.ts'
import { pushOutbox, pushSubscriptions } from '../../db/schema/index.ts'

export type ClaimedPush = typeof pushOutbox.$inferSelect & { endpoint: string; p256dh: string; auth: string }

const free = (now: Date) => or(isNull(pushOutbox.leaseUntil), lte(pushOutbox.leaseUntil, now))

/**
 * Leases up to `limit` due notifications. Rows another instance is leasing are skipped, not
 * waited for; a lease that ran out (its sender died) makes the row claimable again.
 */
export async function claimDuePushes(db: Database, now: Date, leaseUntil: Date, limit: number): Promise<ClaimedPush[]> {
  const claimed = await db.transaction(async (tx) => {
    const due = await tx
      .select({ id: pushOutbox.id })
      .from(pushOutbox)
      .where(and(isNull(pushOutbox.doneAt), lte(pushOutbox.nextAttemptAt, now), free(now)))
      .orderBy(asc(pushOutbox.nextAttemptAt))
      .limit(limit)
      .for('update', { skipLocked: true })
    if (due.length === 0) return []
    return tx
      .update(pushOutbox)
      .set({ leaseUntil, attempts: sql`${pushOutbox.attempts} + 1` })
      .where(inArray(pushOutbox.id, due.map((d) => d.id)))
      .returning()
  })
  if (claimed.length === 0) return []
  const subscriptions = await db
    .select()
    .from(pushSubscriptions)
    .where(inArray(pushSubscriptions.id, [...new Set(claimed.map((p) => p.subscriptionId))]))
  const byId = new Map(subscriptions.map((s) => [s.id, s]))
  return claimed.flatMap((push) => {
    const s = byId.get(push.subscriptionId)
    return s ? [{ ...push, endpoint: s.endpoint, p256dh: s.p256dh, auth: s.auth }] : []
  })
}

export type PushOutcome = { done: Date; error?: string } | { retryAt: Date; error: string } | { gone: true }

/** Records what became of a send made under `lease`; a lease that ran out meanwhile changes nothing. */
export async function settlePush(db: Database, push: { id: string; subscriptionId: string; lease: Date }, outcome: PushOutcome) {
  if ('gone' in outcome) {
    // The push service has forgotten the browser: its other queued notifications go too.
    await db.delete(pushSubscriptions).where(eq(pushSubscriptions.id, push.subscriptionId))
    return
  }
  const mine = and(eq(pushOutbox.id, push.id), eq(pushOutbox.leaseUntil, push.lease))
  if ('done' in outcome) {
    await db.update(pushOutbox).set({ doneAt: outcome.done, leaseUntil: null, lastError: outcome.error ?? null }).where(mine)
  } else {
    await db.update(pushOutbox).set({ nextAttemptAt: outcome.retryAt, leaseUntil: null, lastError: outcome.error.slice(0, 500) }).where(mine)
  }
}
