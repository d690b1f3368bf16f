import { type CompletedRoute, type EtaStats, predictArrivals, replayInput } from '../../../server/src/eta/index.ts'

const CALLS = 2000

/**
 * Microseconds per predictArrivals call, as the server would pay on a ping batch: once early in
 * the route with every stop still ahead, once at mid-route with today's pace and half the stops
 * behind.
 */
export function measureCallCost(stats: EtaStats, route: CompletedRoute) {
  const first = route.stops[0]!.arrivedAt.getTime()
  const middle = route.stops[Math.floor(route.stops.length / 2)]!.arrivedAt.getTime()
  const time = (at: number) => {
    const replay = replayInput(route, new Date(at))
    if (!replay) return null
    const { input } = replay
    for (let i = 0; i < CALLS / 10; i += 1) predictArrivals(stats, input)
    const started = performance.now()
    for (let i = 0; i < CALLS; i += 1) predictArrivals(stats, input)
    return { stops: input.stops.length, microseconds: Math.round(((performance.now() - started) * 1000) / CALLS) }
  }
  return { routeStart: time(first - 60_000), midRoute: time(middle + 30_000) }
}
