import { createRoute } from '@hono/zod-openapi'
import { Conversation, Inbox, InboxQuery, MarkReadRequest, Message, PostRetailerMessageRequest, ResourceId } from '@porchlight/shared'
import { z } from 'zod'
import type { AppDeps } from '../../deps.ts'
import { jsonBody } from '../../http/json-body.ts'
import { jsonContent } from '../../http/json-content.ts'
import { problemResponses } from '../../http/problem-responses.ts'
import { createRouter } from '../../http/router.ts'
import { retailerAuth } from '../tenants/index.ts'
import { listInbox } from './inbox.ts'
import { postMessage } from './post-message.ts'
import { getConversation, markRead } from './read-conversation.ts'

const security = [{ apiKey: [] }]
const tags = ['Conversation']
const params = z.strictObject({ id: ResourceId })

const getShipmentMessagesRoute = createRoute({
  method: 'get',
  path: '/v1/shipments/{id}/messages',
  tags,
  security,
  summary: "A shipment's conversation with its shopper",
  request: { params },
  responses: { 200: { description: 'Oldest first.', ...jsonContent(Conversation) }, ...problemResponses(401, 404) },
})

const postShipmentMessageRoute = createRoute({
  method: 'post',
  path: '/v1/shipments/{id}/messages',
  tags,
  security,
  summary: 'Answer the shopper as the driver or support; it reaches their open page live',
  request: { params, body: { required: true, ...jsonContent(PostRetailerMessageRequest) } },
  responses: { 201: { description: 'Sent.', ...jsonContent(Message) }, ...problemResponses(400, 401, 404, 409, 413, 415) },
})

const markShipmentMessagesReadRoute = createRoute({
  method: 'post',
  path: '/v1/shipments/{id}/messages/read',
  tags,
  security,
  summary: "The retailer has read the shopper's messages up to this one; the shopper sees it",
  request: { params, body: { required: true, ...jsonContent(MarkReadRequest) } },
  responses: { 204: { description: 'Marked.' }, ...problemResponses(400, 401, 404, 413, 415) },
})

const inboxRoute = createRoute({
  method: 'get',
  path: '/v1/messages',
  tags,
  security,
  summary: 'Every conversation\'s messages across the tenant, oldest first; poll with `after` for new ones',
  request: { query: InboxQuery },
  responses: { 200: { description: 'A page.', ...jsonContent(Inbox) }, ...problemResponses(400, 401) },
})

/** The retailer's side of the conversations: one shipment's, answering it, and the inbox across all. */
export function retailerChatRoutes(deps: AppDeps) {
  const router = createRouter()
  const auth = retailerAuth(deps)
  for (const path of ['/v1/shipments/:id/messages', '/v1/shipments/:id/messages/read', '/v1/messages']) router.use(path, auth, jsonBody)
  router.openapi(getShipmentMessagesRoute, async (c) => {
    return c.json(await getConversation({ ctx: c.var.ctx, input: { shipmentId: c.req.valid('param').id } }), 200)
  })
  router.openapi(postShipmentMessageRoute, async (c) => {
    const { author, body } = c.req.valid('json')
    const message = await postMessage({ ctx: c.var.ctx, input: { shipmentId: c.req.valid('param').id, author, body } })
    return c.json(message, 201)
  })
  router.openapi(markShipmentMessagesReadRoute, async (c) => {
    const shipmentId = c.req.valid('param').id
    await markRead({ ctx: c.var.ctx, input: { shipmentId, reader: 'retailer', upTo: c.req.valid('json').upTo } })
    return c.body(null, 204)
  })
  router.openapi(inboxRoute, async (c) => c.json(await listInbox({ ctx: c.var.ctx, input: c.req.valid('query') }), 200))
  return router
}
