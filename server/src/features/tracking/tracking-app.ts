import { createRoute } from '@hono/zod-openapi'
import { TrackingView } from '@porchlight/shared'
import { z } from 'zod'
import type { AppDeps } from '../../deps.ts'
import { ApiError, notFound } from '../../errors/api-error.ts'
import { problemResponses } from '../../http/problem-responses.ts'
import { createRouter } from '../../http/router.ts'
import { refuseWrongCredential } from '../../rate-limits/wrong-credential.ts'
import { createStreamLimiter } from '../../live/stream-limiter.ts'
import { type StreamCaps } from '../../config.ts'
import { prepareTokenTarget, shopperHeaders } from '../tokens/index.ts'
import { prepareTrackingView } from './get-tracking-view.ts'
import { cacheTrackingViews } from './tracking-view-cache.ts'
import { shopperPreflight } from './shopper-preflight.ts'
import { liveStream } from '../../live/live-stream.ts'

const trackRoute = createRoute({
  method: 'get',
  path: '/v1/track/{token}',
  tags: ['Shopper'],
  summary: "The shopper's view of the one shipment its tracking token opens",
  request: { params: z.object({ token: z.string().max(200) }) },
  responses: {
    200: { description: 'The tracking view.', content: { 'application/json': { schema: TrackingView } } },
    ...problemResponses(404, 429),
  },
})

const streamRoute = createRoute({
  method: 'get',
  path: '/v1/track/{token}/stream',
  tags: ['Shopper'],
  summary: 'Live events of the shipment as server-sent events',
  description:
    'Event names `status`, `eta`, `position`, `message`, `preferences`; `data` is JSON; `id` numbers ' +
    'the shipment\'s events 1, 2, 3… A reconnect with `Last-Event-ID` (or a first connection with ' +
    '`?after=` the view\'s `lastEventId`) receives what it missed, in order, once.',
  request: { params: z.object({ token: z.string() }), query: z.object({ after: z.string().optional() }) },
  responses: {
    200: { description: 'The stream.', content: { 'text/event-stream': { schema: z.string() } } },
    ...problemResponses(404, 429),
  },
})

// Streams end when a tab closes, so a place frees up soon; EventSource retries by itself.
const tooManyStreams = (caps: StreamCaps) =>
  new ApiError(
    'rate_limited',
    `Too many live streams open: at most ${caps.perLink} per delivery and ${caps.perClient} per client.`,
    undefined,
    { 'Retry-After': '30' },
  )

/** The shopper's view of their delivery, and its live stream. */
export function trackRoutes(deps: AppDeps) {
  const router = createRouter()
  const getTrackingView = cacheTrackingViews(prepareTrackingView(deps.db), {
    bus: deps.bus,
    clock: deps.clock,
    ttlMs: deps.config.trackingViewTtlMs,
    maxEntries: 10_000,
  })
  const targetOf = prepareTokenTarget(deps.db)
  const streams = createStreamLimiter(deps.config.streamCaps)
  // Every answer under /v1/track, refusals and unknown paths included (the other features'
  // shopper calls set them too, through shopperAccess).
  router.use('/v1/track/*', shopperHeaders)
  // Registered for OPTIONS alone: the hot GETs do not pass through it.
  router.options('/v1/track/*', shopperPreflight((token) => getTrackingView(token, deps.clock.now())))
  router.openapi(trackRoute, async (c) => {
    const tracked = await getTrackingView(c.req.valid('param').token, deps.clock.now())
    if (!tracked) {
      // Readable from any origin: it reveals nothing, and lets the widget tell "not found"
      // from "network down".
      c.header('Access-Control-Allow-Origin', '*')
      return refuseWrongCredential(c, deps, notFound('Delivery'))
    }
    const origin = c.req.header('Origin')
    if (origin && tracked.allowedOrigins.includes(origin)) c.header('Access-Control-Allow-Origin', origin)
    return c.json(tracked.view, 200)
  })
  router.openapi(streamRoute, async (c) => {
    const { token } = c.req.valid('param')
    const tracked = await getTrackingView(token, deps.clock.now())
    if (!tracked) {
      c.header('Access-Control-Allow-Origin', '*')
      return refuseWrongCredential(c, deps, notFound('Delivery'))
    }
    const origin = c.req.header('Origin')
    if (origin && tracked.allowedOrigins.includes(origin)) c.header('Access-Control-Allow-Origin', origin)
    const release = streams.open(tracked.shipmentId, deps.clientAddress(c))
    if (!release) throw tooManyStreams(deps.config.streamCaps)
    // Checked afresh, not from the view cache: a revocation must end the stream.
    return liveStream(c, deps, tracked.shipmentId, async () => (await targetOf(token, deps.clock.now())) !== undefined, release)
  })
  return router
}

