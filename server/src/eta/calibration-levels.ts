import type { CalibrationLevels } from './types.ts'

/** Where a horizon falls among calibrated ones: between `at` and `next`, `t` of the way. */
export type Placement = { at: number; next: number; t: number; nearest: number }

export function placement(horizons: readonly number[], minutes: number): Placement {
  const x = Math.log1p(Math.max(0, minutes))
  let at = 0
  while (at < horizons.length - 1 && Math.log1p(horizons[at + 1]!) < x) at += 1
  const next = Math.min(at + 1, horizons.length - 1)
  const x0 = Math.log1p(horizons[at]!)
  const x1 = Math.log1p(horizons[next]!)
  const t = x1 > x0 ? Math.min(1, Math.max(0, (x - x0) / (x1 - x0))) : 0
  return { at, next, t, nearest: t > 0.5 ? next : at }
}

export const interpolate = (values: readonly number[], p: Placement) => values[p.at]! + (values[p.next]! - values[p.at]!) * p.t

/** Levels for a horizon: interpolated between the calibrated horizons (in log time), flat outside. */
export function levelsAt(levels: CalibrationLevels, horizonMinutes: number) {
  const p = placement(levels.horizonMinutes, horizonMinutes)
  return { earliest: interpolate(levels.earliest, p), expected: interpolate(levels.expected, p), latest: interpolate(levels.latest, p) }
}
