import { normalQuantile } from './normal.ts'
import { TAIL_LEVELS, remainingAfter } from './quantile-table.ts'
import type { EtaStats, QuantileTable } from './types.ts'

// Before any route has completed: a dense-city van, deliberately on the cautious side.
// 5 min per straight-line km is about 17 km/h on the road after typical detours; doorstep
// times log-normal around 1.5 min with a long tail; the calibration levels are wide.
const DEFAULT_SERVICE_MEDIAN = 1.5
const DEFAULT_SERVICE_SIGMA = 0.75

export function defaultStats(): EtaStats {
  const minutes = {
    levels: [...TAIL_LEVELS],
    values: TAIL_LEVELS.map((level) =>
      level <= 0 ? 0.2 : level >= 1 ? 25 : DEFAULT_SERVICE_MEDIAN * Math.exp(DEFAULT_SERVICE_SIGMA * normalQuantile(level)),
    ),
  }
  return {
    version: 2,
    learnedFrom: { routes: 0, legs: 0, stops: 0 },
    travel: { fixedMinutes: 0.8, minutesPerKm: Array.from({ length: 24 }, () => 5), varianceBase: 0.5, varianceShare: 0.2 },
    service: { minutes, areas: { cells: {} }, ...proportionalServiceVariance(minutes) },
    dayPace: {
      travel: { centre: 0, betweenRoutes: 0.03, withinRoute: 0.3 },
      service: { centre: 0, betweenRoutes: 0.03, withinRoute: 0.5 },
    },
    // When drivers break depends on the tenant's time zone, which the engine does not know:
    // with no history it assumes no break rather than guessing an hour.
    lunch: {
      share: 0,
      start: { levels: [0, 0.5, 1], values: [720, 720, 720] },
      minutes: { levels: [0, 0.5, 1], values: [30, 40, 60] },
      detectAfterMinutes: 12,
    },
    calibration: {
      settled: { horizonMinutes: [0], earliest: [0.01], expected: [0.5], latest: [0.99] },
      unsettled: { horizonMinutes: [0], earliest: [0.005], expected: [0.5], latest: [0.995] },
    },
  }
}

/**
 * Doorstep variance in proportion to the square of the typical time, as the quantiles give it:
 * the cautious choice before any history, and what stats of version 1 (which had no variance
 * of their own) always assumed.
 */
export function proportionalServiceVariance(minutes: QuantileTable) {
  const { mean, variance } = remainingAfter(minutes, 0)
  return { varianceBase: 0, varianceShare: variance / (mean * mean) }
}
