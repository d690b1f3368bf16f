import type { PutRouteRequest } from '@porchlight/shared'
import { and, eq, inArray, isNotNull, or } from 'drizzle-orm'
import { routeStops, routes, shipments } from '../../db/schema/index.ts'
import { validationFailed } from '../../errors/api-error.ts'
import type { TenantContext } from '../../context.ts'

/**
 * Sets a route's driver and ordered stops, replacing the previous list. A shipment moves here
 * from any other route; a stop keeps the times the driver reached and left it.
 */
export async function putRoute({
  ctx,
  input,
}: {
  ctx: TenantContext
  input: { routeId: string; route: PutRouteRequest }
}): Promise<{ created: boolean }> {
  const { routeId, route } = input
  const ids = route.stops.map((s) => s.shipmentId)
  return ctx.db.transaction(async (tx) => {
    const known = await tx
      .select({ id: shipments.id })
      .from(shipments)
      .where(and(eq(shipments.tenantId, ctx.tenantId), inArray(shipments.id, ids)))
    const knownIds = new Set(known.map((s) => s.id))
    const unknown = route.stops.flatMap((s, i) =>
      knownIds.has(s.shipmentId) ? [] : [{ path: `stops.${i}.shipmentId`, message: 'is not a shipment of yours' }],
    )
    if (unknown.length > 0) throw validationFailed(unknown)

    const before = await tx
      .select({ shipmentId: routeStops.shipmentId, arrivedAt: routeStops.arrivedAt, departedAt: routeStops.departedAt })
      .from(routeStops)
      .where(and(inArray(routeStops.shipmentId, ids), or(isNotNull(routeStops.arrivedAt), isNotNull(routeStops.departedAt))))
    const kept = new Map(before.map((s) => [s.shipmentId, s]))

    const now = ctx.clock.now()
    const [existing] = await tx
      .select({ id: routes.id })
      .from(routes)
      .where(and(eq(routes.tenantId, ctx.tenantId), eq(routes.id, routeId)))
      .for('update')
    if (existing) {
      await tx
        .update(routes)
        .set({ driverName: route.driver.name, updatedAt: now })
        .where(and(eq(routes.tenantId, ctx.tenantId), eq(routes.id, routeId)))
    } else {
      await tx.insert(routes).values({ tenantId: ctx.tenantId, id: routeId, driverName: route.driver.name, createdAt: now, updatedAt: now })
    }
    await tx
      .delete(routeStops)
      .where(
        and(
          eq(routeStops.tenantId, ctx.tenantId),
          or(eq(routeStops.routeId, routeId), inArray(routeStops.shipmentId, ids)),
        ),
      )
    await tx.insert(routeStops).values(
      route.stops.map((stop, seq) => ({
        shipmentId: stop.shipmentId,
        tenantId: ctx.tenantId,
        routeId,
        seq,
        serviceMinutes: stop.serviceMinutes ?? null,
        arrivedAt: kept.get(stop.shipmentId)?.arrivedAt ?? null,
        departedAt: kept.get(stop.shipmentId)?.departedAt ?? null,
      })),
    )
    return { created: !existing }
  })
}
