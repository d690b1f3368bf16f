/**
 * Analytics: the retailer's figures for a period (deliveries, on-time and ETA hit rates,
 * ratings, what shoppers changed), with a series per day in the tenant's time zone.
 */
export { analyticsRoutes } from './analytics-routes.ts'
