import { and, eq, isNull } from 'drizzle-orm'
import { routeStops } from '../../db/schema/index.ts'
import type { TenantContext } from '../context.ts'
import { relearnEtaStats } from './eta-stats-store.ts'
import { refreshRoute } from './refresh-route.ts'

/**
 * A stop of a route was just done: everyone after it is a stop closer, and a route with no stop
 * left is history the ETA engine learns from.
 */
export async function afterStopDone(ctx: TenantContext, shipmentId: string) {
  const [stop] = await ctx.db
    .select({ routeId: routeStops.routeId })
    .from(routeStops)
    .where(and(eq(routeStops.shipmentId, shipmentId), eq(routeStops.tenantId, ctx.tenantId)))
  if (!stop) return
  const [open] = await ctx.db
    .select({ shipmentId: routeStops.shipmentId })
    .from(routeStops)
    .where(and(eq(routeStops.tenantId, ctx.tenantId), eq(routeStops.routeId, stop.routeId), isNull(routeStops.departedAt)))
    .limit(1)
  if (open) await refreshRoute({ ctx, input: { routeId: stop.routeId } })
  else await relearnEtaStats(ctx.db, ctx.tenantId, ctx.clock.now())
}
