import type { AppDeps } from '../../deps.ts'
import { notFound } from '../../errors/api-error.ts'
import { jsonBody } from '../../middleware/json-body.ts'
import { retailerAuth } from '../../middleware/retailer-auth.ts'
import { createRouter } from '../../openapi/router.ts'
import { ingestPositions } from '../../services/routes/ingest-positions.ts'
import { putRoute } from '../../services/routes/put-route.ts'
import { loadRouteState } from '../../services/routes/route-state.ts'
import { toRoute } from '../../services/routes/route-view.ts'
import { getRouteRoute, postPositionsRoute, putRouteRoute } from './route-routes.ts'

export function routeRoutes(deps: AppDeps) {
  const router = createRouter()
  router.use('/v1/routes/*', retailerAuth(deps.db), jsonBody)
  const ctx = (tenantId: string) => ({ ...deps, tenantId })

  router.openapi(putRouteRoute, async (c) => {
    const { routeId } = c.req.valid('param')
    const { route, created } = await putRoute({ ctx: ctx(c.var.tenant.id), input: { routeId, route: c.req.valid('json') } })
    return created ? c.json(route, 201) : c.json(route, 200)
  })

  router.openapi(getRouteRoute, async (c) => {
    const state = await loadRouteState(deps.db, c.var.tenant.id, c.req.valid('param').routeId)
    if (!state) throw notFound('Route')
    return c.json(toRoute(state), 200)
  })

  router.openapi(postPositionsRoute, async (c) => {
    const { routeId } = c.req.valid('param')
    const result = await ingestPositions({ ctx: ctx(c.var.tenant.id), input: { routeId, batch: c.req.valid('json') } })
    return c.json(result, 202)
  })

  return router
}
