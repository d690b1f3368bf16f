import type { EtaStats, LatLng } from './types.ts'

export type ServiceAreas = EtaStats['service']['areas']

// Cells of about 1 km: small enough to tell an apartment district from a street of houses,
// large enough that a few weeks of routes put dozens of stops in each.
const CELL_KM = 1.1
const KM_PER_DEGREE = 111.32
// A cell with few stops borrows this many stops' worth of "like everywhere else".
const PRIOR_STOPS = 20

export function cellOf(point: LatLng): string {
  const lat = Math.floor((point.lat * KM_PER_DEGREE) / CELL_KM)
  const lng = Math.floor((point.lng * KM_PER_DEGREE * Math.cos((point.lat * Math.PI) / 180)) / CELL_KM)
  return `${lat}:${lng}`
}

/**
 * Doorstep time depends on where: stairs, entry codes and lifts downtown, front doors in the
 * suburbs. Each cell keeps its count and mean log-ratio to the overall doorstep time.
 */
export function learnServiceAreas(stops: Array<LatLng & { logRatio: number }>): ServiceAreas {
  const cells: Record<string, [count: number, meanLogRatio: number]> = {}
  if (stops.length === 0) return { cells }
  const centre = stops.reduce((sum, s) => sum + s.logRatio, 0) / stops.length
  for (const stop of stops) {
    const key = cellOf(stop)
    const [count, mean] = cells[key] ?? [0, 0]
    cells[key] = [count + 1, mean + (stop.logRatio - centre - mean) / (count + 1)]
  }
  for (const [key, [count, mean]] of Object.entries(cells)) cells[key] = [count, Math.round(mean * 1e4) / 1e4]
  return { cells }
}

/** This place's doorstep time relative to the overall one (1 where nothing is known). */
export function areaFactor(areas: ServiceAreas, point: LatLng): number {
  const cell = areas.cells[cellOf(point)]
  if (!cell) return 1
  const [count, mean] = cell
  return Math.exp((count / (count + PRIOR_STOPS)) * mean)
}
