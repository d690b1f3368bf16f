import { z } from 'zod'
import { Branding } from './branding.ts'

/** What a retailer lets its shoppers change; a disabled option is hidden from the widget. */
export const ShopperOptions = z.strictObject({
  reschedule: z.boolean(),
  safePlace: z.boolean(),
  instructions: z.boolean(),
  accessNeeds: z.boolean(),
  pickupPoint: z.boolean(),
  chat: z.boolean(),
  feedback: z.boolean(),
  push: z.boolean(),
})
export type ShopperOptions = z.infer<typeof ShopperOptions>

export const TenantSettings = z
  .strictObject({
    rescheduleCutoffMinutes: z
      .number()
      .int()
      .min(0)
      .max(10_080)
      .meta({ description: 'No reschedule later than this many minutes before the current window starts.' }),
    windowHorizonDays: z
      .number()
      .int()
      .min(1)
      .max(60)
      .meta({ description: 'How far ahead shoppers see bookable windows.' }),
    chatGraceHours: z
      .number()
      .int()
      .min(0)
      .max(720)
      .meta({ description: 'How long chat stays open after the delivery is over.' }),
    feedbackEditableHours: z
      .number()
      .int()
      .min(0)
      .max(720)
      .meta({ description: 'How long a shopper may change their feedback after first leaving it.' }),
    pushStopsAway: z
      .number()
      .int()
      .min(1)
      .max(20)
      .meta({ description: 'Notify a subscribed shopper when the driver is this many stops away.' }),
    tokenExpiryDays: z
      .number()
      .int()
      .min(1)
      .max(365)
      .meta({ description: 'Tracking links stop working this many days after delivery (or return, or cancellation).' }),
    retentionDays: z
      .number()
      .int()
      .min(1)
      .max(3650)
      .meta({ description: "The recipient's personal data is erased this many days after the delivery is over." }),
    options: ShopperOptions,
    branding: Branding,
  })
  .meta({ id: 'TenantSettings' })
export type TenantSettings = z.infer<typeof TenantSettings>

export const DEFAULT_TENANT_SETTINGS: TenantSettings = {
  rescheduleCutoffMinutes: 120,
  windowHorizonDays: 14,
  chatGraceHours: 24,
  feedbackEditableHours: 72,
  options: { reschedule: true, safePlace: true, instructions: true, accessNeeds: true, pickupPoint: true, chat: true, feedback: true, push: true },
  pushStopsAway: 3,
  tokenExpiryDays: 30,
  retentionDays: 90,
  branding: { accentColor: null, accentColorDark: null },
}

/** `PATCH /v1/settings`: only the fields given change. */
export const PatchTenantSettingsRequest = z
  .strictObject({
    rescheduleCutoffMinutes: TenantSettings.shape.rescheduleCutoffMinutes.optional(),
    windowHorizonDays: TenantSettings.shape.windowHorizonDays.optional(),
    chatGraceHours: TenantSettings.shape.chatGraceHours.optional(),
    feedbackEditableHours: TenantSettings.shape.feedbackEditableHours.optional(),
    pushStopsAway: TenantSettings.shape.pushStopsAway.optional(),
    tokenExpiryDays: TenantSettings.shape.tokenExpiryDays.optional(),
    retentionDays: TenantSettings.shape.retentionDays.optional(),
    options: ShopperOptions.partial().optional(),
    branding: Branding.partial().optional(),
  })
  .meta({ id: 'PatchTenantSettingsRequest' })
export type PatchTenantSettingsRequest = z.infer<typeof PatchTenantSettingsRequest>
