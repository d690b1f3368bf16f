/**
 * Preferences: what the shopper chose for their delivery, kept as a history, and the one way a
 * choice is made: locked, checked against the retailer's rules, recorded with its news.
 */
export { applyShopperChange, type PreferenceChange } from './apply-shopper-change.ts'
export { movePickupPlace, moveWindowPlace, releasePickupPlace, releaseWindowPlace } from './capacity-updates.ts'
export { giveUpPlaces } from './give-up-places.ts'
export { type LockedShipment } from './locked-shipment.ts'
export { shopperCapabilities } from './shopper-rules.ts'
export { shopperShipment } from './shopper-shipment.ts'
