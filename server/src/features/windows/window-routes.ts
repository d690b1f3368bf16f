import { createRoute } from '@hono/zod-openapi'
import {
  CreateWindowRequest,
  CreateWindowResponse,
  DeliveryWindow,
  PatchWindowRequest,
  ResourceId,
  WindowList,
  WindowListQuery,
} from '@porchlight/shared'
import { z } from 'zod'
import type { AppDeps } from '../../deps.ts'
import { jsonBody } from '../../http/json-body.ts'
import { retailerAuth } from '../tenants/index.ts'
import { jsonContent } from '../../http/json-content.ts'
import { problemResponses } from '../../http/problem-responses.ts'
import { createRouter } from '../../http/router.ts'
import { createWindow, deleteWindow, listWindows, patchWindow } from './retailer-windows.ts'

const security = [{ apiKey: [] }]
const tags = ['Delivery windows']

const createWindowRoute = createRoute({
  method: 'post',
  path: '/v1/windows',
  tags,
  security,
  summary: 'Offer a bookable delivery window',
  description: 'Shoppers whose postcode starts with `postcodePrefix` (all, without one) may move their delivery into it.',
  request: { body: { required: true, ...jsonContent(CreateWindowRequest) } },
  responses: { 201: { description: 'Created.', ...jsonContent(CreateWindowResponse) }, ...problemResponses(400, 401, 413, 415) },
})

const listWindowsRoute = createRoute({
  method: 'get',
  path: '/v1/windows',
  tags,
  security,
  summary: 'Windows starting in [from, to), with how many places are booked',
  request: { query: WindowListQuery },
  responses: { 200: { description: 'Earliest first; at most 1,000.', ...jsonContent(WindowList) }, ...problemResponses(400, 401) },
})

const params = z.strictObject({ id: ResourceId })

const patchWindowRoute = createRoute({
  method: 'patch',
  path: '/v1/windows/{id}',
  tags,
  security,
  summary: "Change a window's capacity (never below the places already booked)",
  request: { params, body: { required: true, ...jsonContent(PatchWindowRequest) } },
  responses: { 200: { description: 'The window now.', ...jsonContent(DeliveryWindow) }, ...problemResponses(400, 401, 404, 409, 413, 415) },
})

const deleteWindowRoute = createRoute({
  method: 'delete',
  path: '/v1/windows/{id}',
  tags,
  security,
  summary: 'Withdraw a window nobody has booked',
  request: { params },
  responses: { 204: { description: 'Withdrawn.' }, ...problemResponses(401, 404, 409) },
})

export function windowRoutes(deps: AppDeps) {
  const router = createRouter()
  // `/v1/windows/*` also matches `/v1/windows` itself.
  router.use('/v1/windows/*', retailerAuth(deps), jsonBody)
  router.openapi(createWindowRoute, async (c) => {
    return c.json(await createWindow({ ctx: c.var.ctx, input: c.req.valid('json') }), 201)
  })
  router.openapi(listWindowsRoute, async (c) => {
    return c.json(await listWindows({ ctx: c.var.ctx, input: c.req.valid('query') }), 200)
  })
  router.openapi(patchWindowRoute, async (c) => {
    const input = { id: c.req.valid('param').id, patch: c.req.valid('json') }
    return c.json(await patchWindow({ ctx: c.var.ctx, input }), 200)
  })
  router.openapi(deleteWindowRoute, async (c) => {
    await deleteWindow({ ctx: c.var.ctx, input: { id: c.req.valid('param').id } })
    return c.body(null, 204)
  })
  return router
}
