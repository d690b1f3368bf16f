import type { Clock } from '@porchlight/server'

/**
 * Time that runs `factor` times faster than the wall clock, from `start`. The demo's server, its
 * simulated van and its seeding all read this one clock, so pings, events and predictions agree.
 */
export function acceleratedClock(start: Date, factor: number): Clock {
  const wallStart = Date.now()
  return { now: () => new Date(start.getTime() + (Date.now() - wallStart) * factor) }
}
