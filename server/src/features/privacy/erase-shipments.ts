import { and, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm'
import type { Database } from '../../db/database.ts'
import {
  cases,
  feedback,
  idempotencyKeys,
  liveEvents,
  messages,
  preferenceChanges,
  pushSubscriptions,
  shipmentEvents,
  shipments,
  trackingTokens,
} from '../../db/schema/index.ts'
import { eraseQueuedWebhooks } from './erase-queued-webhooks.ts'
import { ERASED } from './erased.ts'
const EMPTY_EVIDENCE = { timeline: [], lastPosition: null, proofNote: null }

/**
 * Erases what identifies the recipient of these shipments, keeping what the retailer's figures
 * need (dates, statuses, ratings, the city and postcode): name, contact details, street address,
 * the position to within a kilometre, messages, door notes and codes, free-text comments and
 * notes, the live history, push subscriptions, replayable answers and the words in webhook
 * events still queued. Their tracking links stop working. Returns how
 * many shipments were erased now (already erased ones are skipped).
 */
export async function eraseShipments(db: Database, ids: string[], now: Date): Promise<number> {
  if (ids.length === 0) return 0
  return db.transaction(async (tx) => {
    const erased = await tx
      .update(shipments)
      .set({
        recipientName: ERASED,
        recipientEmail: null,
        recipientPhone: null,
        addressLine1: ERASED,
        addressLine2: null,
        lat: sql`round(${shipments.lat}::numeric, 2)::double precision`,
        lng: sql`round(${shipments.lng}::numeric, 2)::double precision`,
        erasedAt: now,
      })
      .where(and(inArray(shipments.id, ids), isNull(shipments.erasedAt)))
      .returning({ id: shipments.id })
    const done = erased.map((e) => e.id)
    if (done.length === 0) return 0
    await tx.update(messages).set({ body: ERASED }).where(inArray(messages.shipmentId, done))
    // Where and when it was delivered stays; what the shopper said about their door does not.
    await tx
      .update(preferenceChanges)
      .set({ value: null })
      .where(and(inArray(preferenceChanges.shipmentId, done), notInArray(preferenceChanges.kind, ['window', 'accessNeeds'])))
    await tx
      .update(preferenceChanges)
      .set({ value: [] })
      .where(and(inArray(preferenceChanges.shipmentId, done), eq(preferenceChanges.kind, 'accessNeeds')))
    await tx.update(feedback).set({ comment: null }).where(inArray(feedback.shipmentId, done))
    await tx.update(cases).set({ evidence: EMPTY_EVIDENCE }).where(inArray(cases.shipmentId, done))
    await tx.update(shipmentEvents).set({ note: null }).where(inArray(shipmentEvents.shipmentId, done))
    await tx.delete(liveEvents).where(inArray(liveEvents.shipmentId, done))
    await tx.delete(idempotencyKeys).where(inArray(idempotencyKeys.shipmentId, done))
    await eraseQueuedWebhooks(tx, done)
    await tx.delete(pushSubscriptions).where(inArray(pushSubscriptions.shipmentId, done))
    await tx
      .update(trackingTokens)
      .set({ revokedAt: now })
      .where(and(inArray(trackingTokens.shipmentId, done), isNull(trackingTokens.revokedAt)))
    return done.length
  })
}
