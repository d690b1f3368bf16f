import { and, asc, desc, eq, isNull, notExists, sql } from 'drizzle-orm'
import type { Database, Transaction } from '../../db/database.ts'
import { etaStats, routePositions, routeStops, routes } from '../../db/schema/index.ts'
import { type CompletedRoute, type EtaStats, learnEta } from '../../eta/index.ts'
import { routeSoFar } from './route-history.ts'
import { loadRouteState } from './route-state.ts'

// Recent routes describe today's streets and drivers best; older ones add little but cost.
const ROUTES_TO_LEARN_FROM = 30

/** The tenant's learned stats, or the engine's defaults before any route has completed. */
export async function loadEtaStats(db: Database | Transaction, tenantId: string): Promise<EtaStats> {
  const [row] = await db.select({ stats: etaStats.stats }).from(etaStats).where(eq(etaStats.tenantId, tenantId))
  return row ? (row.stats as EtaStats) : learnEta([])
}

/**
 * Re-learns the tenant's stats from its latest completed routes (every stop done). Runs when a
 * route completes, so windows tighten as the fleet's history grows.
 */
export async function relearnEtaStats(db: Database, tenantId: string, now: Date): Promise<number> {
  const stop = routeStops
  const completed = await db
    .select({ id: routes.id })
    .from(routes)
    .where(
      and(
        eq(routes.tenantId, tenantId),
        notExists(
          db.select({ x: sql`1` }).from(stop).where(and(eq(stop.tenantId, routes.tenantId), eq(stop.routeId, routes.id), isNull(stop.departedAt))),
        ),
      ),
    )
    .orderBy(desc(routes.updatedAt))
    .limit(ROUTES_TO_LEARN_FROM)
  const history: CompletedRoute[] = []
  for (const { id } of completed) {
    const state = await loadRouteState(db, tenantId, id)
    if (!state || state.stops.length === 0) continue
    const pings = await db
      .select({ lat: routePositions.lat, lng: routePositions.lng, at: routePositions.at })
      .from(routePositions)
      .where(and(eq(routePositions.tenantId, tenantId), eq(routePositions.routeId, id)))
      .orderBy(asc(routePositions.at))
    history.push(routeSoFar(state.stops, pings))
  }
  const stats = learnEta(history)
  await db
    .insert(etaStats)
    .values({ tenantId, stats, routesLearned: history.length, learnedAt: now })
    .onConflictDoUpdate({ target: etaStats.tenantId, set: { stats, routesLearned: history.length, learnedAt: now } })
  return history.length
}
