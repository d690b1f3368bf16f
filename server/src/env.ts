/** The tenant a retailer API key belongs to, set by the retailer auth middleware. */
export type AuthenticatedTenant = { id: string; name: string }

export type AppEnv = {
  Variables: {
    requestId: string
    tenant: AuthenticatedTenant
  }
}
