import { and, eq, isNull, sql } from 'drizzle-orm'
import type { Transaction } from '../../db/database.ts'
import { routeStops, shipments } from '../../db/schema/index.ts'

/** The driver has left the shipment's stop at `at`; the earliest such report wins. */
export async function markStopDone(tx: Transaction, shipmentId: string, at: Date) {
  const instant = sql`${at.toISOString()}::timestamptz`
  await tx
    .update(routeStops)
    .set({ departedAt: sql`least(coalesce(${routeStops.departedAt}, ${instant}), ${instant})` })
    .where(eq(routeStops.shipmentId, shipmentId))
}

/**
 * Keeps the last window the shopper was sent before the parcel arrived, once: analytics scores
 * the ETA against it ("did it arrive inside the window we showed?").
 */
export async function rememberShownWindow(tx: Transaction, shipmentId: string) {
  const [stop] = await tx
    .select({ start: routeStops.etaSentStart, end: routeStops.etaSentEnd })
    .from(routeStops)
    .where(eq(routeStops.shipmentId, shipmentId))
  if (!stop?.start || !stop.end) return
  await tx
    .update(shipments)
    .set({ shownEtaStart: stop.start, shownEtaEnd: stop.end })
    .where(and(eq(shipments.id, shipmentId), isNull(shipments.shownEtaStart)))
}
