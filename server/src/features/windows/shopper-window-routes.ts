import { createRoute } from '@hono/zod-openapi'
import { RescheduleRequest, ShopperWindowList } from '@porchlight/shared'
import type { AppDeps } from '../../deps.ts'
import { jsonContent } from '../../http/json-content.ts'
import { problemResponses } from '../../http/problem-responses.ts'
import { createRouter } from '../../http/router.ts'
import { type ShopperEnv, shopperAccess, trackParams } from '../tokens/index.ts'
import { freshView, viewAfterChange } from '../tracking/index.ts'
import { reschedule } from './reschedule.ts'
import { listShopperWindows } from './shopper-windows.ts'

const windowsRoute = createRoute({
  method: 'get',
  path: '/v1/track/{token}/windows',
  tags: ['Shopper'],
  summary: 'Windows this delivery could move to, and the one it holds',
  request: { params: trackParams },
  responses: { 200: { description: 'Earliest first.', ...jsonContent(ShopperWindowList) }, ...problemResponses(403, 404) },
})

const rescheduleRoute = createRoute({
  method: 'post',
  path: '/v1/track/{token}/reschedule',
  tags: ['Shopper'],
  summary: 'Move the delivery to another window',
  description: '409 `window_full` when no place is left; 422 `past_cutoff` when it is too late to change, or the window starts too soon.',
  request: { params: trackParams, body: { required: true, ...jsonContent(RescheduleRequest) } },
  responses: { 200: viewAfterChange, ...problemResponses(400, 403, 404, 409, 413, 415, 422) },
})

/** The shopper's side of delivery windows: the ones on offer, and moving to one. */
export function shopperWindowRoutes(deps: AppDeps) {
  const router = createRouter<ShopperEnv>()
  router.get('/v1/track/:token/windows', shopperAccess(deps, 'read'))
  router.post('/v1/track/:token/reschedule', shopperAccess(deps, 'write'))
  const view = freshView(deps)
  router.openapi(windowsRoute, async (c) => c.json(await listShopperWindows({ ctx: c.var.ctx }), 200))
  router.openapi(rescheduleRoute, async (c) => {
    await reschedule({ ctx: c.var.ctx, input: c.req.valid('json') })
    return c.json(await view(c), 200)
  })
  return router
}
