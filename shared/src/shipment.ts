import { z } from 'zod'
import { Address, Recipient } from './address.ts'
import { Instant, TimeWindow } from './instant.ts'
import { Feedback, PreferenceChange, Preferences } from './preferences.ts'
import { ShipmentStatus, TimelineEntry } from './shipment-event.ts'
import { identifier } from './text.ts'

export const OrderRef = identifier(64)

export const CreateShipmentRequest = z
  .strictObject({
    orderRef: OrderRef,
    recipient: Recipient,
    address: Address,
    promisedWindow: TimeWindow.optional(),
  })
  .meta({ id: 'CreateShipmentRequest' })
export type CreateShipmentRequest = z.infer<typeof CreateShipmentRequest>

export const CreateShipmentResponse = z
  .object({
    id: z.string(),
    trackingToken: z.string().meta({ description: 'Shown once; only its hash is stored.' }),
    trackingUrl: z.url(),
  })
  .meta({ id: 'CreateShipmentResponse' })
export type CreateShipmentResponse = z.infer<typeof CreateShipmentResponse>

const PromisedWindow = z.object({ start: Instant, end: Instant }).nullable()

export const ShipmentSummary = z
  .object({
    id: z.string(),
    orderRef: z.string(),
    status: ShipmentStatus,
    recipientName: z.string(),
    city: z.string(),
    postcode: z.string(),
    promisedWindow: PromisedWindow,
    createdAt: Instant,
  })
  .meta({ id: 'ShipmentSummary' })
export type ShipmentSummary = z.infer<typeof ShipmentSummary>

export const ShipmentListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(200).optional(),
  status: ShipmentStatus.optional(),
  orderRef: OrderRef.optional(),
})
export type ShipmentListQuery = z.infer<typeof ShipmentListQuery>

export const ShipmentList = z
  .object({
    shipments: z.array(ShipmentSummary),
    nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page.' }),
  })
  .meta({ id: 'ShipmentList' })
export type ShipmentList = z.infer<typeof ShipmentList>

export const ShipmentDetail = z
  .object({
    id: z.string(),
    orderRef: z.string(),
    status: ShipmentStatus,
    recipient: Recipient,
    address: Address,
    promisedWindow: PromisedWindow,
    createdAt: Instant,
    events: z.array(TimelineEntry).meta({ description: "The shopper's timeline: your events and Porchlight's `delay` entries." }),
    preferences: Preferences,
    preferenceHistory: z.array(PreferenceChange).meta({ description: 'Every change, oldest first: who, when, what.' }),
    atTheDoor: z.array(z.string()).meta({
      description: "The shopper's safe place, instructions and access needs as plain English lines for the driver.",
    }),
    feedback: Feedback.nullable(),
  })
  .meta({ id: 'ShipmentDetail' })
export type ShipmentDetail = z.infer<typeof ShipmentDetail>
