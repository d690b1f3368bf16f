/**
 * Lookup: a shopper without a link finds their delivery by order reference and postcode, on
 * the retailer's own site, limited so that nobody can walk through orders.
 */
export { lookupRoutes } from './lookup-routes.ts'
