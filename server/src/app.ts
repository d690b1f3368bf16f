import type { AppDeps } from './deps.ts'
import { notFound } from './errors/api-error.ts'
import { createErrorHandler } from './errors/on-error.ts'
import { problemResponse } from './errors/problem-response.ts'
import { requestId } from './middleware/request-id.ts'
import { storableQuery } from './middleware/storable-text.ts'
import { createRouter } from './openapi/router.ts'
import { adminRoutes } from './routes/admin/tenants.ts'
import { analyticsRoutes } from './routes/analytics/index.ts'
import { lookupRoutes } from './routes/lookup/index.ts'
import { privacyRoutes } from './routes/privacy/index.ts'
import { supportDeskRoutes } from './routes/inbox/index.ts'
import { pickupPointRoutes } from './routes/pickup-points/index.ts'
import { routeRoutes } from './routes/routes/index.ts'
import { settingsRoutes } from './routes/settings/index.ts'
import { shipmentRoutes } from './routes/shipments/index.ts'
import { healthRoutes } from './routes/system/health.ts'
import { hostedPageRoutes } from './routes/system/hosted-page.ts'
import { pushAssetRoutes } from './routes/system/push-assets.ts'
import { widgetAssetRoutes } from './routes/system/widget-asset.ts'
import { trackRoutes } from './routes/track/index.ts'
import { webhookRoutes } from './routes/webhook/index.ts'
import { windowRoutes } from './routes/windows/index.ts'
import { pruneExpired } from './services/privacy/prune-expired.ts'
import { applyRetention } from './services/privacy/retention.ts'
import { createRouteJobs } from './services/routes/route-jobs.ts'

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
