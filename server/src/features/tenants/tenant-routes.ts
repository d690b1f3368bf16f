import { createRoute } from '@hono/zod-openapi'
import { CreateTenantRequest, CreateTenantResponse } from '@porchlight/shared'
import type { AppDeps } from '../../deps.ts'
import { adminAuth } from './admin-auth.ts'
import { jsonBody } from '../../http/json-body.ts'
import { problemResponses } from '../../http/problem-responses.ts'
import { createRouter } from '../../http/router.ts'
import { createTenant } from './create-tenant.ts'

const createTenantRoute = createRoute({
  method: 'post',
  path: '/v1/admin/tenants',
  tags: ['Admin'],
  summary: 'Create a retailer (tenant) with its API key',
  security: [{ adminToken: [] }],
  request: { body: { required: true, content: { 'application/json': { schema: CreateTenantRequest } } } },
  responses: {
    201: { description: 'Created; `apiKey` is shown this once.', content: { 'application/json': { schema: CreateTenantResponse } } },
    ...problemResponses(400, 401, 404, 413, 415),
  },
})

export function adminRoutes(deps: AppDeps) {
  const router = createRouter()
  router.use('/v1/admin/*', adminAuth(deps), jsonBody)
  router.openapi(createTenantRoute, async (c) => {
    const created = await createTenant({ ctx: deps, input: c.req.valid('json') })
    return c.json(created, 201)
  })
  return router
}
