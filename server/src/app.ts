import type { AppDeps } from './deps.ts'
import { notFound } from './errors/api-error.ts'
import { createErrorHandler } from './errors/on-error.ts'
import { problemResponse } from './errors/problem-response.ts'
import { requestId } from './http/request-id.ts'
import { storableQuery } from './http/storable-text.ts'
import { createRouter } from './http/router.ts'
import { adminRoutes } from './features/tenants/tenant-routes.ts'
import { analyticsRoutes } from './features/analytics/analytics-routes.ts'
import { lookupRoutes } from './features/lookup/lookup-routes.ts'
import { privacyRoutes } from './features/privacy/privacy-routes.ts'
import { supportDeskRoutes } from './features/chat/inbox-routes.ts'
import { pickupPointRoutes } from './features/pickup-points/pickup-point-routes.ts'
import { routeRoutes } from './features/routes/routes-app.ts'
import { settingsRoutes } from './features/settings/settings-routes.ts'
import { shipmentRoutes } from './features/shipments/shipments-app.ts'
import { healthRoutes } from './features/health/health-routes.ts'
import { hostedPageRoutes } from './features/tracking/hosted-page.ts'
import { pushAssetRoutes } from './features/push/push-assets.ts'
import { widgetAssetRoutes } from './features/widget/widget-asset.ts'
import { trackRoutes } from './features/tracking/tracking-app.ts'
import { webhookRoutes } from './features/webhooks/webhook-routes.ts'
import { windowRoutes } from './features/windows/window-routes.ts'
import { pruneExpired } from './features/privacy/prune-expired.ts'
import { applyRetention } from './features/privacy/retention.ts'
import { createRouteJobs } from './route-jobs/route-jobs.ts'

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
  app.use('*', requestId, storableQuery)
  app.onError(createErrorHandler(deps.logger))
  app.notFound((c) => problemResponse(c, notFound('This resource')))

  app.route('/', healthRoutes(deps))
  app.route('/', widgetAssetRoutes(deps))
  app.route('/', hostedPageRoutes(deps))
  app.route('/', pushAssetRoutes(deps.push))
  app.route('/', adminRoutes(deps))
  const jobs = createRouteJobs(deps)
  deps.scheduler.settleOnStop(jobs.stop)
  deps.scheduler.every('refreshing quiet routes', 60_000, () => jobs.refreshQuietRoutes())
  deps.scheduler.every('retention', 3_600_000, async () => {
    await applyRetention(deps.db, deps.clock.now())
    await pruneExpired(deps.db, deps.clock.now())
  })
  app.route('/', shipmentRoutes(deps, jobs))
  app.route('/', routeRoutes(deps, jobs))
  app.route('/', windowRoutes(deps))
  app.route('/', pickupPointRoutes(deps))
  app.route('/', settingsRoutes(deps))
  app.route('/', webhookRoutes(deps))
  app.route('/', supportDeskRoutes(deps))
  app.route('/', analyticsRoutes(deps))
  app.route('/', privacyRoutes(deps))
  app.route('/', trackRoutes(deps))
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
