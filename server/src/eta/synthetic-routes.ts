import type { CompletedRoute } from './types.ts'

// Test fixture: days of a van on a straight street heading east, 100 to 600 m between doors, with a
// known pace, slower traffic from 7:00 to 9:00 UTC, heavy-tailed doorstep times and a 40-minute
// break at the first stop after 11:30 UTC. The engine's tests build their history from it; the
// realistic simulator lives in the demo package, which the server must not depend on.

const MINUTE = 60_000
const KM_PER_DEGREE_LNG = 111.32 * Math.cos((48.85 * Math.PI) / 180)
const START = { lat: 48.85, lng: 2.3 }

export type SyntheticOptions = {
  /** Day number, 0 = 2026-01-05; also seeds the noise. */
  day: number
  stops?: number
  /** Multiplies every leg and doorstep time: 0.7 is a fast driver. */
  pace?: number
  lunch?: boolean
}

/** Same options, same route. */
export function syntheticRoute(options: SyntheticOptions): CompletedRoute {
  const { day, stops: count = 60, pace = 1, lunch = true } = options
  let seed = (day + 1) * 2654435761
  const next = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0
    return seed / 4294967296
  }
  const midnight = Date.UTC(2026, 0, 5 + day)
  let t = midnight + 8 * 60 * MINUTE
  let here = START
  const pings: CompletedRoute['pings'] = []
  const stops: CompletedRoute['stops'] = []
  const stay = (minutes: number) => {
    for (let s = t; s < t + minutes * MINUTE; s += 20_000) pings.push({ ...here, at: new Date(s) })
    t += minutes * MINUTE
  }
  let lunchTaken = !lunch
  for (let i = 0; i < count; i += 1) {
    const km = 0.1 + 0.5 * next()
    const to = { lat: START.lat, lng: here.lng + km / KM_PER_DEGREE_LNG }
    const hour = new Date(t).getUTCHours()
    const rush = hour >= 7 && hour < 9 ? 1.4 : 1
    const driveMinutes = pace * (0.7 + 4 * km * rush) * (0.85 + 0.35 * next())
    for (let s = 0; s < driveMinutes * MINUTE; s += 20_000) {
      const f = s / (driveMinutes * MINUTE)
      pings.push({ lat: here.lat, lng: here.lng + (to.lng - here.lng) * f, at: new Date(t + s) })
    }
    t += driveMinutes * MINUTE
    here = to
    const arrivedAt = new Date(t)
    const tail = next() < 0.05 ? 4 + 6 * next() : 0
    stay(pace * (0.6 + 2 * next() ** 2 + tail))
    stops.push({ id: `d${day}-s${i + 1}`, ...to, arrivedAt, departedAt: new Date(t) })
    if (!lunchTaken && t >= midnight + 11.5 * 60 * MINUTE) {
      lunchTaken = true
      stay(40)
    }
  }
  return { pings, stops }
}

export function syntheticHistory(days: number, options: Omit<SyntheticOptions, 'day'> = {}): CompletedRoute[] {
  return Array.from({ length: days }, (_, day) => syntheticRoute({ ...options, day }))
}
