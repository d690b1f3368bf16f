import type { Eta, ShipmentStatus, TrackingView } from '@porchlight/shared'

/** "Within a few stops": closer than this, the shopper may see where the driver is. */
export const DRIVER_VISIBLE_WITHIN_STOPS = 3

const ETA_STATUSES = new Set<ShipmentStatus>(['in_transit', 'out_for_delivery'])

export type StopFacts = {
  status: ShipmentStatus
  driverName: string
  stopsAway: number
  done: boolean
  position: { lat: number; lng: number; at: string } | null
  window: { start: string; end: string; updatedAt: string } | null
}

/**
 * The privacy rule: the driver (and never their position) only while the parcel is out for
 * delivery, the position only within a few stops, nothing once the stop is done.
 */
export function visibleDriver(facts: StopFacts): TrackingView['driver'] {
  if (facts.status !== 'out_for_delivery' || facts.done) return null
  const near = facts.stopsAway <= DRIVER_VISIBLE_WITHIN_STOPS
  return { name: facts.driverName, position: near ? facts.position : null }
}

/** How many stops come first, while the parcel is under way and its own stop is still ahead. */
export function visibleStopsAway(facts: Pick<StopFacts, 'status' | 'stopsAway' | 'done'>): number | null {
  return facts.done || !ETA_STATUSES.has(facts.status) ? null : facts.stopsAway
}

/** The window shown to the shopper, while it still means something. */
export function visibleEta(facts: Pick<StopFacts, 'status' | 'stopsAway' | 'done' | 'window'>): Eta | null {
  if (!facts.window || visibleStopsAway(facts) === null) return null
  return { start: facts.window.start, end: facts.window.end, stopsAway: facts.stopsAway, updatedAt: facts.window.updatedAt }
}
