/**
 * Shipments: the retailer's parcels, each with its recipient, address and promise, and its
 * status, which is derived from its events, never stored.
 */
export { isTooFarAhead } from './clock-skew.ts'
export { toShipmentEvent, toTimelineEntry } from './event-view.ts'
export { getShipment } from './get-shipment.ts'
export { currentPreferences, NO_PREFERENCES, toFeedback } from './preferences-view.ts'
export { promisedWindowOf } from './promised-window.ts'
export { statusOf, statusSql } from './shipment-status.ts'
export { shipmentRoutes } from './shipments-app.ts'
