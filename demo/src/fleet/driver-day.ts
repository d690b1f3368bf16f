import type { City } from './city.ts'
import { doorstep } from './doorstep.ts'
import { driveLeg } from './drive-leg.ts'
import { type LatLng, offsetKm } from './geo.ts'
import { type Movement, pingGaps, samplePings } from './phone-gps.ts'
import type { Random } from './random.ts'
import { planRoute } from './route-plan.ts'
import type { Driver, SimulatedRoute, SimulatedStop } from './types.ts'

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
  const localMinute = (ms: number) => (ms - midnight) / MINUTE
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

  const movements: Movement[] = []
  const stops: SimulatedStop[] = []
  let lunch: { start: number; end: number } | null = null
  const startedAt = midnight + random.between(7.5 * 60, 8.25 * 60) * MINUTE
  let t = startedAt
  let here: LatLng = plan.depot
  const move = (minutes: number, path: LatLng[]) => {
    movements.push({ from: t, to: t + minutes * MINUTE, path })
    t += minutes * MINUTE
  }

  for (const [i, address] of plan.addresses.entries()) {
    const leg = driveLeg(legs, here, address, localMinute(t), pace)
    move(leg.minutes, leg.path)
    const arrivedAt = t
    const door = doorstep(doors, address.apartment, driver.serviceFactor)
    move(door.minutes, [address])
    const id = `${routeId}-${String(i + 1).padStart(3, '0')}`
    stops.push({ id, lat: address.lat, lng: address.lng, address, arrivedAt: new Date(arrivedAt), departedAt: new Date(t), outcome: door.outcome })
    here = address
    if (!lunch && t >= plannedLunch && i < plan.addresses.length - 1) {
      // Parks round the corner and eats: 30 minutes at least, usually about 40, sometimes an hour.
      const minutes = 30 + legs.exponential(6) + legs.exponential(6)
      here = offsetKm(address, legs.normal(0, 0.1), legs.normal(0, 0.1))
      lunch = { start: t, end: t + minutes * MINUTE }
      move(minutes, [here])
    }
  }
  const home = driveLeg(legs, here, plan.depot, localMinute(t), pace)
  move(home.minutes, home.path)

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
  }
}
