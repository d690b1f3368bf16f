import type { AppDeps } from './deps.ts'

/** What a service verb may use. */
export type ServiceContext = Pick<AppDeps, 'db' | 'clock' | 'ids' | 'bus' | 'config' | 'webhooks' | 'pushes'>

/** A retailer's call: every query it makes is filtered by this tenant. */
export type TenantContext = ServiceContext & { tenantId: string }
