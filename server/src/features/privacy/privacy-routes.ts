import { createRoute } from '@hono/zod-openapi'
import { ErasureResult, RecipientExport, RecipientSelector } from '@porchlight/shared'
import type { AppDeps } from '../../deps.ts'
import { jsonBody } from '../../http/json-body.ts'
import { retailerAuth } from '../tenants/index.ts'
import { jsonContent } from '../../http/json-content.ts'
import { problemResponses } from '../../http/problem-responses.ts'
import { createRouter } from '../../http/router.ts'
import { eraseRecipient, exportRecipient } from './recipient-data.ts'

const security = [{ apiKey: [] }]
const tags = ['Privacy']

const exportRoute = createRoute({
  method: 'get',
  path: '/v1/recipients/data',
  tags,
  security,
  summary: "Everything kept about one recipient (by e-mail or phone): shipments, preferences, messages, feedback",
  request: { query: RecipientSelector },
  responses: { 200: { description: 'The export.', ...jsonContent(RecipientExport) }, ...problemResponses(400, 401) },
})

const eraseRoute = createRoute({
  method: 'post',
  path: '/v1/recipients/erase',
  tags,
  security,
  summary: "Erase one recipient's personal data now; figures (dates, statuses, ratings) stay",
  request: { body: { required: true, ...jsonContent(RecipientSelector) } },
  responses: { 200: { description: 'How many shipments were erased.', ...jsonContent(ErasureResult) }, ...problemResponses(400, 401, 413, 415) },
})

export function privacyRoutes(deps: AppDeps) {
  const router = createRouter()
  router.use('/v1/recipients/*', retailerAuth(deps), jsonBody)
  router.openapi(exportRoute, async (c) => c.json(await exportRecipient({ ctx: c.var.ctx, input: c.req.valid('query') }), 200))
  router.openapi(eraseRoute, async (c) => c.json(await eraseRecipient({ ctx: c.var.ctx, input: c.req.valid('json') }), 200))
  return router
}
