import { distanceKm } from './geo.ts'
import type { CompletedRoute, LatLng } from './types.ts'

// GPS error is 10 to 30 m; a van that has not left a 60 m circle has not driven anywhere.
const STILL_RADIUS_KM = 0.06
// The centre is the median of this many latest pings, so one stray fix cannot move it.
const CENTRE_PINGS = 5

/**
 * How long the latest pings have stayed within a few tens of metres of where the van is now, in
 * minutes: a van parked away from any stop for several minutes is on a break, whereas one
 * crawling in traffic still moves. A single stray fix (a reflection off a building) does not
 * end the stay; two in a row do. Pings must be in time order.
 */
export function stationaryMinutes(pings: CompletedRoute['pings']): number {
  const last = pings[pings.length - 1]
  if (!last) return 0
  const centre = medianPoint(pings.slice(-CENTRE_PINGS))
  let since = last.at.getTime()
  let strays = 0
  for (let i = pings.length - 1; i >= 0; i -= 1) {
    const ping = pings[i]!
    if (distanceKm(ping, centre) > STILL_RADIUS_KM) {
      strays += 1
      if (strays >= 2) break
      continue
    }
    strays = 0
    since = ping.at.getTime()
  }
  return (last.at.getTime() - since) / 60_000
}

function medianPoint(points: LatLng[]): LatLng {
  const middle = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1]!
  return { lat: middle(points.map((p) => p.lat)), lng: middle(points.map((p) => p.lng)) }
}
