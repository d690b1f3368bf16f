import { distanceKm } from './geo.ts'
import type { CompletedRoute } from './types.ts'

/** A drive from leaving one stop to reaching the next. */
export type Leg = { km: number; minutes: number; departedAt: Date }

const MINUTE = 60_000

/** Stops in the order they were served (history may come back from the database in any order). */
export function servedInOrder(stops: CompletedRoute['stops']): CompletedRoute['stops'] {
  for (let i = 1; i < stops.length; i += 1) {
    if (stops[i]!.arrivedAt < stops[i - 1]!.arrivedAt) return [...stops].sort((a, b) => a.arrivedAt.getTime() - b.arrivedAt.getTime())
  }
  return stops
}

/**
 * Stop-to-stop legs. The drive out of the depot is left out: nothing marks when the van left.
 */
export function legsOf(stops: CompletedRoute['stops']): Leg[] {
  const ordered = servedInOrder(stops)
  const legs: Leg[] = []
  for (let i = 1; i < ordered.length; i += 1) {
    const from = ordered[i - 1]!
    const to = ordered[i]!
    const minutes = (to.arrivedAt.getTime() - from.departedAt.getTime()) / MINUTE
    if (minutes >= 0) legs.push({ km: distanceKm(from, to), minutes, departedAt: from.departedAt })
  }
  return legs
}
