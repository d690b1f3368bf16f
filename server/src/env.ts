import type { TokenTarget } from './features/tokens/token-target.ts'

/** The tenant a retailer API key belongs to, set by the retailer auth middleware. */
export type AuthenticatedTenant = { id: string; name: string }

export type AppEnv = {
  Variables: {
    requestId: string
    tenant: AuthenticatedTenant
    /** The shipment a shopper's write targets, resolved from the token in its path. */
    shopperTarget: TokenTarget
  }
}
