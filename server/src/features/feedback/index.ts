/**
 * Feedback: the shopper's rating of a delivery, editable for a while, and the cases a
 * "not received" or "damaged" opens for the retailer with the delivery's evidence.
 */
export { caseRoutes, shopperFeedbackRoutes } from './feedback-routes.ts'
