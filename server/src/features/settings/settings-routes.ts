import { createRoute } from '@hono/zod-openapi'
import { PatchTenantSettingsRequest, TenantSettings } from '@porchlight/shared'
import type { AppDeps } from '../../deps.ts'
import { jsonBody } from '../../http/json-body.ts'
import { retailerAuth } from '../tenants/index.ts'
import { jsonContent } from '../../http/json-content.ts'
import { problemResponses } from '../../http/problem-responses.ts'
import { createRouter } from '../../http/router.ts'
import { getSettings, patchSettings } from './tenant-settings.ts'

const security = [{ apiKey: [] }]
const tags = ['Settings']

const getSettingsRoute = createRoute({
  method: 'get',
  path: '/v1/settings',
  tags,
  security,
  summary: "The retailer's settings: what shoppers may change, and until when",
  responses: { 200: { description: 'The settings, defaults filled in.', ...jsonContent(TenantSettings) }, ...problemResponses(401) },
})

const patchSettingsRoute = createRoute({
  method: 'patch',
  path: '/v1/settings',
  tags,
  security,
  summary: 'Change some settings; the others stay as they are',
  request: { body: { required: true, ...jsonContent(PatchTenantSettingsRequest) } },
  responses: { 200: { description: 'The settings now.', ...jsonContent(TenantSettings) }, ...problemResponses(400, 401, 413, 415) },
})

export function settingsRoutes(deps: AppDeps) {
  const router = createRouter()
  router.use('/v1/settings', retailerAuth(deps), jsonBody)
  router.openapi(getSettingsRoute, async (c) => c.json(await getSettings({ ctx: c.var.ctx }), 200))
  router.openapi(patchSettingsRoute, async (c) => {
    return c.json(await patchSettings({ ctx: c.var.ctx, input: c.req.valid('json') }), 200)
  })
  return router
}
