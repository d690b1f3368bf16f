import { type LatLng, alongPath, offsetKm } from './geo.ts'
import type { Random } from './random.ts'
import type { Ping } from './types.ts'

/** Where the van truly was: it moves along `path` at an even pace from `from` to `to` (ms). */
export type Movement = { from: number; to: number; path: LatLng[] }

const MINUTE = 60_000

/**
 * Gaps in what the phone sends: dead zones, the app put to sleep, a phone left in the van.
 * Mostly a few minutes, sometimes over ten, and the whole lunch break for some drivers.
 */
export function pingGaps(random: Random, start: number, end: number, lunch: { start: number; end: number } | null) {
  const gaps: Array<{ from: number; to: number }> = []
  for (let t = start + random.exponential(80) * MINUTE; t < end; t += random.exponential(80) * MINUTE) {
    const minutes = random.chance(0.35) ? random.between(10, 22) : random.between(2, 6)
    gaps.push({ from: t, to: t + minutes * MINUTE })
    t += minutes * MINUTE
  }
  if (lunch && random.chance(0.35)) gaps.push({ from: lunch.start, to: lunch.end })
  return gaps.sort((a, b) => a.from - b.from)
}

/**
 * The phone's pings along the true movements: one every 15 to 30 s outside the gaps, each off by
 * the GPS error (about 10 to 20 m, with the odd reflection off a building much further out).
 */
export function samplePings(random: Random, movements: Movement[], gaps: Array<{ from: number; to: number }>): Ping[] {
  const first = movements[0]
  const last = movements[movements.length - 1]
  if (!first || !last) return []
  const errorKm = random.between(0.007, 0.013)
  const pings: Ping[] = []
  let m = 0
  let g = 0
  for (let t = first.from; t <= last.to; t += random.between(15, 30) * 1000) {
    while (g < gaps.length && gaps[g]!.to < t) g += 1
    const gap = gaps[g]
    if (gap && gap.from <= t && t <= gap.to) continue
    while (m < movements.length - 1 && movements[m]!.to < t) m += 1
    const movement = movements[m]!
    const span = movement.to - movement.from
    const truth = alongPath(movement.path, span > 0 ? (t - movement.from) / span : 1)
    const sd = random.chance(0.03) ? 0.035 : errorKm
    pings.push({ ...offsetKm(truth, random.normal(0, sd), random.normal(0, sd)), at: new Date(Math.round(t)) })
  }
  return pings
}
