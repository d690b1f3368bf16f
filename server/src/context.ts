import type { AppDeps } from './deps.ts'

/** What a service verb may use. */
export type ServiceContext = Pick<AppDeps, 'db' | 'clock' | 'ids' | 'bus' | 'config' | 'webhooks' | 'pushes'>

/** A retailer's call: every query it makes is filtered by this tenant. */
export type TenantContext = ServiceContext & { tenantId: string }

/** The service context out of the app's dependencies, built once. */
export const serviceContextOf = (deps: ServiceContext): ServiceContext => ({
  db: deps.db,
  clock: deps.clock,
  ids: deps.ids,
  bus: deps.bus,
  config: deps.config,
  webhooks: deps.webhooks,
  pushes: deps.pushes,
})
