/**
 * Tokens: the shopper's tracking links, minted, rotated, revoked and expired, and how a call
 * carrying one reaches its one shipment and nothing else.
 */
export { mintToken } from './mint-token.ts'
export { allowTenantOrigin, type ShopperContext, type ShopperEnv, shopperAccess, trackParams } from './shopper-access.ts'
export { shopperHeaders } from './shopper-headers.ts'
export { expireTokensAfter } from './token-lifecycle.ts'
export { tokenRoutes } from './token-routes.ts'
export { prepareTokenTarget, type TokenTarget } from './token-target.ts'
export { trackingUrl } from './tracking-url.ts'
