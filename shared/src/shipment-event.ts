import { z } from 'zod'
import { Instant } from './instant.ts'
import { multilineText } from './text.ts'

export const EventType = z.enum([
  'label_created',
  'in_transit',
  'out_for_delivery',
  'delivered',
  'failed_attempt',
  'ready_for_pickup',
  'returned',
  'cancelled',
])
export type EventType = z.infer<typeof EventType>

/** A shipment's status is the type of its latest event; `pending` before any event. */
export const ShipmentStatus = z.enum(['pending', ...EventType.options])
export type ShipmentStatus = z.infer<typeof ShipmentStatus>

export const CreateEventRequest = z
  .strictObject({
    type: EventType,
    at: Instant,
    note: multilineText(500).optional(),
  })
  .meta({ id: 'CreateEventRequest' })
export type CreateEventRequest = z.infer<typeof CreateEventRequest>

export const ShipmentEvent = z
  .object({
    id: z.string(),
    type: EventType,
    at: Instant,
    note: z.string().optional(),
  })
  .meta({ id: 'ShipmentEvent' })
export type ShipmentEvent = z.infer<typeof ShipmentEvent>

/**
 * What the shopper's timeline can hold: the retailer's events, and the `delay` entries Porchlight
 * adds when the predicted arrival no longer fits the promised window. Delays never set a status.
 */
export const TimelineEntryType = z.enum([...EventType.options, 'delay'])
export type TimelineEntryType = z.infer<typeof TimelineEntryType>

export const TimelineEntry = z
  .object({ id: z.string(), type: TimelineEntryType, at: Instant, note: z.string().optional() })
  .meta({ id: 'TimelineEntry' })
export type TimelineEntry = z.infer<typeof TimelineEntry>

export const CreateEventResponse = ShipmentEvent.extend({
  status: ShipmentStatus.meta({ description: 'The shipment status once this event is counted.' }),
}).meta({ id: 'CreateEventResponse' })
export type CreateEventResponse = z.infer<typeof CreateEventResponse>
