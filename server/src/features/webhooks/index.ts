/**
 * Webhooks: the shopper's choices and words sent to the retailer's endpoint, signed, in order
 * per shipment, retried until they are taken, from an outbox written with the change.
 */
export { enqueueWebhook } from './enqueue-webhook.ts'
export { webhookRoutes } from './webhook-routes.ts'
export { createWebhookWorker, DEFAULT_WEBHOOK_OPTIONS, type WebhookWorker } from './webhook-worker.ts'
