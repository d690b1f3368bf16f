import { requestId } from 'hono/request-id'
import type { AppDeps } from './deps.ts'
import { notFound } from './errors/api-error.ts'
import { createErrorHandler } from './errors/on-error.ts'
import { problemResponse } from './errors/problem-response.ts'
import { storableQuery } from './http/storable-text.ts'
import { createRouter } from './http/router.ts'
import { analyticsRoutes } from './features/analytics/index.ts'
import { retailerChatRoutes, shopperChatRoutes } from './features/chat/index.ts'
import { doorRoutes } from './features/door/index.ts'
import { caseRoutes, shopperFeedbackRoutes } from './features/feedback/index.ts'
import { healthRoutes } from './features/health/index.ts'
import { lookupRoutes } from './features/lookup/index.ts'
import { pickupPointRoutes, shopperPickupRoutes } from './features/pickup-points/index.ts'
import { privacyRoutes } from './features/privacy/index.ts'
import { pushAssetRoutes, pushSubscriptionRoutes } from './features/push/index.ts'
import { routeRoutes } from './features/routes/index.ts'
import { settingsRoutes } from './features/settings/index.ts'
import { shipmentRoutes } from './features/shipments/index.ts'
import { statusEventRoutes } from './features/status-events/index.ts'
import { adminRoutes } from './features/tenants/index.ts'
import { tokenRoutes } from './features/tokens/index.ts'
import { hostedPageRoutes, trackRoutes } from './features/tracking/index.ts'
import { webhookRoutes } from './features/webhooks/index.ts'
import { widgetAssetRoutes } from './features/widget/index.ts'
import { shopperWindowRoutes, windowRoutes } from './features/windows/index.ts'
import { startBackgroundWork } from './background.ts'

/**
 * Builds the Porchlight API from its dependencies. Nothing here reads the environment or keeps
 * module-level state, so every test builds its own app.
 *
 * @example
 * // What each one is: AppDeps in deps.ts; server/test/test-app.ts builds a complete set.
 * const app = createApp({ db, pingDatabase, bus, clock, ids, logger, config, widget, outbound,
 *   webhooks, scheduler, push, clientAddress, pushes, eventStreams })
 * const res = await app.request('/healthz')
 */
export function createApp(deps: AppDeps) {
  const app = createRouter()
  // The id a proxy in front already gave the request, if it is a plain token; else a new UUID.
  app.use('*', requestId(), storableQuery)
  app.onError(createErrorHandler(deps.logger))
  app.notFound((c) => problemResponse(c, notFound('This resource')))

  app.route('/', healthRoutes(deps))
  app.route('/', widgetAssetRoutes(deps))
  app.route('/', hostedPageRoutes(deps))
  app.route('/', pushAssetRoutes(deps.push))
  app.route('/', adminRoutes(deps))
  const jobs = startBackgroundWork(deps)
  // The retailer's API.
  app.route('/', shipmentRoutes(deps))
  app.route('/', statusEventRoutes(deps, jobs))
  app.route('/', retailerChatRoutes(deps))
  app.route('/', tokenRoutes(deps))
  app.route('/', routeRoutes(deps, jobs))
  app.route('/', windowRoutes(deps))
  app.route('/', pickupPointRoutes(deps))
  app.route('/', settingsRoutes(deps))
  app.route('/', webhookRoutes(deps))
  app.route('/', caseRoutes(deps))
  app.route('/', analyticsRoutes(deps))
  app.route('/', privacyRoutes(deps))
  // The shopper's: the view and its stream first, then each feature's own calls.
  app.route('/', trackRoutes(deps))
  app.route('/', shopperWindowRoutes(deps))
  app.route('/', shopperPickupRoutes(deps))
  app.route('/', doorRoutes(deps))
  app.route('/', shopperChatRoutes(deps))
  app.route('/', shopperFeedbackRoutes(deps))
  app.route('/', pushSubscriptionRoutes(deps))
  app.route('/', lookupRoutes(deps))

  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description: "The retailer's API key.",
  })
  app.openAPIRegistry.registerComponent('securitySchemes', 'adminToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'PORCHLIGHT_ADMIN_TOKEN.',
  })
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Porchlight API',
      version: '0.1.0',
      description: 'Errors are RFC 9457 application/problem+json with a stable `code`.',
    },
  })
  return app
}

export type App = ReturnType<typeof createApp>
