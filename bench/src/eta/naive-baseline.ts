import { distanceKm } from '../../../server/src/eta/geo.ts'
import type { CompletedRoute, PredictInput } from '../../../server/src/eta/index.ts'

const MINUTE = 60_000

export type NaiveBaseline = { kmPerHour: number; serviceMinutes: number; expectedMinutes(input: PredictInput): number[] }

/**
 * What a tracker without a model does: straight-line distance at one fixed speed, one fixed
 * doorstep time, from the last position as if it were current. Speed and doorstep time are the
 * history's own averages (total straight-line km over total time between stops, lunch and jams
 * included; mean time at a stop), which is the fairest fixed choice.
 */
export function naiveBaseline(history: readonly CompletedRoute[]): NaiveBaseline {
  let km = 0
  let drivingMinutes = 0
  let serviceMinutes = 0
  let stops = 0
  for (const route of history) {
    for (const [i, stop] of route.stops.entries()) {
      serviceMinutes += (stop.departedAt.getTime() - stop.arrivedAt.getTime()) / MINUTE
      stops += 1
      const previous = route.stops[i - 1]
      if (!previous) continue
      km += distanceKm(previous, stop)
      drivingMinutes += (stop.arrivedAt.getTime() - previous.departedAt.getTime()) / MINUTE
    }
  }
  const kmPerHour = km / (drivingMinutes / 60)
  const service = serviceMinutes / stops
  return {
    kmPerHour,
    serviceMinutes: service,
    expectedMinutes(input) {
      const minutes: number[] = []
      let t = 0
      let here: { lat: number; lng: number } = input.position
      for (const stop of input.stops) {
        if (stop.arrivedAt) {
          minutes.push(0)
        } else {
          t += (distanceKm(here, stop) / kmPerHour) * 60
          minutes.push(t)
        }
        t += service
        here = stop
      }
      return minutes
    },
  }
}
