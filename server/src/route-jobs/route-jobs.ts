import { and, eq, isNull } from 'drizzle-orm'
import type { AppDeps } from '../deps.ts'
import { routeStops } from '../db/schema/index.ts'
import { concurrencyLimit } from './concurrency-limit.ts'
import { quietRoutes, refreshRoute, relearnEtaStats, shareDriverPosition } from '../features/routes/index.ts'
import { coalesce } from './refresh-coalescer.ts'
import { loggableError } from '../errors/loggable-error.ts'

export type RouteJobs = ReturnType<typeof createRouteJobs>

// Windows move by minutes, not seconds: recomputing a route more often than this is wasted work
// that would starve the ingest of everyone's pings.
const REFRESH_GAP_MS = 10_000
// Background jobs share the pool (10 connections) with requests; this leaves most to requests.
const MAX_CONCURRENT_JOBS = 3
// A route without pings for this long has its windows recomputed anyway: the engine widens them
// as the last position ages, and the shopper must see that rather than a window frozen in time.
export const QUIET_ROUTE_MS = 2 * 60_000

/**
 * The work that follows a route's news, off the request that brought it: sharing the driver's
 * position at once, recomputing windows (coalesced per route, at most every ten seconds), and
 * re-learning the tenant's ETA stats when a route completes (coalesced per tenant; it takes about
 * a second). Failures are logged; the next news runs them again.
 */
export function createRouteJobs(deps: Pick<AppDeps, 'db' | 'clock' | 'ids' | 'bus' | 'config' | 'logger' | 'webhooks' | 'pushes'>) {
  const ctx = (tenantId: string) => ({ ...deps, tenantId })
  const limit = concurrencyLimit(MAX_CONCURRENT_JOBS)
  const fail = (job: string) => (error: unknown) => deps.logger.error(`${job} failed`, loggableError(error))
  const perRoute = (job: typeof refreshRoute) => (key: string) => {
    const [tenantId = '', routeId = ''] = key.split('\n')
    return limit(() => job({ ctx: ctx(tenantId), input: { routeId } }))
  }
  // Two queues, one job: a new route or a finished stop is news now; pings can wait their turn.
  // The route's advisory lock keeps the two from running a refresh at the same time.
  const refreshes = coalesce(perRoute(refreshRoute), fail('route refresh'))
  const pingRefreshes = coalesce(perRoute(refreshRoute), fail('route refresh'), REFRESH_GAP_MS)
  const positions = coalesce(perRoute(shareDriverPosition), fail('sharing the driver position'))
  const relearning = coalesce(async (tenantId) => {
    await limit(() => relearnEtaStats(deps.db, tenantId, deps.clock.now()))
  }, fail('ETA re-learning'))

  const refresh = (tenantId: string, routeId: string) => refreshes.schedule(`${tenantId}\n${routeId}`)

  return {
    refresh,
    /** New pings: the position now, the windows when their turn comes. */
    pinged(tenantId: string, routeId: string) {
      const key = `${tenantId}\n${routeId}`
      return Promise.all([positions.schedule(key), pingRefreshes.schedule(key)]).then(() => {})
    },
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
    /** Recomputes the windows of routes whose driver has gone quiet. */
    async refreshQuietRoutes() {
      const quiet = await quietRoutes(deps.db, new Date(deps.clock.now().getTime() - QUIET_ROUTE_MS))
      await Promise.all(quiet.map((r) => refresh(r.tenantId, r.routeId)))
    },
    /** Settles when no job is running: for tests. */
    idle: () => Promise.all([refreshes.idle(), pingRefreshes.idle(), positions.idle(), relearning.idle()]).then(() => {}),
    /** For shutdown: runs what is waiting its turn now, and settles when all is done. */
    stop: () => Promise.all([refreshes.stop(), pingRefreshes.stop(), positions.stop(), relearning.stop()]).then(() => {}),
  }
}
