import { levelAt, quantileTable, remainingAfter, smoothedQuantileTable, sortedQuantile, valueAt } from './quantile-table.ts'
import type { EtaStats } from './types.ts'

export type LunchStats = EtaStats['lunch']

const DAY_MINUTES = 1440
const DAY_MS = DAY_MINUTES * 60_000
// A completed leg this much over its model was a break; shorter stoppages count as traffic.
export const LUNCH_LEG_MINUTES = 20

function utcMinute(at: Date | number): number {
  const ms = typeof at === 'number' ? at : at.getTime()
  return (((ms % DAY_MS) + DAY_MS) % DAY_MS) / 60_000
}

/** Minute of the UTC day, unwrapped into the 24 hours centred on the usual lunchtime. */
export function lunchClock(lunch: LunchStats, at: Date | number): number {
  const frameStart = valueAt(lunch.start, 0.5) - DAY_MINUTES / 2
  return frameStart + ((((utcMinute(at) - frameStart) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES)
}

/**
 * The chance that the break falls between `after` and `before` (ms), given that it had not
 * started by `after`. A route without a break is possible (`share` < 1), so the longer it has
 * not happened, the likelier it will not. `spread` (minutes, one standard deviation) is how
 * unsure `before` is: a departure predicted for 11:55 may well happen after a break due at noon.
 */
export function lunchChanceBetween(lunch: LunchStats, after: number, before: number, spread = 0): number {
  if (lunch.share <= 0) return 0
  const passed = levelAt(lunch.start, lunchClock(lunch, after))
  const stillToCome = 1 - lunch.share * passed
  if (stillToCome <= 0) return 0
  if (spread <= 0) return chanceBy(lunch, after, passed, stillToCome, before)
  // Three-point Gauss-Hermite average over a normal spread of `before`.
  const offset = Math.sqrt(3) * spread * 60_000
  const low = chanceBy(lunch, after, passed, stillToCome, before - offset)
  const high = chanceBy(lunch, after, passed, stillToCome, before + offset)
  return (low + 4 * chanceBy(lunch, after, passed, stillToCome, before) + high) / 6
}

function chanceBy(lunch: LunchStats, after: number, passed: number, stillToCome: number, t: number): number {
  if (t <= after) return 0
  return (lunch.share * Math.max(0, levelAt(lunch.start, lunchClock(lunch, t)) - passed)) / stillToCome
}

/** Minutes after this much of the break has gone (mean and variance). */
export function lunchRemaining(lunch: LunchStats, elapsed: number) {
  return remainingAfter(lunch.minutes, elapsed)
}

/** A finished leg long enough that the break must have been taken on it. */
export function wasLunchLeg(lunch: LunchStats, excessMinutes: number): boolean {
  return excessMinutes >= Math.max(lunch.detectAfterMinutes, 0.8 * valueAt(lunch.minutes, 0.02))
}

/**
 * Learns when breaks start and how long they last from the longest overrun of each route, how
 * often a route out at lunchtime has one, and how long an ordinary overrun can get (so a break
 * in progress is recognised, not guessed).
 */
export function learnLunch(input: {
  /** When each route reached its first stop and left its last. */
  routes: Array<{ from: Date; to: Date }>
  breaks: Array<{ startedAt: Date; minutes: number }>
  ordinaryExcess: number[]
  fallback: LunchStats
}): LunchStats {
  const { breaks, fallback } = input
  const ordinary = [...input.ordinaryExcess].sort((a, b) => a - b)
  const detectAfterMinutes = ordinary.length >= 50 ? Math.min(20, Math.max(8, sortedQuantile(ordinary, 0.995))) : fallback.detectAfterMinutes
  if (breaks.length < 3) return { ...fallback, detectAfterMinutes }
  // Circular mean of the start times, so the frame is centred whatever the time zone.
  const angles = breaks.map((b) => (utcMinute(b.startedAt) / DAY_MINUTES) * 2 * Math.PI)
  const centre = Math.atan2(
    angles.reduce((sum, a) => sum + Math.sin(a), 0),
    angles.reduce((sum, a) => sum + Math.cos(a), 0),
  )
  const centreMinute = (((centre / (2 * Math.PI)) * DAY_MINUTES) % DAY_MINUTES + DAY_MINUTES) % DAY_MINUTES
  const frame: LunchStats = { ...fallback, start: { levels: [0.5], values: [centreMinute] } }
  const start = smoothedQuantileTable(breaks.map((b) => lunchClock(frame, b.startedAt)))
  // Only routes still out at the usual lunchtime could have had a break.
  const usual = valueAt(start, 0.5)
  const outAtLunch = input.routes.filter((r) => lunchClock(frame, r.from) <= usual && usual <= lunchClock(frame, r.to)).length
  return {
    share: Math.min(1, breaks.length / Math.max(1, outAtLunch)),
    start,
    minutes: quantileTable(breaks.map((b) => b.minutes)),
    detectAfterMinutes,
  }
}

