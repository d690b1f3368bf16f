import type { Address } from './city.ts'
import { doorstep } from './doorstep.ts'
import { driveLeg } from './drive-leg.ts'
import { type LatLng, offsetKm } from './geo.ts'
import type { Random } from './random.ts'
import type { StopOutcome } from './types.ts'

const MINUTE = 60_000

/** Stretches of a van's day, in ms: driving to a door, at the door, on a break. */
export type Stretch = { from: number; to: number; path: LatLng[] }

export type StopVisit = {
  address: Address
  leg: Stretch
  door: Stretch & { outcome: StopOutcome }
  /** The break, when it was taken after this stop. */
  lunch?: Stretch
}

export type VisitOptions = {
  addresses: readonly Address[]
  /** Where and when (ms) the van sets off for the first of `addresses`. */
  from: LatLng
  at: number
  /** Local midnight (ms), for the traffic profile. */
  midnight: number
  /** Road speed and doorstep time multipliers for this van today. */
  pace: number
  serviceFactor: number
  /** The break is taken at the first departure at or after this (ms); null when already taken. */
  plannedLunch: number | null
  legs: Random
  doors: Random
}

/**
 * Plays out the stops in order, one visit at a time, so a caller can stop early: drive, deliver,
 * and take the break at the first departure after the planned lunchtime, unless this is the
 * last stop (the driver then eats back at the depot).
 */
export function* visitStops(options: VisitOptions): Generator<StopVisit> {
  const { addresses, legs, doors, midnight } = options
  let t = options.at
  let here = options.from
  let lunchDue = options.plannedLunch
  for (const [i, address] of addresses.entries()) {
    const drive = driveLeg(legs, here, address, (t - midnight) / MINUTE, options.pace)
    const leg = { from: t, to: t + drive.minutes * MINUTE, path: drive.path }
    const atDoor = doorstep(doors, address.apartment, options.serviceFactor)
    const door = { from: leg.to, to: leg.to + atDoor.minutes * MINUTE, path: [address], outcome: atDoor.outcome }
    t = door.to
    here = address
    let lunch: Stretch | undefined
    if (lunchDue !== null && t >= lunchDue && i < addresses.length - 1) {
      // Parks round the corner and eats: 30 minutes at least, usually about 40, sometimes an hour.
      const minutes = 30 + legs.exponential(6) + legs.exponential(6)
      here = offsetKm(address, legs.normal(0, 0.1), legs.normal(0, 0.1))
      lunch = { from: t, to: t + minutes * MINUTE, path: [here] }
      t = lunch.to
      lunchDue = null
    }
    yield { address, leg, door, ...(lunch && { lunch }) }
  }
}
