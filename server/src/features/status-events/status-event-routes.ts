import { createRoute } from '@hono/zod-openapi'
import { CreateEventRequest, CreateEventResponse, ResourceId } from '@porchlight/shared'
import { z } from 'zod'
import type { AppDeps } from '../../deps.ts'
import { jsonBody } from '../../http/json-body.ts'
import { jsonContent } from '../../http/json-content.ts'
import { problemResponses } from '../../http/problem-responses.ts'
import { createRouter } from '../../http/router.ts'
import { sha256Hex } from '../../secrets/sha256.ts'
import { retailerAuth } from '../tenants/index.ts'
import { recordEvent } from './record-event.ts'

const recordEventRoute = createRoute({
  method: 'post',
  path: '/v1/shipments/{id}/events',
  tags: ['Shipments'],
  security: [{ apiKey: [] }],
  summary: 'Report a status event',
  description:
    'With an `Idempotency-Key` header, a repeat returns the first answer and writes nothing. ' +
    'The same event (type and instant) reported twice answers 200 with the existing entry.',
  request: {
    params: z.strictObject({ id: ResourceId }),
    headers: z.object({ 'idempotency-key': z.string().min(1).max(255).optional() }),
    body: { required: true, ...jsonContent(CreateEventRequest) },
  },
  responses: {
    201: { description: 'Recorded.', ...jsonContent(CreateEventResponse) },
    200: { description: 'Already recorded: the existing entry.', ...jsonContent(CreateEventResponse) },
    ...problemResponses(400, 401, 404, 413, 415, 422),
  },
})

/** What the route does once a stop is done: everyone after it is a stop closer. */
export type StopNews = { afterStopDone(tenantId: string, shipmentId: string): Promise<void> }

/** The carrier's scans: each a status event on the shipment's timeline. */
export function statusEventRoutes(deps: AppDeps, stops: StopNews) {
  const router = createRouter()
  router.use('/v1/shipments/:id/events', retailerAuth(deps), jsonBody)
  router.openapi(recordEventRoute, async (c) => {
    const { id } = c.req.valid('param')
    const event = c.req.valid('json')
    const key = c.req.valid('header')['idempotency-key']
    const idempotency = key === undefined ? undefined : { key, fingerprint: `POST ${c.req.path} ${await sha256Hex(JSON.stringify(event))}` }
    const answer = await recordEvent({ ctx: c.var.ctx, input: { shipmentId: id, event, idempotency } })
    if (answer.replayed) c.header('Idempotent-Replayed', 'true')
    if (answer.stopDone) void stops.afterStopDone(c.var.tenant.id, id)
    return answer.status === 201 ? c.json(answer.body, 201) : c.json(answer.body, 200)
  })
  return router
}
