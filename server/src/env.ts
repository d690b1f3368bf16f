import type { TenantContext } from './context.ts'

/** The tenant a retailer API key belongs to, set by the retailer auth middleware. */
export type AuthenticatedTenant = { id: string; name: string }

export type AppEnv = {
  Variables: {
    requestId: string
    tenant: AuthenticatedTenant
    /** What the retailer's call may use, every query scoped to its tenant: set with `tenant`. */
    ctx: TenantContext
  }
}
