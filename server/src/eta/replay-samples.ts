import { type ArrivalDistribution, arrivalCdf, meanMinutes } from './arrival-distribution.ts'
import { modelArrivals } from './arrival-model.ts'
import { replayInput } from './replay-input.ts'
import type { CompletedRoute, EtaStats } from './types.ts'

/**
 * One stop, predicted at one replayed instant: the modelled mean horizon, the real horizon, and
 * where the real arrival fell in the modelled distribution (its probability level: uniform if
 * the model were perfect), and the route it was replayed from.
 */
export type ReplaySample = {
  predicted: number
  actual: number
  level: number
  settled: boolean
  distribution: ArrivalDistribution
  route: CompletedRoute
}

const REPLAY_STEP_MINUTES = 10
const MINUTE = 60_000

/** Replays completed routes through the model every few minutes, as the server would have. */
export function replaySamples(stats: EtaStats, history: readonly CompletedRoute[]): ReplaySample[] {
  const samples: ReplaySample[] = []
  for (const route of history) {
    const first = route.pings[0]
    const end = route.stops[route.stops.length - 1]?.arrivedAt
    if (!first || !end) continue
    for (let t = first.at.getTime() + REPLAY_STEP_MINUTES * MINUTE; t < end.getTime(); t += REPLAY_STEP_MINUTES * MINUTE) {
      const replay = replayInput(route, new Date(t))
      if (!replay) continue
      for (const [i, distribution] of modelArrivals(stats, replay.input).entries()) {
        const actual = (replay.remaining[i]!.arrivedAt.getTime() - t) / MINUTE
        if (!distribution || actual <= 0) continue
        samples.push({ predicted: meanMinutes(distribution), actual, level: arrivalCdf(distribution, actual), settled: distribution.settled, distribution, route })
      }
    }
  }
  return samples
}
