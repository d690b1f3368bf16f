import type { SimulatedRoute, SimulatedStop } from './types.ts'

/**
 * The route with everything after `after` moved `by` milliseconds later: a van held up (paused
 * in the demo) picks up exactly where it stopped. Replaying it from `after` on repeats and skips
 * nothing, because what was already replayed keeps its times.
 */
export function delayRemainder(route: SimulatedRoute, after: Date, by: number): SimulatedRoute {
  const shift = (at: Date) => (at > after ? new Date(at.getTime() + by) : at)
  return {
    ...route,
    endedAt: shift(route.endedAt),
    stops: route.stops.map((stop) => ({ ...stop, arrivedAt: shift(stop.arrivedAt), departedAt: shift(stop.departedAt) })),
    pings: route.pings.map((ping) => ({ ...ping, at: shift(ping.at) })),
    lunch: route.lunch && { start: shift(route.lunch.start), end: shift(route.lunch.end) },
    pingGaps: route.pingGaps.map((gap) => ({ from: shift(gap.from), to: shift(gap.to) })),
  }
}

/**
 * The route as if the driver handed over the next parcel at `now`: the drive to it is skipped
 * (the van appears at the door), the stop is delivered at `now`, and the rest of the day follows
 * on from there as planned. `playedUntil` is how far the day has been replayed into the API.
 * Null when every stop is done.
 */
export function deliverNextStop(
  route: SimulatedRoute,
  playedUntil: Date,
  now: Date,
): { route: SimulatedRoute; stop: SimulatedStop } | null {
  const index = route.stops.findIndex((stop) => stop.departedAt > playedUntil)
  const next = route.stops[index]
  if (!next) return null
  // Strictly after what was replayed, or the next step would never send the delivery.
  const at = now > playedUntil ? now : new Date(playedUntil.getTime() + 1)
  const withoutDrive = { ...route, pings: route.pings.filter((ping) => ping.at <= playedUntil || ping.at > next.departedAt) }
  const moved = delayRemainder(withoutDrive, next.departedAt, at.getTime() - next.departedAt.getTime())
  const stop: SimulatedStop = {
    ...next,
    arrivedAt: next.arrivedAt <= playedUntil ? next.arrivedAt : at,
    departedAt: at,
    outcome: 'delivered',
  }
  const before = moved.pings.filter((ping) => ping.at <= playedUntil)
  const after = moved.pings.filter((ping) => ping.at > playedUntil)
  return {
    route: {
      ...moved,
      stops: moved.stops.map((s, i) => (i === index ? stop : s)),
      pings: [...before, { lat: next.lat, lng: next.lng, at }, ...after],
    },
    stop,
  }
}
