/**
 * Delivery windows and rescheduling: the retailer's bookable windows with their capacity, the
 * ones a shopper may move to, and the move itself, never past capacity or the cut-off.
 */
export { normalisePostcode } from './postcode.ts'
export { shopperWindowRoutes } from './shopper-window-routes.ts'
export { windowRoutes } from './window-routes.ts'
