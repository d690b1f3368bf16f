import { createRoute } from '@hono/zod-openapi'
import {
  Conversation,
  MarkReadRequest,
  Message,
  PostRetailerMessageRequest,
  ResourceId,
  TrackingTokenResponse,
} from '@porchlight/shared'
import { z } from 'zod'
import { jsonContent } from '../../http/json-content.ts'
import { problemResponses } from '../../http/problem-responses.ts'

const security = [{ apiKey: [] }]
const tags = ['Conversation']
const params = z.strictObject({ id: ResourceId })

export const getShipmentMessagesRoute = createRoute({
  method: 'get',
  path: '/v1/shipments/{id}/messages',
  tags,
  security,
  summary: "A shipment's conversation with its shopper",
  request: { params },
  responses: { 200: { description: 'Oldest first.', ...jsonContent(Conversation) }, ...problemResponses(401, 404) },
})

export const postShipmentMessageRoute = createRoute({
  method: 'post',
  path: '/v1/shipments/{id}/messages',
  tags,
  security,
  summary: 'Answer the shopper as the driver or support; it reaches their open page live',
  request: { params, body: { required: true, ...jsonContent(PostRetailerMessageRequest) } },
  responses: { 201: { description: 'Sent.', ...jsonContent(Message) }, ...problemResponses(400, 401, 404, 409, 413, 415) },
})

export const markShipmentMessagesReadRoute = createRoute({
  method: 'post',
  path: '/v1/shipments/{id}/messages/read',
  tags,
  security,
  summary: "The retailer has read the shopper's messages up to this one; the shopper sees it",
  request: { params, body: { required: true, ...jsonContent(MarkReadRequest) } },
  responses: { 204: { description: 'Marked.' }, ...problemResponses(400, 401, 404, 413, 415) },
})

const tokenTags = ['Shipments']

export const rotateTokenRoute = createRoute({
  method: 'post',
  path: '/v1/shipments/{id}/tracking-token',
  tags: tokenTags,
  security,
  summary: 'Revoke every tracking link of the shipment and issue a new one',
  request: { params },
  responses: { 201: { description: 'The new link, shown this once.', ...jsonContent(TrackingTokenResponse) }, ...problemResponses(401, 404) },
})

export const revokeTokensRoute = createRoute({
  method: 'delete',
  path: '/v1/shipments/{id}/tracking-token',
  tags: tokenTags,
  security,
  summary: 'Revoke every tracking link of the shipment at once',
  request: { params },
  responses: { 204: { description: 'Revoked.' }, ...problemResponses(401, 404) },
})
