import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm'
import type { Database } from '../../db/database.ts'
import { webhookEndpoints, webhookOutbox } from '../../db/schema/index.ts'

export type ClaimedEvent = typeof webhookOutbox.$inferSelect & { url: string; secret: string }

const free = (now: Date) => or(isNull(webhookOutbox.leaseUntil), lte(webhookOutbox.leaseUntil, now))

/**
 * Leases up to `limit` events that are due, at most one per shipment and only the oldest
 * undelivered one of each, so a shipment's events reach the retailer in order. The lease is
 * re-checked under the row lock, so two instances claiming at once never take the same event;
 * an instance that dies mid-send leaves it to be claimed again once the lease runs out.
 */
export async function claimDueEvents(db: Database, now: Date, leaseUntil: Date, limit: number): Promise<ClaimedEvent[]> {
  const heads = db
    .selectDistinctOn([webhookOutbox.shipmentId], {
      id: webhookOutbox.id,
      nextAttemptAt: webhookOutbox.nextAttemptAt,
      leaseUntil: webhookOutbox.leaseUntil,
    })
    .from(webhookOutbox)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.tenantId, webhookOutbox.tenantId))
    .orderBy(asc(webhookOutbox.shipmentId), asc(webhookOutbox.seq))
    .as('heads')
  const due = await db
    .select({ id: heads.id })
    .from(heads)
    .where(and(lte(heads.nextAttemptAt, now), or(isNull(heads.leaseUntil), lte(heads.leaseUntil, now))))
    .limit(limit)
  if (due.length === 0) return []
  const claimed = await db
    .update(webhookOutbox)
    .set({ leaseUntil, attempts: sql`${webhookOutbox.attempts} + 1` })
    .where(and(inArray(webhookOutbox.id, due.map((d) => d.id)), free(now)))
    .returning()
  if (claimed.length === 0) return []
  const endpoints = await db
    .select()
    .from(webhookEndpoints)
    .where(inArray(webhookEndpoints.tenantId, [...new Set(claimed.map((e) => e.tenantId))]))
  const byTenant = new Map(endpoints.map((e) => [e.tenantId, e]))
  return claimed.flatMap((event) => {
    const endpoint = byTenant.get(event.tenantId)
    return endpoint ? [{ ...event, url: endpoint.url, secret: endpoint.secret }] : []
  })
}

/**
 * Records the outcome of a send made under `lease`: a delivered event is deleted, a failed one
 * waits for its next attempt. A lease that ran out meanwhile changes nothing.
 */
export async function settleEvent(db: Database, event: { id: string; lease: Date }, outcome: 'delivered' | { nextAttemptAt: Date; error: string }) {
  const mine = and(eq(webhookOutbox.id, event.id), eq(webhookOutbox.leaseUntil, event.lease))
  if (outcome === 'delivered') {
    await db.delete(webhookOutbox).where(mine)
    return
  }
  await db.update(webhookOutbox).set({ nextAttemptAt: outcome.nextAttemptAt, leaseUntil: null, lastError: outcome.error.slice(0, 500) }).where(mine)
}
