import type { Address, Depot } from './city.ts'
import type { LatLng } from './geo.ts'

export type Ping = LatLng & { at: Date }

export type StopOutcome = 'delivered' | 'failed_attempt'

/** The shape the ETA engine learns from (the contract's `CompletedRoute`). */
export type CompletedRoute = {
  pings: Ping[]
  stops: Array<LatLng & { id: string; arrivedAt: Date; departedAt: Date }>
}

export type SimulatedStop = LatLng & {
  id: string
  address: Address
  arrivedAt: Date
  departedAt: Date
  outcome: StopOutcome
}

export type Driver = {
  name: string
  /** Multiplies road speed for the whole day (how this driver drives, this van, this day). */
  speedFactor: number
  /** Multiplies time at the door. */
  serviceFactor: number
}

/** One van's simulated day, with the ground truth the tracker never sees directly. */
export type SimulatedRoute = {
  id: string
  driver: Driver
  depot: Depot
  /** Leaves the depot. */
  startedAt: Date
  /** Back at the depot. */
  endedAt: Date
  stops: SimulatedStop[]
  /** What the driver's phone sent, time-ordered, noisy, with gaps. */
  pings: Ping[]
  lunch: { start: Date; end: Date } | null
  pingGaps: Array<{ from: Date; to: Date }>
  /** The day's pace shared by every van (weather, roadworks), before the driver's own. */
  dayPace: number
  /** When the driver meant to eat: the break comes at the first departure after it. */
  plannedLunch: Date
  /** The day's local midnight, which the traffic profile runs from. */
  localMidnight: Date
}
