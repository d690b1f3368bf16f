import { createRoute } from '@hono/zod-openapi'
import { LookupRequest, TrackingTokenResponse } from '@porchlight/shared'
import type { AppDeps } from '../../deps.ts'
import { jsonBody } from '../../http/json-body.ts'
import { jsonContent } from '../../http/json-content.ts'
import { problemResponses } from '../../http/problem-responses.ts'
import { createRouter } from '../../http/router.ts'
import { lookupShipment } from './lookup-shipment.ts'
import { allowTenantOrigin, shopperHeaders } from '../tokens/index.ts'

const lookupRoute = createRoute({
  method: 'post',
  path: '/v1/lookup',
  tags: ['Shopper'],
  summary: 'Find a delivery by order reference and postcode, for a shopper without a link',
  description: 'Any wrong part answers the same 404. Limited per client and per order (429 with `Retry-After`). The link it returns lasts 7 days.',
  request: { body: { required: true, ...jsonContent(LookupRequest) } },
  responses: {
    200: { description: 'A new tracking token for the delivery.', ...jsonContent(TrackingTokenResponse) },
    ...problemResponses(400, 404, 413, 415, 429),
  },
})

export function lookupRoutes(deps: AppDeps) {
  const router = createRouter()
  // The preflight cannot see which retailer the body names: it may go ahead, and the answer
  // itself is readable only by that retailer's storefronts.
  router.options('/v1/lookup', (c) => {
    const origin = c.req.header('Origin')
    if (origin) {
      c.header('Access-Control-Allow-Origin', origin)
      c.header('Access-Control-Allow-Methods', 'POST')
      c.header('Access-Control-Allow-Headers', 'Content-Type')
      c.header('Access-Control-Max-Age', '600')
    }
    c.header('Vary', 'Origin')
    return c.body(null, 204)
  })
  // Refusals (404, 429) say nothing about any retailer, so any page may read them.
  router.use('/v1/lookup', shopperHeaders, async (c, next) => {
    const origin = c.req.header('Origin')
    if (origin) c.header('Access-Control-Allow-Origin', origin)
    await next()
  }, jsonBody)
  router.openapi(lookupRoute, async (c) => {
    const { allowedOrigins, ...found } = await lookupShipment({ ctx: deps, input: { ...c.req.valid('json'), client: deps.clientAddress(c) } })
    c.header('Access-Control-Allow-Origin', undefined)
    allowTenantOrigin(c, allowedOrigins)
    return c.json(found, 200)
  })
  return router
}
