import { servedInOrder } from './route-legs.ts'
import type { CompletedRoute, PredictInput } from './types.ts'

/**
 * The input the server would pass to predictArrivals at instant `now` of a route that has since
 * completed, and the true remaining stops. A stop counts as done once it is left (the delivery
 * scan arrives then); the driver counts as at the next stop from the first ping after reaching
 * it. Used to calibrate on history and to score on held-out days: the same rules as live.
 * Expects `route.pings` in time order.
 */
export function replayInput(route: CompletedRoute, now: Date): { input: PredictInput; remaining: CompletedRoute['stops'] } | null {
  const t = now.getTime()
  const seen = countAtOrBefore(route.pings, t)
  const position = route.pings[seen - 1]
  if (!position) return null
  const stops = servedInOrder(route.stops)
  const done = stops.filter((stop) => stop.departedAt.getTime() <= t)
  const remaining = stops.filter((stop) => stop.departedAt.getTime() > t)
  const next = remaining[0]
  if (!next) return null
  let arrivedAt: Date | undefined
  if (next.arrivedAt.getTime() <= t) {
    const firstThere = countAtOrBefore(route.pings, next.arrivedAt.getTime() - 1)
    const ping = route.pings[firstThere]
    if (ping && ping.at.getTime() <= t) arrivedAt = ping.at
  }
  return {
    input: {
      now,
      position,
      stops: remaining.map(({ id, lat, lng }, i) => (i === 0 && arrivedAt ? { id, lat, lng, arrivedAt } : { id, lat, lng })),
      sofar: { pings: route.pings.slice(0, seen), stops: done },
    },
    remaining,
  }
}

/** How many pings are at or before `t` (binary search on time-ordered pings). */
function countAtOrBefore(pings: CompletedRoute['pings'], t: number): number {
  let low = 0
  let high = pings.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (pings[mid]!.at.getTime() <= t) low = mid + 1
    else high = mid
  }
  return low
}
