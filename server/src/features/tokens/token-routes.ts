import { createRoute } from '@hono/zod-openapi'
import { ResourceId, TrackingTokenResponse } from '@porchlight/shared'
import { z } from 'zod'
import type { AppDeps } from '../../deps.ts'
import { jsonBody } from '../../http/json-body.ts'
import { jsonContent } from '../../http/json-content.ts'
import { problemResponses } from '../../http/problem-responses.ts'
import { createRouter } from '../../http/router.ts'
import { retailerAuth } from '../tenants/index.ts'
import { revokeTokens, rotateToken } from './token-lifecycle.ts'

const security = [{ apiKey: [] }]
const tags = ['Shipments']
const params = z.strictObject({ id: ResourceId })

const rotateTokenRoute = createRoute({
  method: 'post',
  path: '/v1/shipments/{id}/tracking-token',
  tags,
  security,
  summary: 'Revoke every tracking link of the shipment and issue a new one',
  request: { params },
  responses: { 201: { description: 'The new link, shown this once.', ...jsonContent(TrackingTokenResponse) }, ...problemResponses(401, 404) },
})

const revokeTokensRoute = createRoute({
  method: 'delete',
  path: '/v1/shipments/{id}/tracking-token',
  tags,
  security,
  summary: 'Revoke every tracking link of the shipment at once',
  request: { params },
  responses: { 204: { description: 'Revoked.' }, ...problemResponses(401, 404) },
})

/** The retailer's hold on a shipment's tracking links: a new one, or none at all. */
export function tokenRoutes(deps: AppDeps) {
  const router = createRouter()
  router.use('/v1/shipments/:id/tracking-token', retailerAuth(deps), jsonBody)
  router.openapi(rotateTokenRoute, async (c) => {
    return c.json(await rotateToken({ ctx: c.var.ctx, input: { shipmentId: c.req.valid('param').id } }), 201)
  })
  router.openapi(revokeTokensRoute, async (c) => {
    await revokeTokens({ ctx: c.var.ctx, input: { shipmentId: c.req.valid('param').id } })
    return c.body(null, 204)
  })
  return router
}
