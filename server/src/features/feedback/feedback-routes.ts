import { createRoute } from '@hono/zod-openapi'
import { CaseList, PostFeedbackRequest, TrackingView } from '@porchlight/shared'
import type { AppDeps } from '../../deps.ts'
import { jsonContent } from '../../http/json-content.ts'
import { problemResponses } from '../../http/problem-responses.ts'
import { createRouter } from '../../http/router.ts'
import { type ShopperEnv, shopperAccess, trackParams } from '../tokens/index.ts'
import { retailerAuth } from '../tenants/index.ts'
import { freshView } from '../tracking/index.ts'
import { leaveFeedback } from './leave-feedback.ts'
import { listCases } from './list-cases.ts'

const postFeedbackRoute = createRoute({
  method: 'post',
  path: '/v1/track/{token}/feedback',
  tags: ['Shopper'],
  summary: 'Rate the delivery (after it is delivered; editable for a while, then frozen)',
  description: '`not_received` and `damaged` open a case for the retailer with the delivery\'s evidence.',
  request: { params: trackParams, body: { required: true, ...jsonContent(PostFeedbackRequest) } },
  responses: {
    200: { description: 'Changed; the view after it.', ...jsonContent(TrackingView) },
    201: { description: 'Left; the view after it.', ...jsonContent(TrackingView) },
    ...problemResponses(400, 403, 404, 409, 413, 415),
  },
})

const casesRoute = createRoute({
  method: 'get',
  path: '/v1/cases',
  tags: ['Feedback'],
  security: [{ apiKey: [] }],
  summary: 'Problems shoppers reported (not received, damaged), newest first, with the evidence',
  responses: { 200: { description: 'At most 500.', ...jsonContent(CaseList) }, ...problemResponses(401) },
})

/** The shopper's rating of a delivery. */
export function shopperFeedbackRoutes(deps: AppDeps) {
  const router = createRouter<ShopperEnv>()
  router.post('/v1/track/:token/feedback', shopperAccess(deps, 'write'))
  const view = freshView(deps)
  router.openapi(postFeedbackRoute, async (c) => {
    const first = await leaveFeedback({ ctx: c.var.ctx, input: c.req.valid('json') })
    return first ? c.json(await view(c), 201) : c.json(await view(c), 200)
  })
  return router
}

/** The cases shoppers' feedback opened, for the retailer's support desk. */
export function caseRoutes(deps: AppDeps) {
  const router = createRouter()
  router.use('/v1/cases', retailerAuth(deps))
  router.openapi(casesRoute, async (c) => c.json(await listCases({ ctx: c.var.ctx }), 200))
  return router
}
