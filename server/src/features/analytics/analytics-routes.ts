import { createRoute } from '@hono/zod-openapi'
import { AnalyticsQuery, AnalyticsSummary } from '@porchlight/shared'
import type { AppDeps } from '../../deps.ts'
import { retailerAuth } from '../tenants/index.ts'
import { jsonContent } from '../../http/json-content.ts'
import { problemResponses } from '../../http/problem-responses.ts'
import { createRouter } from '../../http/router.ts'
import { analyticsSummary } from './analytics-summary.ts'

const summaryRoute = createRoute({
  method: 'get',
  path: '/v1/analytics/summary',
  tags: ['Analytics'],
  security: [{ apiKey: [] }],
  summary: 'Deliveries, on-time and ETA hit rates, ratings, preference changes and messages for [from, to), with a per-day series',
  request: { query: AnalyticsQuery },
  responses: { 200: { description: 'The figures; rates are null when nothing was there to measure.', ...jsonContent(AnalyticsSummary) }, ...problemResponses(400, 401) },
})

export function analyticsRoutes(deps: AppDeps) {
  const router = createRouter()
  router.use('/v1/analytics/*', retailerAuth(deps))
  router.openapi(summaryRoute, async (c) => {
    return c.json(await analyticsSummary({ ctx: c.var.ctx, input: c.req.valid('query') }), 200)
  })
  return router
}
