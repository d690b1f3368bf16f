import { createRoute } from '@hono/zod-openapi'
import { CreateWindowRequest, CreateWindowResponse, WindowList, WindowListQuery } from '@porchlight/shared'
import type { AppDeps } from '../../deps.ts'
import { jsonBody } from '../../middleware/json-body.ts'
import { retailerAuth } from '../../middleware/retailer-auth.ts'
import { jsonContent } from '../../openapi/json-content.ts'
import { problemResponses } from '../../openapi/problem-responses.ts'
import { createRouter } from '../../openapi/router.ts'
import { createWindow, listWindows } from '../../services/windows/retailer-windows.ts'

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

export function windowRoutes(deps: AppDeps) {
  const router = createRouter()
  router.use('/v1/windows', retailerAuth(deps), jsonBody)
  const ctx = (tenantId: string) => ({ ...deps, tenantId })
  router.openapi(createWindowRoute, async (c) => {
    return c.json(await createWindow({ ctx: ctx(c.var.tenant.id), input: c.req.valid('json') }), 201)
  })
  router.openapi(listWindowsRoute, async (c) => {
    return c.json(await listWindows({ ctx: ctx(c.var.tenant.id), input: c.req.valid('query') }), 200)
  })
  return router
}
