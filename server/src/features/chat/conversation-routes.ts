import { createRoute } from '@hono/zod-openapi'
import { Conversation, MarkReadRequest, Message, PostShopperMessageRequest } from '@porchlight/shared'
import { jsonContent } from '../../http/json-content.ts'
import { problemResponses } from '../../http/problem-responses.ts'
import { trackParams as params } from '../tokens/index.ts'

const tags = ['Shopper']
const body = <T>(schema: T) => ({ body: { required: true, ...jsonContent(schema) } })

export const getMessagesRoute = createRoute({
  method: 'get',
  path: '/v1/track/{token}/messages',
  tags,
  summary: 'The conversation with the driver or support',
  request: { params },
  responses: { 200: { description: 'Oldest first.', ...jsonContent(Conversation) }, ...problemResponses(404) },
})

export const postMessageRoute = createRoute({
  method: 'post',
  path: '/v1/track/{token}/messages',
  tags,
  summary: 'Write to the driver or support',
  description: 'Plain text. 409 `chat_closed` once the delivery is over and its grace period passed; 429 `rate_limited` past 10 a minute.',
  request: { params, ...body(PostShopperMessageRequest) },
  responses: { 201: { description: 'Sent.', ...jsonContent(Message) }, ...problemResponses(400, 403, 404, 409, 413, 415, 429) },
})

export const markReadRoute = createRoute({
  method: 'post',
  path: '/v1/track/{token}/messages/read',
  tags,
  summary: "The shopper has read the driver's and support's messages up to this one",
  request: { params, ...body(MarkReadRequest) },
  responses: { 204: { description: 'Marked.' }, ...problemResponses(400, 404, 413, 415) },
})
