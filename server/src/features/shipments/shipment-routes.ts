import { createRoute } from '@hono/zod-openapi'
import {
  CreateShipmentRequest,
  CreateShipmentResponse,
  ResourceId,
  ShipmentDetail,
  ShipmentList,
  ShipmentListQuery,
} from '@porchlight/shared'
import { z } from 'zod'
import { jsonContent } from '../../http/json-content.ts'
import { problemResponses } from '../../http/problem-responses.ts'

const security = [{ apiKey: [] }]
const tags = ['Shipments']
const ShipmentParams = z.strictObject({ id: ResourceId })

export const createShipmentRoute = createRoute({
  method: 'post',
  path: '/v1/shipments',
  tags,
  security,
  summary: 'Create a shipment and its shopper tracking token',
  request: { body: { required: true, ...jsonContent(CreateShipmentRequest) } },
  responses: {
    201: { description: 'Created; `trackingToken` is shown this once.', ...jsonContent(CreateShipmentResponse) },
    ...problemResponses(400, 401, 409, 413, 415),
  },
})

export const listShipmentsRoute = createRoute({
  method: 'get',
  path: '/v1/shipments',
  tags,
  security,
  summary: "List the tenant's shipments, newest first",
  request: { query: ShipmentListQuery },
  responses: { 200: { description: 'One page.', ...jsonContent(ShipmentList) }, ...problemResponses(400, 401) },
})

export const getShipmentRoute = createRoute({
  method: 'get',
  path: '/v1/shipments/{id}',
  tags,
  security,
  summary: 'A shipment with its preferences, feedback and events',
  request: { params: ShipmentParams },
  responses: { 200: { description: 'The shipment.', ...jsonContent(ShipmentDetail) }, ...problemResponses(401, 404) },
})
