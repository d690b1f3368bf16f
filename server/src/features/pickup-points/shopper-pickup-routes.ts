import { createRoute } from '@hono/zod-openapi'
import { ChoosePickupPointRequest, NearbyPickupPointList } from '@porchlight/shared'
import type { AppDeps } from '../../deps.ts'
import { jsonContent } from '../../http/json-content.ts'
import { problemResponses } from '../../http/problem-responses.ts'
import { createRouter } from '../../http/router.ts'
import { type ShopperEnv, shopperAccess, trackParams } from '../tokens/index.ts'
import { deleteChangeRoute, freshView, putChangeRoute } from '../tracking/index.ts'
import { nearbyPickupPoints } from './nearby-pickup-points.ts'
import { choosePickupPoint, clearPickupPoint } from './pickup-point-choice.ts'

const pickupPointsRoute = createRoute({
  method: 'get',
  path: '/v1/track/{token}/pickup-points',
  tags: ['Shopper'],
  summary: 'The nearest lockers and shops, and the one chosen',
  request: { params: trackParams },
  responses: { 200: { description: 'Nearest first.', ...jsonContent(NearbyPickupPointList) }, ...problemResponses(403, 404) },
})

const putPickupPointRoute = putChangeRoute('/v1/track/{token}/pickup-point',
  'Send the parcel to a pickup point (409 `pickup_point_full` when it has no room)',
  ChoosePickupPointRequest,
)
const deletePickupPointRoute = deleteChangeRoute('/v1/track/{token}/pickup-point', 'Back to home delivery')

/** The shopper's side of pickup points: the nearest ones, and sending the parcel to one (or back home). */
export function shopperPickupRoutes(deps: AppDeps) {
  const router = createRouter<ShopperEnv>()
  router.get('/v1/track/:token/pickup-points', shopperAccess(deps, 'read'))
  router.on(['PUT', 'DELETE'], '/v1/track/:token/pickup-point', shopperAccess(deps, 'write'))
  const view = freshView(deps)
  router.openapi(pickupPointsRoute, async (c) => c.json(await nearbyPickupPoints({ ctx: c.var.ctx }), 200))
  router.openapi(putPickupPointRoute, async (c) => {
    await choosePickupPoint({ ctx: c.var.ctx, input: c.req.valid('json') })
    return c.json(await view(c), 200)
  })
  router.openapi(deletePickupPointRoute, async (c) => {
    await clearPickupPoint({ ctx: c.var.ctx })
    return c.json(await view(c), 200)
  })
  return router
}
