import type { ShipmentStatus } from '@porchlight/shared'
import { and, asc, desc, eq } from 'drizzle-orm'
import type { Database, Transaction } from '../../db/database.ts'
import { routePositions, routeStops, routes, shipments } from '../../db/schema/index.ts'
import { statusSql } from '../shipments/index.ts'

export type RouteStopState = {
  shipmentId: string
  seq: number
  status: ShipmentStatus
  lat: number
  lng: number
  serviceMinutes: number | null
  arrivedAt: Date | null
  departedAt: Date | null
  promisedStart: Date | null
  promisedEnd: Date | null
  etaExpected: Date | null
  etaEarliest: Date | null
  etaLatest: Date | null
  etaUpdatedAt: Date | null
  etaSentStart: Date | null
  etaSentEnd: Date | null
  etaSentStopsAway: number | null
  etaSentAt: Date | null
}

export type RouteState = {
  id: string
  driverName: string
  stops: RouteStopState[]
  lastPosition: { lat: number; lng: number; at: Date } | null
}

/** A tenant's route with its stops in order and where the driver was last seen; undefined if unknown. */
export async function loadRouteState(
  db: Database | Transaction,
  tenantId: string,
  routeId: string,
): Promise<RouteState | undefined> {
  const [route] = await db
    .select({ id: routes.id, driverName: routes.driverName })
    .from(routes)
    .where(and(eq(routes.tenantId, tenantId), eq(routes.id, routeId)))
  if (!route) return undefined
  const stops = await db
    .select({
      shipmentId: routeStops.shipmentId,
      seq: routeStops.seq,
      status: statusSql,
      lat: shipments.lat,
      lng: shipments.lng,
      serviceMinutes: routeStops.serviceMinutes,
      arrivedAt: routeStops.arrivedAt,
      departedAt: routeStops.departedAt,
      promisedStart: shipments.promisedStart,
      promisedEnd: shipments.promisedEnd,
      etaExpected: routeStops.etaExpected,
      etaEarliest: routeStops.etaEarliest,
      etaLatest: routeStops.etaLatest,
      etaUpdatedAt: routeStops.etaUpdatedAt,
      etaSentStart: routeStops.etaSentStart,
      etaSentEnd: routeStops.etaSentEnd,
      etaSentStopsAway: routeStops.etaSentStopsAway,
      etaSentAt: routeStops.etaSentAt,
    })
    .from(routeStops)
    .innerJoin(shipments, eq(shipments.id, routeStops.shipmentId))
    .where(and(eq(routeStops.tenantId, tenantId), eq(routeStops.routeId, routeId)))
    .orderBy(asc(routeStops.seq))
  const [lastPosition] = await db
    .select({ lat: routePositions.lat, lng: routePositions.lng, at: routePositions.at })
    .from(routePositions)
    .where(and(eq(routePositions.tenantId, tenantId), eq(routePositions.routeId, routeId)))
    .orderBy(desc(routePositions.at))
    .limit(1)
  return { ...route, stops, lastPosition: lastPosition ?? null }
}
