import { createRoute } from '@hono/zod-openapi'
import { DeletePushSubscriptionRequest, PushSubscriptionRequest } from '@porchlight/shared'
import type { AppDeps } from '../../deps.ts'
import { jsonContent } from '../../http/json-content.ts'
import { problemResponses } from '../../http/problem-responses.ts'
import { createRouter } from '../../http/router.ts'
import { shopperAccess, type ShopperEnv, trackParams as params } from '../tokens/index.ts'
import { subscribeToPushes, unsubscribeFromPushes } from './push-subscriptions.ts'

const subscribeRoute = createRoute({
  method: 'post',
  path: '/v1/track/{token}/push-subscriptions',
  tags: ['Shopper'],
  summary: "Notify this browser of the delivery's news",
  description: 'The body is the browser\'s `PushSubscription` as JSON, plus `openUrl`: the page a notification click opens.',
  request: { params, body: { required: true, ...jsonContent(PushSubscriptionRequest) } },
  responses: { 201: { description: 'Subscribed.' }, ...problemResponses(400, 403, 404, 409, 413, 415) },
})

const unsubscribeRoute = createRoute({
  method: 'delete',
  path: '/v1/track/{token}/push-subscriptions',
  tags: ['Shopper'],
  summary: 'Stop notifying this browser',
  request: { params, body: { required: true, ...jsonContent(DeletePushSubscriptionRequest) } },
  responses: { 204: { description: 'No longer subscribed.' }, ...problemResponses(400, 404, 413, 415) },
})

/** A shopper's browser asking for the delivery's news as notifications, and taking it back. */
export function pushSubscriptionRoutes(deps: AppDeps) {
  const router = createRouter<ShopperEnv>()
  router.on(['POST', 'DELETE'], '/v1/track/:token/push-subscriptions', shopperAccess(deps, 'write'))
  router.openapi(subscribeRoute, async (c) => {
    await subscribeToPushes({ ctx: { ...c.var.ctx, outbound: deps.outbound }, input: c.req.valid('json') })
    return c.body(null, 201)
  })
  router.openapi(unsubscribeRoute, async (c) => {
    await unsubscribeFromPushes({ ctx: c.var.ctx, input: c.req.valid('json') })
    return c.body(null, 204)
  })
  return router
}
