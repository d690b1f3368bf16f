/**
 * Tenants: the retailers, created by the operator's admin token, and the API keys that scope
 * every retailer call to its own data.
 */
export { adminAuth } from './admin-auth.ts'
export { retailerAuth } from './retailer-auth.ts'
export { adminRoutes } from './tenant-routes.ts'
