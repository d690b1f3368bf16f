import type { AppDeps } from '../../deps.ts'
import { notFound } from '../../errors/api-error.ts'
import { jsonBody } from '../../http/json-body.ts'
import { retailerAuth } from '../tenants/index.ts'
import { createRouter } from '../../http/router.ts'
import { ingestPositions } from './ingest-positions.ts'
import { putRoute } from './put-route.ts'
import { loadRouteState } from './route-state.ts'
import { toRoute } from './route-view.ts'
import { getRouteRoute, postPositionsRoute, putRouteRoute } from './route-routes.ts'

/** What follows a route's news, off the request that brought it (the route jobs do it). */
export type RouteNews = {
  /** The stops changed: windows and stops away for everyone on it, now. */
  refresh(tenantId: string, routeId: string): Promise<void>
  /** New pings: the position at once, the windows when their turn comes. */
  pinged(tenantId: string, routeId: string): Promise<void>
}

/** A driver's run: its stops in order, where the van is, and what that means for each stop. */
export function routeRoutes(deps: AppDeps, jobs: RouteNews) {
  const router = createRouter()
  router.use('/v1/routes/*', retailerAuth(deps), jsonBody)

  router.openapi(putRouteRoute, async (c) => {
    const { routeId } = c.req.valid('param')
    const tenant = c.var.ctx
    const { created } = await putRoute({ ctx: tenant, input: { routeId, route: c.req.valid('json') } })
    await jobs.refresh(tenant.tenantId, routeId)
    const route = await loadRouteState(deps.db, c.var.tenant.id, routeId)
    if (!route) throw notFound('Route')
    return created ? c.json(toRoute(route), 201) : c.json(toRoute(route), 200)
  })

  router.openapi(getRouteRoute, async (c) => {
    const state = await loadRouteState(deps.db, c.var.tenant.id, c.req.valid('param').routeId)
    if (!state) throw notFound('Route')
    return c.json(toRoute(state), 200)
  })

  router.openapi(postPositionsRoute, async (c) => {
    const { routeId } = c.req.valid('param')
    const result = await ingestPositions({ ctx: c.var.ctx, input: { routeId, batch: c.req.valid('json') } })
    // 202: stored now; the windows and live events follow without holding the driver's app.
    if (result.accepted > 0) void jobs.pinged(c.var.tenant.id, routeId)
    return c.json(result, 202)
  })

  return router
}
