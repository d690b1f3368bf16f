import { logRatio } from './day-pace.ts'
import { fitMeanVariance } from './mean-variance-fit.ts'
import { quantileTable, remainingAfter } from './quantile-table.ts'
import { areaFactor, learnServiceAreas } from './service-areas.ts'
import type { CompletedRoute, EtaStats } from './types.ts'

export type ServiceStats = EtaStats['service']

type DoneStop = CompletedRoute['stops'][number]

export const minutesAt = (stop: DoneStop) => (stop.departedAt.getTime() - stop.arrivedAt.getTime()) / 60_000

/**
 * Doorstep times by area, their quantiles with the area taken out ("an average place"), and how
 * their spread grows with the typical time of a place. The spread is fitted rather than scaled
 * with the quantiles: a failed attempt or a long wait costs about as much at a house as at a
 * walk-up, so the places with quick drops are not proportionally steadier.
 */
export function learnService(stopsByRoute: Array<CompletedRoute['stops']>, fallback: ServiceStats): ServiceStats {
  const stops = stopsByRoute.flat().filter((stop) => minutesAt(stop) >= 0)
  if (stops.length < 20) return fallback
  const overall = stops.reduce((sum, stop) => sum + minutesAt(stop), 0) / stops.length
  const areas = learnServiceAreas(stops.map((stop) => ({ lat: stop.lat, lng: stop.lng, logRatio: logRatio(minutesAt(stop), overall) })))
  const minutes = quantileTable(stops.map((stop) => minutesAt(stop) / areaFactor(areas, stop)))
  const typical = remainingAfter(minutes, 0).mean
  const spread = fitMeanVariance(stops.map((stop) => ({ mean: typical * areaFactor(areas, stop), actual: minutesAt(stop) })))
  return { minutes, areas, ...spread }
}

/** A stop's variance (minutes²) where its typical doorstep time is `typicalMinutes`. */
export function serviceVariance(service: ServiceStats, typicalMinutes: number): number {
  return service.varianceBase + service.varianceShare * typicalMinutes * typicalMinutes
}
