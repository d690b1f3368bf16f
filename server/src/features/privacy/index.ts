/**
 * Privacy: a recipient's data exported or erased on the retailer's request, erased by itself
 * after the retention period, and what has served its purpose pruned.
 */
export { privacyRoutes } from './privacy-routes.ts'
export { pruneExpired } from './prune-expired.ts'
export { applyRetention } from './retention.ts'
