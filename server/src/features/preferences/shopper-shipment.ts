import type { TenantSettings } from '@porchlight/shared'
import { and, eq } from 'drizzle-orm'
import { shipments, tenants } from '../../db/schema/index.ts'
import { notFound, optionDisabled } from '../../errors/api-error.ts'
import { resolveSettings } from '../settings/index.ts'
import type { ShopperContext } from '../tokens/index.ts'

/**
 * What the shopper's option lists (windows, pickup points) start from: the shipment and its
 * tenant's settings, refused with 403 when the retailer does not offer `option`.
 */
export async function shopperShipment(ctx: ShopperContext, option: keyof TenantSettings['options']) {
  const [row] = await ctx.db
    .select({
      postcode: shipments.postcode,
      lat: shipments.lat,
      lng: shipments.lng,
      windowId: shipments.windowId,
      pickupPointId: shipments.pickupPointId,
      settings: tenants.settings,
    })
    .from(shipments)
    .innerJoin(tenants, eq(tenants.id, shipments.tenantId))
    .where(and(eq(shipments.id, ctx.target.shipmentId), eq(shipments.tenantId, ctx.target.tenantId)))
  if (!row) throw notFound('Delivery')
  const settings = resolveSettings(row.settings)
  if (!settings.options[option]) throw optionDisabled()
  return { ...row, settings }
}
