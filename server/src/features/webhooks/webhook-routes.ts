import { createRoute } from '@hono/zod-openapi'
import { PutWebhookRequest, WebhookEndpoint } from '@porchlight/shared'
import type { AppDeps } from '../../deps.ts'
import { jsonBody } from '../../http/json-body.ts'
import { retailerAuth } from '../tenants/index.ts'
import { jsonContent } from '../../http/json-content.ts'
import { problemResponses } from '../../http/problem-responses.ts'
import { createRouter } from '../../http/router.ts'
import { deleteWebhook, getWebhook, putWebhook } from './webhook-endpoint.ts'

const security = [{ apiKey: [] }]
const tags = ['Webhook']

const putWebhookRoute = createRoute({
  method: 'put',
  path: '/v1/webhook',
  tags,
  security,
  summary: "Set where the tenant's events are POSTed",
  description:
    'Each event is POSTed as JSON (`WebhookEvent`) with `Porchlight-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`, ' +
    '`Porchlight-Event-Id` and `Porchlight-Event-Type`; retried with exponential back-off and jitter until a 2xx, in order per shipment. ' +
    'A retry carries the same event id: deduplicate on it.',
  request: { body: { required: true, ...jsonContent(PutWebhookRequest) } },
  responses: { 200: { description: 'Set.', ...jsonContent(WebhookEndpoint) }, ...problemResponses(400, 401, 413, 415) },
})

const getWebhookRoute = createRoute({
  method: 'get',
  path: '/v1/webhook',
  tags,
  security,
  summary: 'Where events go now (the secret is not shown)',
  responses: { 200: { description: 'The webhook.', ...jsonContent(WebhookEndpoint) }, ...problemResponses(401, 404) },
})

const deleteWebhookRoute = createRoute({
  method: 'delete',
  path: '/v1/webhook',
  tags,
  security,
  summary: 'Stop sending events',
  responses: { 204: { description: 'Removed.' }, ...problemResponses(401, 404) },
})

export function webhookRoutes(deps: AppDeps) {
  const router = createRouter()
  router.use('/v1/webhook', retailerAuth(deps), jsonBody)
  router.openapi(putWebhookRoute, async (c) => {
    return c.json(await putWebhook({ ctx: { ...c.var.ctx, outbound: deps.outbound }, input: c.req.valid('json') }), 200)
  })
  router.openapi(getWebhookRoute, async (c) => c.json(await getWebhook({ ctx: c.var.ctx }), 200))
  router.openapi(deleteWebhookRoute, async (c) => {
    await deleteWebhook({ ctx: c.var.ctx })
    return c.body(null, 204)
  })
  return router
}
