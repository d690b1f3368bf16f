import type { PickupPoint, PutPickupPointRequest } from '@porchlight/shared'
import { and, asc, eq } from 'drizzle-orm'
import { pickupPoints } from '../../db/schema/index.ts'
import { ApiError } from '../../errors/api-error.ts'
import type { TenantContext } from '../../context.ts'

type Row = typeof pickupPoints.$inferSelect

export function toPickupPoint(p: Row): PickupPoint {
  return {
    id: p.id,
    name: p.name,
    kind: p.kind,
    address: {
      line1: p.addressLine1,
      ...(p.addressLine2 ? { line2: p.addressLine2 } : {}),
      city: p.city,
      postcode: p.postcode,
      country: p.country,
      lat: p.lat,
      lng: p.lng,
      timeZone: p.timeZone,
    },
    openingHours: p.openingHours,
    capacity: p.capacity,
    assigned: p.assigned,
  }
}

/**
 * Creates or replaces a pickup point. Its capacity may not drop below the parcels already on
 * their way to it: those shoppers were promised a place.
 */
export async function putPickupPoint({
  ctx,
  input,
}: {
  ctx: TenantContext
  input: { id: string; point: PutPickupPointRequest }
}): Promise<{ created: boolean; pickupPoint: PickupPoint }> {
  const { id, point } = input
  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ assigned: pickupPoints.assigned })
      .from(pickupPoints)
      .where(and(eq(pickupPoints.tenantId, ctx.tenantId), eq(pickupPoints.id, id)))
      .for('update')
    if (existing && point.capacity < existing.assigned) {
      throw new ApiError('capacity_below_assigned', `${existing.assigned} parcels are already on their way to this point.`, [
        { path: 'capacity', message: `must be at least ${existing.assigned}` },
      ])
    }
    const { address } = point
    const values = {
      name: point.name,
      kind: point.kind,
      addressLine1: address.line1,
      addressLine2: address.line2 ?? null,
      city: address.city,
      postcode: address.postcode,
      country: address.country,
      lat: address.lat,
      lng: address.lng,
      timeZone: address.timeZone,
      openingHours: point.openingHours ?? null,
      capacity: point.capacity,
      updatedAt: ctx.clock.now(),
    }
    const [row] = await tx
      .insert(pickupPoints)
      .values({ tenantId: ctx.tenantId, id, ...values })
      .onConflictDoUpdate({ target: [pickupPoints.tenantId, pickupPoints.id], set: values })
      .returning()
    if (!row) throw new Error(`pickup point ${id} vanished inside its transaction`)
    return { created: !existing, pickupPoint: toPickupPoint(row) }
  })
}

export async function listPickupPoints({ ctx }: { ctx: TenantContext }): Promise<{ pickupPoints: PickupPoint[] }> {
  const rows = await ctx.db
    .select()
    .from(pickupPoints)
    .where(eq(pickupPoints.tenantId, ctx.tenantId))
    .orderBy(asc(pickupPoints.id))
    .limit(1_000)
  return { pickupPoints: rows.map(toPickupPoint) }
}
