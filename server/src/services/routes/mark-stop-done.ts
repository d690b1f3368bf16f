import { eq, sql } from 'drizzle-orm'
import type { Transaction } from '../../db/database.ts'
import { routeStops } from '../../db/schema/index.ts'

/** The driver has left the shipment's stop at `at`; the earliest such report wins. */
export async function markStopDone(tx: Transaction, shipmentId: string, at: Date) {
  const instant = sql`${at.toISOString()}::timestamptz`
  await tx
    .update(routeStops)
    .set({ departedAt: sql`least(coalesce(${routeStops.departedAt}, ${instant}), ${instant})` })
    .where(eq(routeStops.shipmentId, shipmentId))
}
