import type { City } from './city.ts'
import { driveLeg } from './drive-leg.ts'
import type { LatLng } from './geo.ts'
import { type Movement, pingGaps, samplePings } from './phone-gps.ts'
import type { Random } from './random.ts'
import { planRoute } from './route-plan.ts'
import type { Driver, SimulatedRoute, SimulatedStop } from './types.ts'
import { visitStops } from './visit-stops.ts'

const MINUTE = 60_000
const NAMES = ['Sam', 'Inès', 'Karim', 'Léa', 'Moussa', 'Chloé', 'Tomás', 'Aïcha', 'Hugo', 'Nadia', 'Yann', 'Fatou']

export type DriverDayOptions = {
  city: City
  random: Random
  routeId: string
  /** The local calendar day, `YYYY-MM-DD`. */
  day: string
  /** Shared by every van that day: weather, roadworks, school holidays. */
  dayPace: number
  stopCount?: number
}

/**
 * Plays out one van's day: leave the depot around 8, drive and deliver each stop in order, take
 * a lunch break at the first stop after the driver's planned lunchtime (12:00 to 13:15 local),
 * drive back. Every random choice comes from `random`, so the same stream gives the same day.
 */
export function simulateDriverDay(options: DriverDayOptions): SimulatedRoute {
  const { city, random, routeId } = options
  const midnight = Date.parse(`${options.day}T00:00:00Z`) - city.utcOffsetMinutes * MINUTE
  const driver: Driver = {
    name: random.pick(NAMES),
    speedFactor: random.logNormal(1, 0.1),
    serviceFactor: random.logNormal(1, 0.12),
  }
  const plan = planRoute(city, random.fork('plan'), options.stopCount ?? random.int(80, 150))
  const legs = random.fork('legs')
  const doors = random.fork('doors')
  const plannedLunch = midnight + random.between(12 * 60, 13.25 * 60) * MINUTE
  const pace = driver.speedFactor * options.dayPace

  const startedAt = midnight + random.between(7.5 * 60, 8.25 * 60) * MINUTE
  const movements: Movement[] = []
  const stops: SimulatedStop[] = []
  let lunch: { start: number; end: number } | null = null
  let t = startedAt
  let here: LatLng = plan.depot
  const visits = visitStops({
    addresses: plan.addresses,
    from: plan.depot,
    at: startedAt,
    midnight,
    pace,
    serviceFactor: driver.serviceFactor,
    plannedLunch,
    legs,
    doors,
  })
  for (const [i, visit] of [...visits].entries()) {
    const { address, leg, door } = visit
    movements.push(leg, door)
    const id = `${routeId}-${String(i + 1).padStart(3, '0')}`
    stops.push({ id, lat: address.lat, lng: address.lng, address, arrivedAt: new Date(leg.to), departedAt: new Date(door.to), outcome: door.outcome })
    t = door.to
    here = address
    if (visit.lunch) {
      movements.push(visit.lunch)
      lunch = { start: visit.lunch.from, end: visit.lunch.to }
      t = visit.lunch.to
      here = visit.lunch.path[0]!
    }
  }
  const home = driveLeg(legs, here, plan.depot, (t - midnight) / MINUTE, pace)
  movements.push({ from: t, to: t + home.minutes * MINUTE, path: home.path })
  t += home.minutes * MINUTE

  const gaps = pingGaps(random.fork('gaps'), startedAt, t, lunch)
  return {
    id: routeId,
    driver,
    depot: plan.depot,
    startedAt: new Date(startedAt),
    endedAt: new Date(t),
    stops,
    pings: samplePings(random.fork('gps'), movements, gaps),
    lunch: lunch && { start: new Date(lunch.start), end: new Date(lunch.end) },
    pingGaps: gaps.map((gap) => ({ from: new Date(gap.from), to: new Date(gap.to) })),
    dayPace: options.dayPace,
    plannedLunch: new Date(plannedLunch),
    localMidnight: new Date(midnight),
  }
}
