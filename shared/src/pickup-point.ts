import { z } from 'zod'
import { Address } from './address.ts'
import { text } from './text.ts'

export const PickupPointKind = z.enum(['locker', 'shop'])
export type PickupPointKind = z.infer<typeof PickupPointKind>

export const Weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])
export type Weekday = z.infer<typeof Weekday>

const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM, 00:00 to 23:59')

/** Opening hours in the pickup point's own time zone; a day without a row is closed. */
export const OpeningHours = z
  .array(
    z
      .strictObject({ day: Weekday, opens: ClockTime, closes: ClockTime })
      .refine((h) => h.closes > h.opens, { message: 'closes must be after opens', path: ['closes'] }),
  )
  .max(28)
  .meta({ id: 'OpeningHours', description: 'Rows like `{ day: "mon", opens: "08:00", closes: "20:00" }`; absent: always open.' })
export type OpeningHours = z.infer<typeof OpeningHours>

export const PickupPointId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_.-]+$/, 'must hold letters, digits, `_`, `.` or `-` only')

export const PutPickupPointRequest = z
  .strictObject({
    name: text(100),
    kind: PickupPointKind,
    address: Address,
    openingHours: OpeningHours.optional(),
    capacity: z.number().int().min(0).max(10_000),
  })
  .meta({ id: 'PutPickupPointRequest' })
export type PutPickupPointRequest = z.infer<typeof PutPickupPointRequest>

export const PickupPoint = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: PickupPointKind,
    address: Address,
    openingHours: OpeningHours.nullable(),
    capacity: z.number().int(),
    assigned: z.number().int().meta({ description: 'Shipments that chose it and are still on their way.' }),
  })
  .meta({ id: 'PickupPoint' })
export type PickupPoint = z.infer<typeof PickupPoint>

/** A pickup point near the shopper's address, as the shopper sees it. */
export const NearbyPickupPoint = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: PickupPointKind,
    distanceM: z.number().int().meta({ description: 'Straight-line distance from the delivery address, in metres.' }),
    available: z.boolean(),
    address: z.object({ line1: z.string(), city: z.string(), postcode: z.string() }),
    timeZone: z.string(),
    openingHours: OpeningHours.nullable(),
    openNow: z.boolean().nullable().meta({ description: 'Null when no opening hours are known.' }),
    chosen: z.boolean(),
  })
  .meta({ id: 'NearbyPickupPoint' })
export type NearbyPickupPoint = z.infer<typeof NearbyPickupPoint>

export const NearbyPickupPointList = z
  .object({ pickupPoints: z.array(NearbyPickupPoint) })
  .meta({ id: 'NearbyPickupPointList' })
export type NearbyPickupPointList = z.infer<typeof NearbyPickupPointList>

export const ChoosePickupPointRequest = z
  .strictObject({ pickupPointId: PickupPointId })
  .meta({ id: 'ChoosePickupPointRequest' })
export type ChoosePickupPointRequest = z.infer<typeof ChoosePickupPointRequest>
