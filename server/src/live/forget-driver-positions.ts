import { and, eq } from 'drizzle-orm'
import type { Transaction } from '../db/database.ts'
import { liveEvents } from '../db/schema/index.ts'

/**
 * Deletes the driver's positions from a shipment's live log once the driver is no longer shown
 * to its shopper (the parcel is delivered, failed, cancelled…), so that a replay from the start
 * cannot show where the van went either. Streams skip the missing numbers.
 */
export async function forgetDriverPositions(tx: Transaction, shipmentId: string) {
  await tx.delete(liveEvents).where(and(eq(liveEvents.shipmentId, shipmentId), eq(liveEvents.name, 'position')))
}
