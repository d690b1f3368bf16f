import { createRoute } from '@hono/zod-openapi'
import { PostPositionsRequest, PostPositionsResponse, PutRouteRequest, Route } from '@porchlight/shared'
import { z } from 'zod'
import { jsonContent } from '../../http/json-content.ts'
import { problemResponses } from '../../http/problem-responses.ts'

const security = [{ apiKey: [] }]
const tags = ['Routes']
const RouteParams = z.strictObject({ routeId: z.string().min(1).max(64).regex(/^[\w.:-]+$/, 'letters, digits and . _ : - only') })

export const putRouteRoute = createRoute({
  method: 'put',
  path: '/v1/routes/{routeId}',
  tags,
  security,
  summary: "Set a driver's run: its ordered stops (replaces the previous list)",
  request: { params: RouteParams, body: { required: true, ...jsonContent(PutRouteRequest) } },
  responses: {
    200: { description: 'Replaced.', ...jsonContent(Route) },
    201: { description: 'Created.', ...jsonContent(Route) },
    ...problemResponses(400, 401, 413, 415),
  },
})

export const getRouteRoute = createRoute({
  method: 'get',
  path: '/v1/routes/{routeId}',
  tags,
  security,
  summary: 'A route with its stops, their predicted windows and the last position',
  request: { params: RouteParams },
  responses: { 200: { description: 'The route.', ...jsonContent(Route) }, ...problemResponses(401, 404) },
})

export const postPositionsRoute = createRoute({
  method: 'post',
  path: '/v1/routes/{routeId}/positions',
  tags,
  security,
  summary: 'Report driver positions (up to 500 a call)',
  description: 'Late, out-of-order and repeated pings are fine: each instant is kept once.',
  request: { params: RouteParams, body: { required: true, ...jsonContent(PostPositionsRequest) } },
  responses: {
    202: { description: 'Accepted.', ...jsonContent(PostPositionsResponse) },
    ...problemResponses(400, 401, 404, 413, 415),
  },
})
