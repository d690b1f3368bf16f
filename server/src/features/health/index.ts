/**
 * Health: whether this instance can serve, for load balancers and process managers.
 */
export { healthRoutes } from './health-routes.ts'
