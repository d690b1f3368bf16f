import { z } from 'zod'
import { Branding } from './branding.ts'
import { Instant } from './instant.ts'
import { Feedback, Preferences } from './preferences.ts'
import { Eta } from './route.ts'
import { ShipmentStatus, TimelineEntry } from './shipment-event.ts'

export const Capabilities = z
  .object({
    reschedule: z.boolean(),
    safePlace: z.boolean(),
    instructions: z.boolean(),
    pickupPoint: z.boolean(),
    accessNeeds: z.boolean(),
    chat: z.boolean(),
    feedback: z.boolean(),
    push: z.boolean(),
  })
  .meta({ id: 'Capabilities' })
export type Capabilities = z.infer<typeof Capabilities>

/** What a shopper's tracking token may see of its one shipment. */
export const TrackingView = z
  .object({
    shipment: z.object({
      orderRef: z.string(),
      status: ShipmentStatus,
      address: z.object({ line1: z.string(), city: z.string(), postcode: z.string() }),
      timeZone: z.string().meta({ description: "IANA zone of the delivery address: show times in it." }),
      promisedWindow: z.object({ start: Instant, end: Instant }).nullable(),
      retailer: z.object({
        name: z.string(),
        brand: Branding.meta({ description: "The shop's colours: the tracker's accent unless the page sets its own." }),
      }),
    }),
    eta: Eta.nullable(),
    stopsAway: z.number().int().min(0).nullable().meta({
      description:
        'Stops the driver makes before this one, known from the route alone, before the ETA engine has a window (`eta`) and after. Null when the parcel is not on a route, not under way, or its stop is done.',
    }),
    driver: z
      .object({
        name: z.string(),
        position: z.object({ lat: z.number(), lng: z.number(), at: Instant }).nullable(),
      })
      .nullable(),
    timeline: z.array(TimelineEntry),
    preferences: Preferences,
    feedback: Feedback.nullable(),
    capabilities: Capabilities,
    lastEventId: z.string().meta({
      description: 'The id of the latest live event: open the stream with `?after=` this to miss nothing.',
    }),
  })
  .meta({ id: 'TrackingView' })
export type TrackingView = z.infer<typeof TrackingView>
