import type { ShopperWindow } from '@porchlight/shared'
import { and, asc, eq, gt, lt, or, sql } from 'drizzle-orm'
import { deliveryWindows } from '../../db/schema/index.ts'
import { normalisePostcode } from './postcode.ts'
import { shopperShipment } from '../preferences/index.ts'
import type { ShopperContext } from '../tokens/index.ts'

const MAX_WINDOWS = 200
const DAY_MS = 86_400_000

/**
 * The windows a shopper could move the delivery to, earliest first: those starting after the
 * tenant's cut-off and within its horizon, for this postcode, plus the one held now. Shoppers
 * see whether a place is left, never the capacity figures.
 */
export async function listShopperWindows({ ctx }: { ctx: ShopperContext }): Promise<{ windows: ShopperWindow[] }> {
  const shipment = await shopperShipment(ctx, 'reschedule')
  const { settings } = shipment
  const now = ctx.clock.now().getTime()
  const rows = await ctx.db
    .select()
    .from(deliveryWindows)
    .where(
      and(
        eq(deliveryWindows.tenantId, ctx.tenantId),
        or(
          shipment.windowId === null ? undefined : eq(deliveryWindows.id, shipment.windowId),
          and(
            gt(deliveryWindows.start, new Date(now + settings.rescheduleCutoffMinutes * 60_000)),
            lt(deliveryWindows.start, new Date(now + settings.windowHorizonDays * DAY_MS)),
            sql`(${deliveryWindows.postcodePrefix} is null or starts_with(${normalisePostcode(shipment.postcode)}, ${deliveryWindows.postcodePrefix}))`,
          ),
        ),
      ),
    )
    .orderBy(asc(deliveryWindows.start), asc(deliveryWindows.id))
    .limit(MAX_WINDOWS)
  return {
    windows: rows.map((w) => {
      const chosen = w.id === shipment.windowId
      return {
        id: w.id,
        start: w.start.toISOString(),
        end: w.end.toISOString(),
        available: chosen || w.booked < w.capacity,
        chosen,
      }
    }),
  }
}
