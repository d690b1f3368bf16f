import { type City, buildCity } from './city.ts'
import { simulateDriverDay } from './driver-day.ts'
import { createRandom } from './random.ts'
import type { CompletedRoute, SimulatedRoute } from './types.ts'

export type DaysOptions = {
  seed: string | number
  days: number
  /** Vans out each day; default 2. */
  driversPerDay?: number
  /** The city every day happens in; the same city seed gives the same streets and depots. */
  city?: City
}

// History is the weekdays before this Monday, evaluation the weekdays from it, so held-out days
// are later than anything learnt from, as they would be in production.
const FIRST_EVALUATION_DAY = '2026-02-02'
const DAY_MS = 86_400_000

function weekdays(count: number, direction: 1 | -1): string[] {
  const days: string[] = []
  let t = Date.parse(`${FIRST_EVALUATION_DAY}T00:00:00Z`) + (direction === 1 ? 0 : -DAY_MS)
  while (days.length < count) {
    const weekday = new Date(t).getUTCDay()
    if (weekday !== 0 && weekday !== 6) days.push(new Date(t).toISOString().slice(0, 10))
    t += direction * DAY_MS
  }
  return direction === 1 ? days : days.reverse()
}

function simulateDays(purpose: 'history' | 'evaluation', options: DaysOptions): SimulatedRoute[] {
  const city = options.city ?? buildCity()
  const random = createRandom(options.seed).fork(purpose)
  const routes: SimulatedRoute[] = []
  for (const day of weekdays(options.days, purpose === 'history' ? -1 : 1)) {
    const dayRandom = random.fork(day)
    const dayPace = dayRandom.logNormal(1, 0.06)
    for (let van = 1; van <= (options.driversPerDay ?? 2); van += 1) {
      const routeId = `${day}-van${van}`
      routes.push(simulateDriverDay({ city, random: dayRandom.fork(van), routeId, day, dayPace }))
    }
  }
  return routes
}

/** Strips a simulated day down to what the tracker records: pings and stop times. */
export function toCompletedRoute(route: SimulatedRoute): CompletedRoute {
  return {
    pings: route.pings,
    stops: route.stops.map(({ id, lat, lng, arrivedAt, departedAt }) => ({ id, lat, lng, arrivedAt, departedAt })),
  }
}

/**
 * Past route-days to learn from, oldest first. Same options, same routes.
 * @example learnEta(generateHistory({ seed: 1, days: 15, driversPerDay: 2 }))
 */
export function generateHistory(options: DaysOptions): CompletedRoute[] {
  return simulateDays('history', options).map(toCompletedRoute)
}

/**
 * Held-out days, after the history and drawn from a separate stream, with the full ground truth
 * (outcomes, lunch, ping gaps) for scoring predictions against.
 */
export function generateEvaluationDays(options: DaysOptions): SimulatedRoute[] {
  return simulateDays('evaluation', options)
}
