import { and, asc, desc, eq, isNull } from 'drizzle-orm'
import { routePositions, routeStops, routes, shipments } from '../../db/schema/index.ts'
import type { TenantContext } from '../../context.ts'
import { commitWithNews } from '../../outbox/commit-with-news.ts'
import { statusSql } from '../shipments/index.ts'
import { DRIVER_VISIBLE_WITHIN_STOPS, visibleDriver } from './driver-visibility.ts'

/**
 * Sends the driver's latest position to the shoppers allowed to see it (the next few stops, out
 * for delivery), straight after each ping batch. Cheap on purpose: the window recompute is
 * heavier and runs on its own, less often.
 */
export async function shareDriverPosition({ ctx, input }: { ctx: TenantContext; input: { routeId: string } }) {
  await commitWithNews(ctx, async (tx, news) => {
    const [route] = await tx
      .select({ driverName: routes.driverName })
      .from(routes)
      .where(and(eq(routes.tenantId, ctx.tenantId), eq(routes.id, input.routeId)))
    const [position] = await tx
      .select({ lat: routePositions.lat, lng: routePositions.lng, at: routePositions.at })
      .from(routePositions)
      .where(and(eq(routePositions.tenantId, ctx.tenantId), eq(routePositions.routeId, input.routeId)))
      .orderBy(desc(routePositions.at))
      .limit(1)
    if (!route || !position) return
    const nearest = await tx
      .select({ shipmentId: routeStops.shipmentId, status: statusSql })
      .from(routeStops)
      .innerJoin(shipments, eq(shipments.id, routeStops.shipmentId))
      .where(and(eq(routeStops.tenantId, ctx.tenantId), eq(routeStops.routeId, input.routeId), isNull(routeStops.departedAt)))
      .orderBy(asc(routeStops.seq))
      .limit(DRIVER_VISIBLE_WITHIN_STOPS + 1)
    // Farthest first, in the same lock order as a route refresh, so the two never deadlock.
    for (let stopsAway = nearest.length - 1; stopsAway >= 0; stopsAway--) {
      const stop = nearest[stopsAway]!
      const driver = visibleDriver({
        status: stop.status,
        driverName: route.driverName,
        stopsAway,
        done: false,
        position: { ...position, at: position.at.toISOString() },
        window: null,
      })
      if (driver?.position) await news.live(stop.shipmentId, 'position', { driver })
    }
  })
}
