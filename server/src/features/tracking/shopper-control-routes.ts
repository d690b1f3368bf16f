import { createRoute } from '@hono/zod-openapi'
import {
  AccessNeedsRequest,
  ChoosePickupPointRequest,
  InstructionsRequest,
  NearbyPickupPointList,
  RescheduleRequest,
  SafePlaceRequest,
  ShopperWindowList,
  TrackingView,
} from '@porchlight/shared'
import { z } from 'zod'
import { jsonContent } from '../../http/json-content.ts'
import { problemResponses } from '../../http/problem-responses.ts'

const tags = ['Shopper']
const params = z.object({ token: z.string().max(200) })
const view = { description: 'The tracking view after the change.', ...jsonContent(TrackingView) }
const body = <T>(schema: T) => ({ body: { required: true, ...jsonContent(schema) } })
const writeProblems = problemResponses(400, 403, 404, 409, 413, 415)

const put = <T extends z.ZodType>(path: string, summary: string, schema: T) =>
  createRoute({ method: 'put', path, tags, summary, request: { params, ...body(schema) }, responses: { 200: view, ...writeProblems } })

const remove = (path: string, summary: string) =>
  createRoute({ method: 'delete', path, tags, summary, request: { params }, responses: { 200: view, ...writeProblems } })

export const windowsRoute = createRoute({
  method: 'get',
  path: '/v1/track/{token}/windows',
  tags,
  summary: 'Windows this delivery could move to, and the one it holds',
  request: { params },
  responses: { 200: { description: 'Earliest first.', ...jsonContent(ShopperWindowList) }, ...problemResponses(403, 404) },
})

export const rescheduleRoute = createRoute({
  method: 'post',
  path: '/v1/track/{token}/reschedule',
  tags,
  summary: 'Move the delivery to another window',
  description: '409 `window_full` when no place is left; 422 `past_cutoff` when it is too late to change, or the window starts too soon.',
  request: { params, ...body(RescheduleRequest) },
  responses: { 200: view, ...problemResponses(400, 403, 404, 409, 413, 415, 422) },
})

export const putSafePlaceRoute = put('/v1/track/{token}/safe-place', 'Where the driver may leave the parcel', SafePlaceRequest)
export const deleteSafePlaceRoute = remove('/v1/track/{token}/safe-place', 'No safe place')
export const putInstructionsRoute = put('/v1/track/{token}/instructions', 'Instructions for the driver', InstructionsRequest)
export const deleteInstructionsRoute = remove('/v1/track/{token}/instructions', 'No instructions')
export const putAccessNeedsRoute = put(
  '/v1/track/{token}/access-needs',
  'What the shopper needs at the door (replaces the whole set)',
  AccessNeedsRequest,
)

export const pickupPointsRoute = createRoute({
  method: 'get',
  path: '/v1/track/{token}/pickup-points',
  tags,
  summary: 'The nearest lockers and shops, and the one chosen',
  request: { params },
  responses: { 200: { description: 'Nearest first.', ...jsonContent(NearbyPickupPointList) }, ...problemResponses(403, 404) },
})

export const putPickupPointRoute = put(
  '/v1/track/{token}/pickup-point',
  'Send the parcel to a pickup point (409 `pickup_point_full` when it has no room)',
  ChoosePickupPointRequest,
)
export const deletePickupPointRoute = remove('/v1/track/{token}/pickup-point', 'Back to home delivery')
