import { eq } from 'drizzle-orm'
import type { Transaction } from '../../db/database.ts'
import { shipments } from '../../db/schema/index.ts'
import { releasePickupPlace, releaseWindowPlace } from './capacity-updates.ts'

/**
 * A cancelled or returned parcel will not come: the window place and the locker place it held
 * go back to other shoppers. (A delivered one keeps its locker place: the parcel sits in it.)
 */
export async function giveUpPlaces(tx: Transaction, tenantId: string, shipmentId: string) {
  const [row] = await tx
    .select({ windowId: shipments.windowId, pickupPointId: shipments.pickupPointId })
    .from(shipments)
    .where(eq(shipments.id, shipmentId))
  if (!row || (!row.windowId && !row.pickupPointId)) return
  if (row.windowId) await releaseWindowPlace(tx, tenantId, row.windowId)
  if (row.pickupPointId) await releasePickupPlace(tx, tenantId, row.pickupPointId)
  await tx.update(shipments).set({ windowId: null, pickupPointId: null }).where(eq(shipments.id, shipmentId))
}
