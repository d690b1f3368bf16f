import { eq } from 'drizzle-orm'
import type { Transaction } from '../../db/database.ts'
import { routeStops, shipments } from '../../db/schema/index.ts'

/** When the shopper can expect the parcel: the live estimate if there is one, else the promise. */
export async function expectedWindow(tx: Transaction, shipmentId: string): Promise<{ start: Date; end: Date } | undefined> {
  const [row] = await tx
    .select({
      etaStart: routeStops.etaEarliest,
      etaEnd: routeStops.etaLatest,
      promisedStart: shipments.promisedStart,
      promisedEnd: shipments.promisedEnd,
    })
    .from(shipments)
    .leftJoin(routeStops, eq(routeStops.shipmentId, shipments.id))
    .where(eq(shipments.id, shipmentId))
  if (row?.etaStart && row.etaEnd) return { start: row.etaStart, end: row.etaEnd }
  if (row?.promisedStart && row.promisedEnd) return { start: row.promisedStart, end: row.promisedEnd }
  return undefined
}
