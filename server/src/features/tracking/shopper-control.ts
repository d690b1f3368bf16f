import type { Context } from 'hono'
import type { AppDeps } from '../../deps.ts'
import type { AppEnv } from '../../env.ts'
import { notFound } from '../../errors/api-error.ts'
import { jsonBody } from '../../http/json-body.ts'
import { createRouter } from '../../http/router.ts'
import { leaveFeedback } from '../feedback/leave-feedback.ts'
import { postMessage } from '../chat/post-message.ts'
import type { RateLimitRule } from '../../rate-limits/rate-limit.ts'
import { limitRequest } from '../../rate-limits/limit-request.ts'
import { refuseWrongCredential } from '../../rate-limits/wrong-credential.ts'
import { subscribeToPushes, unsubscribeFromPushes } from '../push/push-subscriptions.ts'
import { getConversation, markRead } from '../chat/read-conversation.ts'
import { setAccessNeeds, setInstructions, setSafePlace } from '../door/door-preferences.ts'
import { nearbyPickupPoints } from '../pickup-points/nearby-pickup-points.ts'
import { choosePickupPoint, clearPickupPoint } from '../pickup-points/pickup-point-choice.ts'
import { reschedule } from '../windows/reschedule.ts'
import { listShopperWindows } from '../windows/shopper-windows.ts'
import { prepareTokenTarget, type TokenTarget } from '../tokens/token-target.ts'
import { prepareTrackingView } from './get-tracking-view.ts'
import { allowTenantOrigin } from './shopper-cors.ts'
import * as conversation from '../chat/conversation-routes.ts'
import { subscribeRoute, unsubscribeRoute } from '../push/push-subscription-routes.ts'
import * as routes from './shopper-control-routes.ts'

// Generous for a person changing their mind; tight for a script hammering one parcel.
export const SHOPPER_WRITES_PER_MINUTE: RateLimitRule = { name: 'shopper-writes', limit: 60, windowMs: 60_000 }

/**
 * The shopper's own changes to their delivery (each answers with the whole view after it), their
 * conversation with the driver or support, and their feedback.
 */
export function shopperControlRoutes(deps: AppDeps) {
  const router = createRouter()
  const targetOf = prepareTokenTarget(deps.db)
  // Uncached: the answer to a write must show that write.
  const loadView = prepareTrackingView(deps.db)
  // Writes find their shipment before the body is checked, so that even a refused write's
  // problem is readable by the tenant's storefront.
  // Writes only: the hot GETs do not pass through it.
  router.on(['POST', 'PUT', 'PATCH', 'DELETE'], '/v1/track/:token/*', async (c, next) => {
    const found = await target(c)
    c.set('shopperTarget', found)
    await limitRequest(c, deps, SHOPPER_WRITES_PER_MINUTE, found.shipmentId)
    return jsonBody(c, next)
  })

  // The tenant's storefront may read every answer, errors included: the widget shows their `code`.
  async function target(c: Context<AppEnv>): Promise<TokenTarget> {
    const found = await targetOf(c.req.param('token') ?? '', deps.clock.now())
    if (!found) {
      c.header('Access-Control-Allow-Origin', '*')
      return refuseWrongCredential(c, deps, notFound('Delivery'))
    }
    allowTenantOrigin(c, found.allowedOrigins)
    return found
  }

  async function answer(c: Context<AppEnv>) {
    const tracked = await loadView(c.req.param('token') ?? '', deps.clock.now())
    if (!tracked) throw notFound('Delivery')
    return c.json(tracked.view, 200)
  }

  router.openapi(routes.windowsRoute, async (c) => c.json(await listShopperWindows(deps, await target(c)), 200))
  router.openapi(routes.pickupPointsRoute, async (c) => c.json(await nearbyPickupPoints(deps, await target(c)), 200))

  router.openapi(routes.rescheduleRoute, async (c) => {
    await reschedule(deps, c.var.shopperTarget, c.req.valid('json'))
    return answer(c)
  })
  router.openapi(routes.putSafePlaceRoute, async (c) => {
    await setSafePlace(deps, c.var.shopperTarget, c.req.valid('json'))
    return answer(c)
  })
  router.openapi(routes.deleteSafePlaceRoute, async (c) => {
    await setSafePlace(deps, c.var.shopperTarget, null)
    return answer(c)
  })
  router.openapi(routes.putInstructionsRoute, async (c) => {
    await setInstructions(deps, c.var.shopperTarget, c.req.valid('json'))
    return answer(c)
  })
  router.openapi(routes.deleteInstructionsRoute, async (c) => {
    await setInstructions(deps, c.var.shopperTarget, null)
    return answer(c)
  })
  router.openapi(routes.putAccessNeedsRoute, async (c) => {
    await setAccessNeeds(deps, c.var.shopperTarget, c.req.valid('json'))
    return answer(c)
  })
  router.openapi(routes.putPickupPointRoute, async (c) => {
    await choosePickupPoint(deps, c.var.shopperTarget, c.req.valid('json'))
    return answer(c)
  })
  router.openapi(routes.deletePickupPointRoute, async (c) => {
    await clearPickupPoint(deps, c.var.shopperTarget)
    return answer(c)
  })

  router.openapi(conversation.getMessagesRoute, async (c) => c.json(await getConversation(deps, await target(c)), 200))
  router.openapi(conversation.postMessageRoute, async (c) => {
    const message = await postMessage(deps, { ...c.var.shopperTarget, author: 'shopper', body: c.req.valid('json').body })
    return c.json(message, 201)
  })
  router.openapi(conversation.markReadRoute, async (c) => {
    await markRead(deps, { ...c.var.shopperTarget, reader: 'shopper', upTo: c.req.valid('json').upTo })
    return c.body(null, 204)
  })
  router.openapi(conversation.postFeedbackRoute, async (c) => {
    const first = await leaveFeedback(deps, c.var.shopperTarget, c.req.valid('json'))
    const tracked = await loadView(c.req.param('token'), deps.clock.now())
    if (!tracked) throw notFound('Delivery')
    return first ? c.json(tracked.view, 201) : c.json(tracked.view, 200)
  })
  router.openapi(subscribeRoute, async (c) => {
    await subscribeToPushes(deps, c.var.shopperTarget, c.req.valid('json'))
    return c.body(null, 201)
  })
  router.openapi(unsubscribeRoute, async (c) => {
    await unsubscribeFromPushes(deps, c.var.shopperTarget, c.req.valid('json').endpoint)
    return c.body(null, 204)
  })
  return router
}
