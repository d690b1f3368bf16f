import type { AppDeps } from '../../deps.ts'
import type { RouteJobs } from '../../route-jobs/route-jobs.ts'
import { jsonBody } from '../../http/json-body.ts'
import { retailerAuth } from '../tenants/retailer-auth.ts'
import { createRouter } from '../../http/router.ts'
import { recordEvent } from './record-event.ts'
import { sha256Hex } from '../../secrets/sha256.ts'
import { createShipment } from './create-shipment.ts'
import { getShipment } from './get-shipment.ts'
import { listShipments } from './list-shipments.ts'
import { revokeTokens, rotateToken } from '../tokens/token-lifecycle.ts'
import { postMessage } from '../chat/post-message.ts'
import { getConversation, markRead } from '../chat/read-conversation.ts'
import {
  getShipmentMessagesRoute,
  markShipmentMessagesReadRoute,
  postShipmentMessageRoute,
  revokeTokensRoute,
  rotateTokenRoute,
} from './conversation-token-routes.ts'
import { createShipmentRoute, getShipmentRoute, listShipmentsRoute, recordEventRoute } from './shipment-routes.ts'

export function shipmentRoutes(deps: AppDeps, jobs: RouteJobs) {
  const router = createRouter()
  // Hono's `/v1/shipments/*` also matches `/v1/shipments` itself.
  router.use('/v1/shipments/*', retailerAuth(deps), jsonBody)
  const ctx = (tenantId: string) => ({ ...deps, tenantId })

  router.openapi(createShipmentRoute, async (c) => {
    const created = await createShipment({ ctx: ctx(c.var.tenant.id), input: c.req.valid('json') })
    return c.json(created, 201)
  })

  router.openapi(listShipmentsRoute, async (c) => {
    return c.json(await listShipments({ ctx: ctx(c.var.tenant.id), input: c.req.valid('query') }), 200)
  })

  router.openapi(getShipmentRoute, async (c) => {
    return c.json(await getShipment({ ctx: ctx(c.var.tenant.id), input: c.req.valid('param') }), 200)
  })

  router.openapi(recordEventRoute, async (c) => {
    const { id } = c.req.valid('param')
    const event = c.req.valid('json')
    const key = c.req.valid('header')['idempotency-key']
    const idempotency = key === undefined
      ? undefined
      : { key, fingerprint: `POST ${c.req.path} ${await sha256Hex(JSON.stringify(event))}` }
    const answer = await recordEvent({ ctx: ctx(c.var.tenant.id), input: { shipmentId: id, event, idempotency } })
    if (answer.replayed) c.header('Idempotent-Replayed', 'true')
    if (answer.stopDone) void jobs.afterStopDone(c.var.tenant.id, id)
    return answer.status === 201 ? c.json(answer.body, 201) : c.json(answer.body, 200)
  })

  router.openapi(getShipmentMessagesRoute, async (c) => {
    return c.json(await getConversation(deps, { tenantId: c.var.tenant.id, shipmentId: c.req.valid('param').id }), 200)
  })

  router.openapi(postShipmentMessageRoute, async (c) => {
    const { author, body } = c.req.valid('json')
    const message = await postMessage(deps, { tenantId: c.var.tenant.id, shipmentId: c.req.valid('param').id, author, body })
    return c.json(message, 201)
  })

  router.openapi(markShipmentMessagesReadRoute, async (c) => {
    const shipmentId = c.req.valid('param').id
    await markRead(deps, { tenantId: c.var.tenant.id, shipmentId, reader: 'retailer', upTo: c.req.valid('json').upTo })
    return c.body(null, 204)
  })

  router.openapi(rotateTokenRoute, async (c) => {
    return c.json(await rotateToken({ ctx: ctx(c.var.tenant.id), input: { shipmentId: c.req.valid('param').id } }), 201)
  })

  router.openapi(revokeTokensRoute, async (c) => {
    await revokeTokens({ ctx: ctx(c.var.tenant.id), input: { shipmentId: c.req.valid('param').id } })
    return c.body(null, 204)
  })

  return router
}
