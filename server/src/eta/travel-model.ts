import { fitMeanVariance } from './mean-variance-fit.ts'
import type { Leg } from './route-legs.ts'
import type { EtaStats } from './types.ts'

export type TravelStats = EtaStats['travel']

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS

/** Modelled minutes for a leg of `km` straight-line km starting at `at`. */
export function travelMinutes(travel: TravelStats, km: number, at: Date | number): number {
  const ms = typeof at === 'number' ? at : at.getTime()
  const hour = Math.floor((((ms % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS)
  return travel.fixedMinutes + km * travel.minutesPerKm[hour]!
}

export function travelVariance(travel: TravelStats, meanMinutes: number): number {
  return travel.varianceBase + travel.varianceShare * meanMinutes * meanMinutes
}

// An hour with few legs borrows this many legs' worth of the all-day rate (simple shrinkage).
const PRIOR_LEGS = 30

/**
 * Least squares of minutes on km: the intercept is the fixed cost of any leg, the slope the
 * rate per straight-line km; then one rate per UTC hour (traffic), each pulled towards the
 * all-day rate by how few legs that hour has; then how the spread grows with the mean.
 */
export function fitTravel(legs: readonly Leg[], fallback: TravelStats): TravelStats {
  if (legs.length < 20) return fallback
  const n = legs.length
  const meanKm = legs.reduce((sum, leg) => sum + leg.km, 0) / n
  const meanMinutes = legs.reduce((sum, leg) => sum + leg.minutes, 0) / n
  let covariance = 0
  let varianceKm = 0
  for (const leg of legs) {
    covariance += (leg.km - meanKm) * (leg.minutes - meanMinutes)
    varianceKm += (leg.km - meanKm) ** 2
  }
  const perKm = varianceKm > 0 ? Math.max(0.5, covariance / varianceKm) : fallback.minutesPerKm[12]!
  const fixedMinutes = Math.max(0, meanMinutes - perKm * meanKm)

  const sums = Array.from({ length: 24 }, () => ({ kmMinutes: 0, kmSquared: 0 }))
  let allKmSquared = 0
  for (const leg of legs) {
    const hour = sums[leg.departedAt.getUTCHours()]!
    hour.kmMinutes += leg.km * (leg.minutes - fixedMinutes)
    hour.kmSquared += leg.km * leg.km
    allKmSquared += leg.km * leg.km
  }
  const prior = (PRIOR_LEGS * allKmSquared) / n
  const minutesPerKm = sums.map((hour) => Math.max(0.5, (hour.kmMinutes + perKm * prior) / (hour.kmSquared + prior)))

  const shaped: TravelStats = { fixedMinutes, minutesPerKm, varianceBase: 0, varianceShare: 0 }
  return { ...shaped, ...fitMeanVariance(legs.map((leg) => ({ mean: travelMinutes(shaped, leg.km, leg.departedAt), actual: leg.minutes }))) }
}
