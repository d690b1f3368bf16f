import { z } from 'zod'
import { Instant } from './instant.ts'
import type { MessageEventData } from './message.ts'
import { PreferenceKind, Preferences } from './preferences.ts'
import { Eta } from './route.ts'
import { ShipmentStatus, TimelineEntry } from './shipment-event.ts'

/** The `event:` names of `GET /v1/track/:token/stream`. */
export const LiveEventName = z.enum(['status', 'eta', 'position', 'message', 'preferences'])
export type LiveEventName = z.infer<typeof LiveEventName>

export const StatusEventData = z.object({ status: ShipmentStatus, entry: TimelineEntry })
export type StatusEventData = z.infer<typeof StatusEventData>

/** A new window (or none), and the `delay` entry when it no longer fits the promised window. */
export const EtaEventData = z.object({
  eta: Eta.nullable(),
  stopsAway: z.number().int().min(0).nullable().optional().meta({ description: "As the view's `stopsAway`; absent from events sent before it existed." }),
  delay: TimelineEntry.optional(),
})
export type EtaEventData = z.infer<typeof EtaEventData>

/** The driver as the privacy rule lets the shopper see them: position null outside it. */
export const PositionEventData = z.object({
  driver: z.object({
    name: z.string(),
    position: z.object({ lat: z.number(), lng: z.number(), at: Instant }).nullable(),
  }),
})
export type PositionEventData = z.infer<typeof PositionEventData>

/** A preference changed (by this shopper elsewhere or by the retailer): the new whole. */
export const PreferencesEventData = z.object({ kind: PreferenceKind, preferences: Preferences })
export type PreferencesEventData = z.infer<typeof PreferencesEventData>

export type LiveEventData = {
  status: StatusEventData
  eta: EtaEventData
  position: PositionEventData
  message: MessageEventData
  preferences: PreferencesEventData
}
