/**
 * Push: web push notifications to the shopper's browser (out for delivery, a few stops away,
 * running late, delivered, a message), encrypted for it alone and sent from an outbox.
 */
export { enqueuePush, type PushNews } from './enqueue-push.ts'
export { expectedWindow } from './expected-window.ts'
export { pushAssetRoutes } from './push-assets.ts'
export { PUSH_QUIET_MS } from './push-policy.ts'
export { pushSubscriptionRoutes } from './push-subscription-routes.ts'
export { createPushWorker, DEFAULT_PUSH_OPTIONS, type PushWorker } from './push-worker.ts'
export { loadOrCreateVapidKeys } from './vapid-keys.ts'
