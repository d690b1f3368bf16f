import type { NearbyPickupPoint } from '@porchlight/shared'
import { and, between, eq } from 'drizzle-orm'
import { pickupPoints } from '../../db/schema/index.ts'
import { distanceKm } from '../../eta/geo.ts'
import { isOpenAt } from './opening-hours.ts'
import { shopperShipment } from '../preferences/index.ts'
import type { ShopperContext } from '../tokens/index.ts'

const NEAREST = 5
const MAX_DISTANCE_KM = 25
// A latitude band first, so the index narrows the candidates before distances are computed.
const LAT_BAND_DEG = MAX_DISTANCE_KM / 111

/** The nearest pickup points to the delivery address, nearest first, with the one chosen now. */
export async function nearbyPickupPoints({ ctx }: { ctx: ShopperContext }): Promise<{ pickupPoints: NearbyPickupPoint[] }> {
  const shipment = await shopperShipment(ctx, 'pickupPoint')
  const rows = await ctx.db
    .select()
    .from(pickupPoints)
    .where(
      and(
        eq(pickupPoints.tenantId, ctx.tenantId),
        between(pickupPoints.lat, shipment.lat - LAT_BAND_DEG, shipment.lat + LAT_BAND_DEG),
      ),
    )
  const now = ctx.clock.now()
  const ranked = rows
    .map((p) => ({ p, km: distanceKm(shipment, p) }))
    .filter(({ p, km }) => km <= MAX_DISTANCE_KM || p.id === shipment.pickupPointId)
    .sort((a, b) => a.km - b.km)
  const nearest = ranked.slice(0, NEAREST)
  const chosen = ranked.find(({ p }) => p.id === shipment.pickupPointId)
  if (chosen && !nearest.includes(chosen)) nearest.push(chosen)
  return {
    pickupPoints: nearest.map(({ p, km }) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      distanceM: Math.round(km * 1000),
      available: p.id === shipment.pickupPointId || p.assigned < p.capacity,
      address: { line1: p.addressLine1, city: p.city, postcode: p.postcode },
      timeZone: p.timeZone,
      openingHours: p.openingHours,
      openNow: isOpenAt(p.openingHours, p.timeZone, now),
      chosen: p.id === shipment.pickupPointId,
    })),
  }
}
