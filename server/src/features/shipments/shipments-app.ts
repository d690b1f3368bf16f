import type { AppDeps } from '../../deps.ts'
import { jsonBody } from '../../http/json-body.ts'
import { createRouter } from '../../http/router.ts'
import { retailerAuth } from '../tenants/index.ts'
import { createShipment } from './create-shipment.ts'
import { getShipment } from './get-shipment.ts'
import { listShipments } from './list-shipments.ts'
import { createShipmentRoute, getShipmentRoute, listShipmentsRoute } from './shipment-routes.ts'

/** The retailer's shipments: create one, list them, read one with all that is known of it. */
export function shipmentRoutes(deps: AppDeps) {
  const router = createRouter()
  const auth = retailerAuth(deps)
  // Exact paths: the shipment's events, messages and links are other features' routes.
  router.use('/v1/shipments', auth, jsonBody)
  router.use('/v1/shipments/:id', auth, jsonBody)
  router.openapi(createShipmentRoute, async (c) => c.json(await createShipment({ ctx: c.var.ctx, input: c.req.valid('json') }), 201))
  router.openapi(listShipmentsRoute, async (c) => c.json(await listShipments({ ctx: c.var.ctx, input: c.req.valid('query') }), 200))
  router.openapi(getShipmentRoute, async (c) => c.json(await getShipment({ ctx: c.var.ctx, input: c.req.valid('param') }), 200))
  return router
}
