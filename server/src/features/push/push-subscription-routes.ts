import { createRoute } from '@hono/zod-openapi'
import { DeletePushSubscriptionRequest, PushSubscriptionRequest } from '@porchlight/shared'
import { z } from 'zod'
import { jsonContent } from '../../http/json-content.ts'
import { problemResponses } from '../../http/problem-responses.ts'

const params = z.object({ token: z.string().max(200) })

export const subscribeRoute = createRoute({
  method: 'post',
  path: '/v1/track/{token}/push-subscriptions',
  tags: ['Shopper'],
  summary: "Notify this browser of the delivery's news",
  description: 'The body is the browser\'s `PushSubscription` as JSON, plus `openUrl`: the page a notification click opens.',
  request: { params, body: { required: true, ...jsonContent(PushSubscriptionRequest) } },
  responses: { 201: { description: 'Subscribed.' }, ...problemResponses(400, 403, 404, 409, 413, 415) },
})

export const unsubscribeRoute = createRoute({
  method: 'delete',
  path: '/v1/track/{token}/push-subscriptions',
  tags: ['Shopper'],
  summary: 'Stop notifying this browser',
  request: { params, body: { required: true, ...jsonContent(DeletePushSubscriptionRequest) } },
  responses: { 204: { description: 'No longer subscribed.' }, ...problemResponses(400, 404, 413, 415) },
})
