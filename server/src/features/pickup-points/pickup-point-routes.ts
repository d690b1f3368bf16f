import { createRoute } from '@hono/zod-openapi'
import { PickupPoint, PickupPointId, PutPickupPointRequest } from '@porchlight/shared'
import { z } from 'zod'
import type { AppDeps } from '../../deps.ts'
import { jsonBody } from '../../http/json-body.ts'
import { retailerAuth } from '../tenants/index.ts'
import { jsonContent } from '../../http/json-content.ts'
import { problemResponses } from '../../http/problem-responses.ts'
import { createRouter } from '../../http/router.ts'
import { listPickupPoints, putPickupPoint } from './put-pickup-point.ts'

const security = [{ apiKey: [] }]
const tags = ['Pickup points']

const putPickupPointRoute = createRoute({
  method: 'put',
  path: '/v1/pickup-points/{id}',
  tags,
  security,
  summary: 'Create or replace a locker or shop shoppers may send their parcel to',
  request: { params: z.strictObject({ id: PickupPointId }), body: { required: true, ...jsonContent(PutPickupPointRequest) } },
  responses: {
    200: { description: 'Replaced.', ...jsonContent(PickupPoint) },
    201: { description: 'Created.', ...jsonContent(PickupPoint) },
    ...problemResponses(400, 401, 409, 413, 415),
  },
})

const listPickupPointsRoute = createRoute({
  method: 'get',
  path: '/v1/pickup-points',
  tags,
  security,
  summary: "The tenant's pickup points with how many parcels are on their way to each",
  responses: {
    200: { description: 'By id; at most 1,000.', ...jsonContent(z.object({ pickupPoints: z.array(PickupPoint) })) },
    ...problemResponses(401),
  },
})

export function pickupPointRoutes(deps: AppDeps) {
  const router = createRouter()
  router.use('/v1/pickup-points/*', retailerAuth(deps), jsonBody)
  router.openapi(putPickupPointRoute, async (c) => {
    const { created, pickupPoint } = await putPickupPoint({
      ctx: c.var.ctx,
      input: { id: c.req.valid('param').id, point: c.req.valid('json') },
    })
    return created ? c.json(pickupPoint, 201) : c.json(pickupPoint, 200)
  })
  router.openapi(listPickupPointsRoute, async (c) => c.json(await listPickupPoints({ ctx: c.var.ctx }), 200))
  return router
}
