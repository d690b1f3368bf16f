/**
 * At the door: where the driver may leave the parcel, what to tell them (access code included)
 * and what the shopper needs (extra time, knock don't ring, call on arrival, hand to me only).
 */
export { doorRoutes } from './door-routes.ts'
