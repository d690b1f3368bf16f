import { z } from 'zod'
import { Instant } from './instant.ts'
import { ShipmentStatus } from './shipment-event.ts'
import { ResourceId, text } from './text.ts'

export const MAX_ROUTE_STOPS = 300
export const MAX_POSITIONS_PER_CALL = 500

const ShipmentId = ResourceId

/** One driver's run: its stops in the order they will be served. Replaces the previous list. */
export const PutRouteRequest = z
  .strictObject({
    driver: z.strictObject({ name: text(100) }),
    stops: z
      .array(
        z.strictObject({
          shipmentId: ShipmentId,
          serviceMinutes: z.number().min(0).max(240).optional(),
        }),
      )
      .min(1)
      .max(MAX_ROUTE_STOPS)
      .refine((stops) => new Set(stops.map((s) => s.shipmentId)).size === stops.length, {
        message: 'a shipment may appear only once',
      }),
  })
  .meta({ id: 'PutRouteRequest' })
export type PutRouteRequest = z.infer<typeof PutRouteRequest>

export const Eta = z
  .object({
    start: Instant,
    end: Instant,
    stopsAway: z.number().int().min(0),
    updatedAt: Instant,
  })
  .meta({ id: 'Eta' })
export type Eta = z.infer<typeof Eta>

export const RouteStop = z.object({
  shipmentId: z.string(),
  serviceMinutes: z.number().nullable(),
  status: ShipmentStatus,
  done: z.boolean().meta({ description: 'Delivered or failed: the driver has left this stop.' }),
  eta: Eta.nullable(),
})
export type RouteStop = z.infer<typeof RouteStop>

export const Route = z
  .object({
    id: z.string(),
    driver: z.object({ name: z.string() }),
    stops: z.array(RouteStop),
    lastPosition: z.object({ lat: z.number(), lng: z.number(), at: Instant }).nullable(),
  })
  .meta({ id: 'Route' })
export type Route = z.infer<typeof Route>

export const Position = z.strictObject({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  at: Instant,
})
export type Position = z.infer<typeof Position>

export const PostPositionsRequest = z
  .strictObject({ positions: z.array(Position).min(1).max(MAX_POSITIONS_PER_CALL) })
  .meta({ id: 'PostPositionsRequest' })
export type PostPositionsRequest = z.infer<typeof PostPositionsRequest>

export const PostPositionsResponse = z
  .object({
    accepted: z.number().int().meta({ description: 'New pings stored.' }),
    duplicates: z.number().int().meta({ description: 'Pings already known (same instant), ignored.' }),
  })
  .meta({ id: 'PostPositionsResponse' })
export type PostPositionsResponse = z.infer<typeof PostPositionsResponse>
