import type { LatLng } from './types.ts'

const KM_PER_DEGREE = (Math.PI / 180) * 6371.0088
const TO_RAD = Math.PI / 180

/**
 * Straight-line distance in km. Flat-earth (equirectangular) rather than haversine: within a
 * city the difference is far below GPS error, and it runs once per leg per prediction.
 */
export function distanceKm(a: LatLng, b: LatLng): number {
  const north = b.lat - a.lat
  const east = (b.lng - a.lng) * Math.cos(((a.lat + b.lat) / 2) * TO_RAD)
  return KM_PER_DEGREE * Math.sqrt(north * north + east * east)
}
