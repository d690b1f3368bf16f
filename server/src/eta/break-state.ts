import { distanceKm } from './geo.ts'
import { lunchChanceBetween } from './lunch.ts'
import { levelAt } from './quantile-table.ts'
import { stationaryMinutes } from './stationary.ts'
import type { CompletedRoute, EtaStats, PredictInput } from './types.ts'

/**
 * Where today's break stands: taken; being taken now, for `elapsed` minutes; or not known to
 * have started. In the last case `begun` is the chance it began as the driver left the last
 * stop without showing yet, and otherwise it may start at any departure after `from` (ms).
 */
export type BreakState = { kind: 'taken' } | { kind: 'now'; elapsed: number } | { kind: 'pending'; from: number; begun: number }

type DoneStop = CompletedRoute['stops'][number]

const MINUTE = 60_000
// Pings come every 15 to 30 s: beyond this the position no longer shows where the driver is.
export const UNSEEN_AFTER_MINUTES = 2
// Within this of a point the driver is at it, GPS error allowing.
const HERE_KM = 0.06
// In traffic a van rarely stands still long: the chance of a standstill of x minutes or more
// while driving is taken as exp(-x / this). Red lights and queues are about a minute.
const STANDSTILL_MINUTES = 0.5
// A driver off to lunch may first drive a little to somewhere to park and eat.
const SETTLE_MINUTES = 3
// Believed once this likely: from then on the break is taken as certain.
const SURE = 0.9

/**
 * Drivers start their break as they leave a stop. Whether this one has started is a question of
 * evidence (Bayes, with the chance of a break at that hour as the prior): seen driving on, it
 * has not; seen parked away from the next stop, the longer parked the likelier; unseen, the
 * longer since the last stop beyond what the drive and a stop usually take, the likelier.
 */
export function breakState(
  stats: EtaStats,
  input: PredictInput,
  today: { lunchTaken: boolean; lastDone?: DoneStop; previousDone?: DoneStop },
  current: { legMinutes: number; unseen: number; serviceFactor: number },
): BreakState {
  const last = today.lastDone
  const next = input.stops[0]
  if (today.lunchTaken || stats.lunch.share <= 0) return { kind: 'taken' }
  if (!last || !next || next.arrivedAt) return { kind: 'pending', from: last?.departedAt.getTime() ?? input.now.getTime(), begun: 0 }
  const left = last.departedAt.getTime()
  const sinceLast = (input.now.getTime() - left) / MINUTE
  const prior = lunchChanceBetween(stats.lunch, (today.previousDone ?? last).departedAt.getTime(), left)
  let unlessBreak: number
  if (current.unseen < UNSEEN_AFTER_MINUTES) {
    const still = stationaryMinutes(input.sofar?.pings ?? [])
    const parked = Math.min(still, (input.position.at.getTime() - left) / MINUTE)
    // Still moving well after leaving: driving on to the next stop, not to lunch.
    if (still < 1 && sinceLast >= SETTLE_MINUTES) return { kind: 'pending', from: left, begun: 0 }
    const away = distanceKm(input.position, next) > HERE_KM
    unlessBreak = away ? Math.exp(-Math.max(0, parked) / STANDSTILL_MINUTES) : 1
  } else {
    const longer = (sinceLast - current.legMinutes) / current.serviceFactor
    unlessBreak = longer <= 0 ? 1 : 1 - levelAt(stats.service.minutes, longer)
  }
  const begun = prior > 0 ? prior / (prior + (1 - prior) * unlessBreak) : 0
  return begun >= SURE ? { kind: 'now', elapsed: sinceLast } : { kind: 'pending', from: left, begun }
}

/** The chance the break comes before a stop whose previous departure is expected at `at` (ms). */
export function breakChanceBefore(stats: EtaStats, state: BreakState, at: number, spreadMinutes: number): number {
  if (state.kind !== 'pending') return 0
  return state.begun + (1 - state.begun) * lunchChanceBetween(stats.lunch, state.from, at, spreadMinutes)
}

