import { and, isNotNull, isNull, lt } from 'drizzle-orm'
import type { Database } from '../../db/database.ts'
import { routeStops } from '../../db/schema/index.ts'

const MAX_ROUTES = 500

/**
 * Routes with stops still to serve whose windows have not been recomputed since `before`: their
 * driver has gone quiet (no pings), so nothing else would widen the windows or re-send them.
 */
export async function quietRoutes(db: Database, before: Date): Promise<Array<{ tenantId: string; routeId: string }>> {
  return db
    .selectDistinct({ tenantId: routeStops.tenantId, routeId: routeStops.routeId })
    .from(routeStops)
    .where(
      and(isNull(routeStops.departedAt), isNotNull(routeStops.etaUpdatedAt), lt(routeStops.etaUpdatedAt, before)),
    )
    .limit(MAX_ROUTES)
}
