import type { SimulatedRoute } from '../../../demo/src/fleet/types.ts'
import { type Sample, engineScore } from './horizon-bands.ts'

/**
 * Where the driver's lunch break stood when a prediction was made, from the simulator's ground
 * truth (the engine never sees it). While the break may or may not come before a stop, or is
 * under way, its length alone spreads that arrival over half an hour or more: this shows how
 * many of a band's predictions are in that case, and what they cost its median width.
 */
export const LUNCH_STATES = ['no break ahead', 'break after this stop', 'break before this stop', 'break under way'] as const

export type LunchState = (typeof LUNCH_STATES)[number]

export function lunchStateOf(route: SimulatedRoute, now: number, arrival: number): LunchState {
  const lunch = route.lunch
  if (!lunch || lunch.end.getTime() <= now) return 'no break ahead'
  if (lunch.start.getTime() <= now) return 'break under way'
  return lunch.start.getTime() < arrival ? 'break before this stop' : 'break after this stop'
}

/** A band's predictions split by lunch state: share of the band, then the engine's figures. */
export function scoreByLunchState(samples: ReadonlyArray<{ sample: Sample; lunch: LunchState }>) {
  return LUNCH_STATES.map((lunch) => {
    const part = samples.filter((s) => s.lunch === lunch).map((s) => s.sample)
    return { lunch, share: Math.round((part.length / samples.length) * 1000) / 1000, ...(part.length > 0 ? engineScore(part) : null) }
  })
}
