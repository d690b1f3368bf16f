import { z } from 'zod'
import { Instant } from './instant.ts'
import { ResourceId } from './text.ts'

const MAX_WINDOW_HOURS = 24

/** A retailer's bookable delivery window, as `POST /v1/windows` takes it. */
export const CreateWindowRequest = z
  .strictObject({
    start: Instant,
    end: Instant,
    capacity: z.number().int().min(0).max(100_000),
    postcodePrefix: z
      .string()
      .trim()
      .min(1)
      .max(16)
      .regex(/^[A-Za-z0-9 -]+$/, 'must hold letters, digits, spaces or hyphens only')
      .optional()
      .meta({ description: 'Only addresses whose postcode starts with this (case and spaces ignored) may book it.' }),
  })
  .superRefine((w, ctx) => {
    const ms = Date.parse(w.end) - Date.parse(w.start)
    if (ms <= 0) ctx.addIssue({ code: 'custom', path: ['end'], message: 'end must be after start' })
    else if (ms > MAX_WINDOW_HOURS * 3_600_000)
      ctx.addIssue({ code: 'custom', path: ['end'], message: `a window may last at most ${MAX_WINDOW_HOURS} hours` })
  })
  .meta({ id: 'CreateWindowRequest' })
export type CreateWindowRequest = z.infer<typeof CreateWindowRequest>

export const CreateWindowResponse = z.object({ id: z.string() }).meta({ id: 'CreateWindowResponse' })
export type CreateWindowResponse = z.infer<typeof CreateWindowResponse>

/** `PATCH /v1/windows/:id`: a new capacity, never below the places already booked. */
export const PatchWindowRequest = z
  .strictObject({ capacity: z.number().int().min(0).max(100_000) })
  .meta({ id: 'PatchWindowRequest' })
export type PatchWindowRequest = z.infer<typeof PatchWindowRequest>

export const WindowListQuery = z
  .strictObject({ from: Instant.optional(), to: Instant.optional() })
  .refine((q) => !q.from || !q.to || Date.parse(q.to) > Date.parse(q.from), {
    message: 'to must be after from',
    path: ['to'],
  })
export type WindowListQuery = z.infer<typeof WindowListQuery>

export const DeliveryWindow = z
  .object({
    id: z.string(),
    start: Instant,
    end: Instant,
    capacity: z.number().int(),
    postcodePrefix: z.string().nullable(),
    booked: z.number().int().meta({ description: 'Shipments holding a place in it now.' }),
  })
  .meta({ id: 'DeliveryWindow' })
export type DeliveryWindow = z.infer<typeof DeliveryWindow>

export const WindowList = z.object({ windows: z.array(DeliveryWindow) }).meta({ id: 'WindowList' })
export type WindowList = z.infer<typeof WindowList>

/** A window as a shopper may see it: no capacity figures, only whether a place is left. */
export const ShopperWindow = z
  .object({
    id: z.string(),
    start: Instant,
    end: Instant,
    available: z.boolean().meta({ description: 'A place is left (always true for the chosen one).' }),
    chosen: z.boolean().meta({ description: 'The window this shipment holds now.' }),
  })
  .meta({ id: 'ShopperWindow' })
export type ShopperWindow = z.infer<typeof ShopperWindow>

export const ShopperWindowList = z
  .object({ windows: z.array(ShopperWindow) })
  .meta({ id: 'ShopperWindowList' })
export type ShopperWindowList = z.infer<typeof ShopperWindowList>

export const RescheduleRequest = z
  .strictObject({ windowId: ResourceId })
  .meta({ id: 'RescheduleRequest' })
export type RescheduleRequest = z.infer<typeof RescheduleRequest>

/** The promised or chosen window of a shipment. */
export const ChosenWindow = z.object({ id: z.string(), start: Instant, end: Instant })
export type ChosenWindow = z.infer<typeof ChosenWindow>
