import { type LatLng, distanceKm, offsetKm } from './geo.ts'
import type { Random } from './random.ts'
import { trafficSpeedShare } from './traffic.ts'

// Urban free-flow speed on the roads a delivery van uses (30 km/h zones, lights, turns).
const FREE_FLOW_KMH = 32

/**
 * One leg between two stops: minutes from driving off to parked at the next door, and the path
 * the van follows. The road is longer than the straight line by a per-leg detour factor (one-way
 * streets, blocks, the river); parking and grabbing the parcel add a little; now and then the
 * street is blocked (a bin lorry, roadworks).
 */
export function driveLeg(random: Random, from: LatLng, to: LatLng, localMinute: number, pace: number): { minutes: number; path: LatLng[] } {
  const straightKm = distanceKm(from, to)
  // Same building: the van stays put, the driver walks to the next door.
  if (straightKm < 0.02) return { minutes: random.between(0.2, 0.6), path: [from, to] }
  const detour = Math.min(1.8, Math.max(1.1, random.between(1.2, 1.6) + random.normal(0, 0.05)))
  const roadKm = straightKm * detour
  const speedKmh = FREE_FLOW_KMH * trafficSpeedShare(localMinute) * pace * random.logNormal(1, 0.15)
  let minutes = 0.4 + random.exponential(0.3) + (roadKm / speedKmh) * 60
  if (random.chance(0.04)) minutes += random.exponential(3)
  return { minutes, path: [from, detourCorner(from, to, straightKm, detour, random.chance(0.5) ? 1 : -1), to] }
}

/** A corner beside the midpoint such that going through it is `detour` times the straight line. */
function detourCorner(from: LatLng, to: LatLng, straightKm: number, detour: number, side: 1 | -1): LatLng {
  const mid = { lat: (from.lat + to.lat) / 2, lng: (from.lng + to.lng) / 2 }
  const northKm = distanceKm(from, { lat: to.lat, lng: from.lng }) * Math.sign(to.lat - from.lat)
  const eastKm = distanceKm(from, { lat: from.lat, lng: to.lng }) * Math.sign(to.lng - from.lng)
  const length = Math.hypot(northKm, eastKm) || 1
  const height = (straightKm / 2) * Math.sqrt(detour * detour - 1)
  return offsetKm(mid, (side * -eastKm * height) / length, (side * northKm * height) / length)
}
