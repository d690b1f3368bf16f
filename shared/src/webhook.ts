import { z } from 'zod'
import { ChosenWindow } from './delivery-window.ts'
import { Instant } from './instant.ts'
import { PickupPointChoice, PreferenceKind, Preferences } from './preferences.ts'

export const PutWebhookRequest = z
  .strictObject({
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .meta({ description: 'https only, on a public address (loopback http only with PORCHLIGHT_ALLOW_LOOPBACK_TARGETS=1).' }),
    secret: z.string().min(16).max(200).meta({ description: 'The HMAC key for `Porchlight-Signature`; at least 16 characters.' }),
  })
  .meta({ id: 'PutWebhookRequest' })
export type PutWebhookRequest = z.infer<typeof PutWebhookRequest>

export const WebhookEndpoint = z
  .object({ url: z.string(), createdAt: Instant })
  .meta({ id: 'WebhookEndpoint', description: 'The secret is never shown back.' })
export type WebhookEndpoint = z.infer<typeof WebhookEndpoint>

export const WebhookEventType = z.enum([
  'shipment.rescheduled',
  'shipment.preferences_changed',
  'shipment.pickup_point_chosen',
  'message.created',
  'feedback.created',
  'feedback.updated',
])
export type WebhookEventType = z.infer<typeof WebhookEventType>

export const RescheduledData = z.object({ window: ChosenWindow, previousWindow: ChosenWindow.nullable() })
export const PreferencesChangedData = z.object({ kind: PreferenceKind, preferences: Preferences })
export const PickupPointChosenData = z.object({
  pickupPoint: PickupPointChoice.nullable().meta({ description: 'Null: back to home delivery.' }),
  previousPickupPoint: PickupPointChoice.nullable(),
})

/**
 * The body POSTed to the retailer's webhook. `id` is stable across retries: a receiver that
 * sees an id twice has seen the same event twice.
 */
export const WebhookEvent = z
  .object({
    id: z.string(),
    type: WebhookEventType,
    createdAt: Instant,
    shipment: z.object({ id: z.string(), orderRef: z.string() }),
    actor: z.enum(['shopper', 'retailer', 'driver', 'support']),
    data: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'WebhookEvent' })
export type WebhookEvent = z.infer<typeof WebhookEvent>

export type WebhookData = {
  'shipment.rescheduled': z.infer<typeof RescheduledData>
  'shipment.preferences_changed': z.infer<typeof PreferencesChangedData>
  'shipment.pickup_point_chosen': z.infer<typeof PickupPointChosenData>
  'message.created': Record<string, unknown>
  'feedback.created': Record<string, unknown>
  'feedback.updated': Record<string, unknown>
}
