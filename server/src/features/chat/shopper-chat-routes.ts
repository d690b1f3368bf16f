import type { AppDeps } from '../../deps.ts'
import { createRouter } from '../../http/router.ts'
import { type ShopperEnv, shopperAccess } from '../tokens/index.ts'
import { getMessagesRoute, markReadRoute, postMessageRoute } from './conversation-routes.ts'
import { postMessage } from './post-message.ts'
import { getConversation, markRead } from './read-conversation.ts'

/** The shopper's side of the conversation with the driver or support. */
export function shopperChatRoutes(deps: AppDeps) {
  const router = createRouter<ShopperEnv>()
  router.get('/v1/track/:token/messages', shopperAccess(deps, 'read'))
  const writes = shopperAccess(deps, 'write')
  router.post('/v1/track/:token/messages', writes)
  router.post('/v1/track/:token/messages/read', writes)
  router.openapi(getMessagesRoute, async (c) => c.json(await getConversation({ ctx: c.var.ctx, input: { shipmentId: c.var.ctx.target.shipmentId } }), 200))
  router.openapi(postMessageRoute, async (c) => {
    const { ctx } = c.var
    const message = await postMessage({ ctx, input: { shipmentId: ctx.target.shipmentId, author: 'shopper', body: c.req.valid('json').body } })
    return c.json(message, 201)
  })
  router.openapi(markReadRoute, async (c) => {
    const { ctx } = c.var
    await markRead({ ctx, input: { shipmentId: ctx.target.shipmentId, reader: 'shopper', upTo: c.req.valid('json').upTo } })
    return c.body(null, 204)
  })
  return router
}
