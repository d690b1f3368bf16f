/**
 * Status events: the carrier's scans on a shipment's timeline, recorded once (idempotently),
 * and what each sets going: the stop done, the links' count-down, notifications, freed places.
 */
export { IDEMPOTENCY_TTL_MS } from './idempotency.ts'
export { type StopNews, statusEventRoutes } from './status-event-routes.ts'
