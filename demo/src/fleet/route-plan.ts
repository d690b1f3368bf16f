import type { Address, City, Depot } from './city.ts'
import { type LatLng, distanceKm } from './geo.ts'
import type { Random } from './random.ts'

export type RoutePlan = { depot: Depot; addresses: Address[] }

/**
 * A day's work for one van: `stopCount` parcels in a few neighbouring areas, ordered the way a
 * route planner would (nearest neighbour from the depot, then 2-opt), so legs are mostly short
 * with the odd hop between areas. Some buildings get two parcels, delivered back to back.
 */
export function planRoute(city: City, random: Random, stopCount: number): RoutePlan {
  const depot = random.pick(city.depots)
  const home = random.pick(city.neighbourhoods)
  const nearby = [...city.neighbourhoods].sort((a, b) => distanceKm(home, a) - distanceKm(home, b))
  const areas = nearby.slice(0, random.int(2, 3))
  const pool = areas.flatMap((area) => area.addresses)
  const addresses: Address[] = []
  while (addresses.length < stopCount) {
    const address = random.pick(pool)
    addresses.push(address)
    // Two orders for the same building.
    if (addresses.length < stopCount && random.chance(0.08)) addresses.push(address)
  }
  return { depot, addresses: twoOpt(depot, nearestNeighbourOrder(depot, addresses)) }
}

function nearestNeighbourOrder(start: LatLng, points: Address[]): Address[] {
  const left = [...points]
  const ordered: Address[] = []
  let here = start
  while (left.length > 0) {
    let best = 0
    for (let i = 1; i < left.length; i += 1) {
      if (distanceKm(here, left[i]!) < distanceKm(here, left[best]!)) best = i
    }
    const next = left.splice(best, 1)[0]!
    ordered.push(next)
    here = next
  }
  return ordered
}

/** 2-opt on an open path that starts at the depot and may end anywhere. */
function twoOpt(start: LatLng, route: Address[]): Address[] {
  const path: LatLng[] = [start, ...route]
  const d = (i: number, j: number) => (i >= path.length || j >= path.length ? 0 : distanceKm(path[i]!, path[j]!))
  for (let pass = 0; pass < 20; pass += 1) {
    let improved = false
    for (let i = 1; i < path.length - 1; i += 1) {
      for (let k = i + 1; k < path.length; k += 1) {
        const before = d(i - 1, i) + d(k, k + 1)
        const after = d(i - 1, k) + d(i, k + 1)
        if (after < before - 1e-9) {
          path.splice(i, k - i + 1, ...path.slice(i, k + 1).reverse())
          improved = true
        }
      }
    }
    if (!improved) break
  }
  return path.slice(1) as Address[]
}
