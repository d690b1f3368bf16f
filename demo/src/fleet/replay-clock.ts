import type { Ping, SimulatedRoute, StopOutcome } from './types.ts'

export type StopEvent =
  | { type: 'arrived'; stopId: string; at: Date }
  | { type: 'departed'; stopId: string; at: Date; outcome: StopOutcome }

/**
 * What happened on a route in the interval (from, to]: the pings the phone sent and the stops
 * reached and finished, each time-ordered. Stepping a clock and calling this for each step
 * replays the day exactly once, without gaps or repeats, at whatever speed the caller steps.
 * @example
 * let last = route.startedAt
 * setInterval(() => { const now = simulatedNow(); post(happenedBetween(route, last, now)); last = now }, 1000)
 */
export function happenedBetween(route: SimulatedRoute, from: Date, to: Date): { pings: Ping[]; stopEvents: StopEvent[] } {
  const t0 = from.getTime()
  const t1 = to.getTime()
  const inside = (at: Date) => at.getTime() > t0 && at.getTime() <= t1
  const stopEvents: StopEvent[] = []
  for (const stop of route.stops) {
    if (inside(stop.arrivedAt)) stopEvents.push({ type: 'arrived', stopId: stop.id, at: stop.arrivedAt })
    if (inside(stop.departedAt)) stopEvents.push({ type: 'departed', stopId: stop.id, at: stop.departedAt, outcome: stop.outcome })
  }
  return { pings: route.pings.filter((ping) => inside(ping.at)), stopEvents }
}

/** The same day moved in time so the van leaves the depot at `startAt` (e.g. now, for the demo). */
export function shiftRoute(route: SimulatedRoute, startAt: Date): SimulatedRoute {
  const delta = startAt.getTime() - route.startedAt.getTime()
  const shift = (at: Date) => new Date(at.getTime() + delta)
  return {
    ...route,
    startedAt: shift(route.startedAt),
    endedAt: shift(route.endedAt),
    stops: route.stops.map((stop) => ({ ...stop, arrivedAt: shift(stop.arrivedAt), departedAt: shift(stop.departedAt) })),
    pings: route.pings.map((ping) => ({ ...ping, at: shift(ping.at) })),
    lunch: route.lunch && { start: shift(route.lunch.start), end: shift(route.lunch.end) },
    pingGaps: route.pingGaps.map((gap) => ({ from: shift(gap.from), to: shift(gap.to) })),
  }
}
