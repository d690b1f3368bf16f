/**
 * Pickup points: the retailer's lockers and shops with their opening hours and room, and the
 * shopper sending the parcel to one of the nearest (or back home).
 */
export { pickupPointRoutes } from './pickup-point-routes.ts'
export { shopperPickupRoutes } from './shopper-pickup-routes.ts'
