import type { CompletedRoute, LatLng } from '../../eta/index.ts'
import type { RouteStopState } from './route-state.ts'

type Ping = LatLng & { at: Date }

// A driver within this distance of the address is at the stop (GPS is good to ~10-30 m; parking
// is rarely at the door).
const AT_STOP_METRES = 75

const metres = (a: LatLng, b: LatLng) => {
  const rad = Math.PI / 180
  const x = (b.lng - a.lng) * rad * Math.cos(((a.lat + b.lat) / 2) * rad)
  const y = (b.lat - a.lat) * rad
  return Math.hypot(x, y) * 6_371_000
}

/**
 * When the driver reached a stop: the first ping near it since the previous stop was left
 * (`pings` in time order).
 * Without such a ping (a gap in the pings), the previous departure is the best honest bound.
 */
export function arrivalAt(stop: LatLng, pings: readonly Ping[], since: Date, until: Date, from = 0): Date {
  for (let i = from; i < pings.length; i++) {
    const ping = pings[i]!
    if (ping.at > until) break
    if (ping.at >= since && metres(ping, stop) <= AT_STOP_METRES) return ping.at
  }
  return since
}

/**
 * The route so far, as the ETA engine learns from it: its pings and the stops already done, in
 * the order they were done, with their recorded arrivals, or else the arrivals the pings show.
 */
export function routeSoFar(stops: readonly RouteStopState[], pings: readonly Ping[]): CompletedRoute {
  const done = stops
    .filter((s): s is RouteStopState & { departedAt: Date } => s.departedAt !== null)
    .sort((a, b) => a.departedAt.getTime() - b.departedAt.getTime())
  let since = pings[0]?.at ?? done[0]?.departedAt ?? new Date(0)
  // Departures only move forward, so one pass over the pings serves every stop.
  let from = 0
  const completed = done.map((stop) => {
    while (from < pings.length && pings[from]!.at < since) from += 1
    const arrivedAt = stop.arrivedAt ?? arrivalAt(stop, pings, since, stop.departedAt, from)
    since = stop.departedAt
    return { id: stop.shipmentId, lat: stop.lat, lng: stop.lng, arrivedAt, departedAt: stop.departedAt }
  })
  return { pings: [...pings], stops: completed }
}

/** Whether the driver is at `stop` now: near it since the last departure, per the latest pings. */
export function arrivedAtCurrentStop(stop: LatLng, pings: readonly Ping[], lastDeparture: Date | undefined) {
  const latest = pings.at(-1)
  if (!latest || metres(latest, stop) > AT_STOP_METRES) return undefined
  let arrived = latest.at
  for (let i = pings.length - 1; i >= 0; i--) {
    const ping = pings[i]!
    if ((lastDeparture && ping.at <= lastDeparture) || metres(ping, stop) > AT_STOP_METRES) break
    arrived = ping.at
  }
  return arrived
}
