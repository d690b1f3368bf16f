import type { Preferences, TenantSettings } from '@porchlight/shared'
import { asc, eq } from 'drizzle-orm'
import type { Transaction } from '../../db/database.ts'
import { preferenceChanges, shipments, tenants } from '../../db/schema/index.ts'
import { notFound } from '../../errors/api-error.ts'
import { resolveSettings } from '../settings/index.ts'
import { currentPreferences, statusSql } from '../shipments/index.ts'
import type { ShipmentFacts } from './shopper-rules.ts'
import type { TokenTarget } from '../tokens/index.ts'

export type LockedShipment = ShipmentFacts & {
  id: string
  tenantId: string
  orderRef: string
  postcode: string
  lat: number
  lng: number
  windowId: string | null
  pickupPointId: string | null
  promisedStart: Date | null
  promisedEnd: Date | null
  settings: TenantSettings
  preferences: Preferences
}

/**
 * Locks the shipment's row for the rest of the transaction, so a shopper's concurrent changes
 * (two tabs, a double click) apply one after the other, and reads what the rules need.
 */
export async function lockShipment(tx: Transaction, target: TokenTarget): Promise<LockedShipment> {
  const [row] = await tx
    .select({
      id: shipments.id,
      tenantId: shipments.tenantId,
      orderRef: shipments.orderRef,
      postcode: shipments.postcode,
      lat: shipments.lat,
      lng: shipments.lng,
      windowId: shipments.windowId,
      pickupPointId: shipments.pickupPointId,
      promisedStart: shipments.promisedStart,
      promisedEnd: shipments.promisedEnd,
      status: statusSql,
      settings: tenants.settings,
    })
    .from(shipments)
    .innerJoin(tenants, eq(tenants.id, shipments.tenantId))
    .where(eq(shipments.id, target.shipmentId))
    .for('update', { of: shipments })
  if (!row || row.tenantId !== target.tenantId) throw notFound('Delivery')
  const history = await tx
    .select({ kind: preferenceChanges.kind, value: preferenceChanges.value })
    .from(preferenceChanges)
    .where(eq(preferenceChanges.shipmentId, row.id))
    .orderBy(asc(preferenceChanges.seq))
  const preferences = currentPreferences(history)
  return {
    ...row,
    settings: resolveSettings(row.settings),
    preferences,
    pickupPointChosen: row.pickupPointId !== null,
  }
}
