import { and, eq, isNull } from 'drizzle-orm'
import type { AppDeps } from '../../deps.ts'
import { routeStops } from '../../db/schema/index.ts'
import { relearnEtaStats } from './eta-stats-store.ts'
import { refreshRoute } from './refresh-route.ts'
import { coalesce } from './refresh-coalescer.ts'

export type RouteJobs = ReturnType<typeof createRouteJobs>

/**
 * The work that follows a route's news, off the request that brought it: recomputing windows
 * (coalesced per route) and re-learning the tenant's ETA stats when a route completes (coalesced
 * per tenant; it takes about a second). Failures are logged; the next news runs them again.
 */
export function createRouteJobs(deps: Pick<AppDeps, 'db' | 'clock' | 'ids' | 'bus' | 'config' | 'logger'>) {
  const ctx = (tenantId: string) => ({ ...deps, tenantId })
  const fail = (job: string) => (error: unknown) => deps.logger.error(`${job} failed`, { error: String(error) })
  const refreshes = coalesce((key) => {
    const [tenantId = '', routeId = ''] = key.split('\n')
    return refreshRoute({ ctx: ctx(tenantId), input: { routeId } })
  }, fail('route refresh'))
  const relearning = coalesce(async (tenantId) => {
    await relearnEtaStats(deps.db, tenantId, deps.clock.now())
  }, fail('ETA re-learning'))

  const refresh = (tenantId: string, routeId: string) => refreshes.schedule(`${tenantId}\n${routeId}`)

  return {
    refresh,
    /** A stop was just done: everyone after it is a stop closer; a finished route is history. */
    async afterStopDone(tenantId: string, shipmentId: string) {
      const [stop] = await deps.db
        .select({ routeId: routeStops.routeId })
        .from(routeStops)
        .where(and(eq(routeStops.shipmentId, shipmentId), eq(routeStops.tenantId, tenantId)))
      if (!stop) return
      const [open] = await deps.db
        .select({ shipmentId: routeStops.shipmentId })
        .from(routeStops)
        .where(and(eq(routeStops.tenantId, tenantId), eq(routeStops.routeId, stop.routeId), isNull(routeStops.departedAt)))
        .limit(1)
      await (open ? refresh(tenantId, stop.routeId) : relearning.schedule(tenantId))
    },
    /** Settles when no job is running: for shutdown and tests. */
    idle: () => Promise.all([refreshes.idle(), relearning.idle()]).then(() => {}),
  }
}
