import { arrivalQuantiles, meanMinutes } from './arrival-distribution.ts'
import { modelArrivals } from './arrival-model.ts'
import { levelsAt } from './calibration-levels.ts'
import { currentStats } from './stored-stats.ts'
import type { ArrivalWindow, EtaStats, PredictInput } from './types.ts'

const MINUTE = 60_000

/**
 * Each remaining stop's expected arrival and the window that should hold it: the calibrated
 * quantiles of the modelled distribution. Windows never start before `now`, and never run
 * backwards along the route (a later stop cannot be reached before an earlier one).
 * @example
 * const [next] = predictArrivals(stats, { now, position: lastPing, stops: remaining, sofar })
 */
export function predictArrivals(stats: EtaStats, input: PredictInput): ArrivalWindow[] {
  const learnt = currentStats(stats)
  const now = input.now.getTime()
  const at = (minutes: number) => now + Math.max(0, minutes) * MINUTE
  let floor = { earliest: now, expected: now, latest: now }
  return modelArrivals(learnt, input).map((distribution, i) => {
    const id = input.stops[i]!.id
    if (distribution) {
      const calibration = distribution.settled ? learnt.calibration.settled : learnt.calibration.unsettled
      const levels = levelsAt(calibration, meanMinutes(distribution))
      const [low, middle, high] = arrivalQuantiles(distribution, [levels.earliest, levels.expected, levels.latest])
      const earliest = Math.max(floor.earliest, at(low!))
      const expected = Math.max(floor.expected, earliest, at(middle!))
      const latest = Math.max(floor.latest, expected, at(high!))
      floor = { earliest, expected, latest }
    }
    return { id, expected: new Date(floor.expected), earliest: new Date(floor.earliest), latest: new Date(floor.latest) }
  })
}
