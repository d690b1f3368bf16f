/**
 * Tracking: the shopper's view of their one delivery (status, window, stops away, driver,
 * history, what they may change), its live stream, and the hosted tracking page.
 */
export { hostedPageRoutes } from './hosted-page.ts'
export { trackRoutes } from './tracking-app.ts'
export { deleteChangeRoute, freshView, putChangeRoute, viewAfterChange } from './view-answer.ts'
