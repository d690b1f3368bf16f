import { z } from 'zod'

const base64url = (min: number, max: number) =>
  z
    .string()
    .min(min)
    .max(max)
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, 'must be base64url')

/** A browser `PushSubscription` as `JSON.stringify` gives it, plus the page that asked. */
export const PushSubscriptionRequest = z
  .strictObject({
    endpoint: z.url({ protocol: /^https?$/ }).max(2000),
    expirationTime: z.number().nullable().optional(),
    keys: z.strictObject({
      // An uncompressed P-256 point (65 bytes) and a 16-byte secret, as RFC 8291 has them.
      p256dh: base64url(86, 90),
      auth: base64url(21, 24),
    }),
    openUrl: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional()
      .meta({ description: "The page a click on a notification opens: where the shopper subscribed. One of the tenant's origins." }),
  })
  .meta({ id: 'PushSubscriptionRequest' })
export type PushSubscriptionRequest = z.infer<typeof PushSubscriptionRequest>

export const DeletePushSubscriptionRequest = z
  .strictObject({ endpoint: z.url().max(2000) })
  .meta({ id: 'DeletePushSubscriptionRequest' })
export type DeletePushSubscriptionRequest = z.infer<typeof DeletePushSubscriptionRequest>

export const PushPublicKey = z
  .object({ key: z.string().meta({ description: "The VAPID public key (base64url), the `applicationServerKey` to subscribe with." }) })
  .meta({ id: 'PushPublicKey' })
export type PushPublicKey = z.infer<typeof PushPublicKey>

export const PushKind = z.enum(['out_for_delivery', 'stops_away', 'delay', 'delivered', 'failed_attempt', 'ready_for_pickup', 'message'])
export type PushKind = z.infer<typeof PushKind>

/** What the service worker receives, decrypted, in each push. */
export const PushPayload = z
  .object({
    kind: PushKind,
    title: z.string(),
    body: z.string(),
    url: z.string().nullable().meta({ description: 'Opened when the notification is clicked.' }),
    tag: z.string().meta({ description: 'A newer notification with the same tag replaces the older one on screen.' }),
    timestamp: z.number().int(),
  })
  .meta({ id: 'PushPayload' })
export type PushPayload = z.infer<typeof PushPayload>
