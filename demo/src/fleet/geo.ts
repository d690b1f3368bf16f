export type LatLng = { lat: number; lng: number }

// Mean Earth radius; at city scale a sphere is far more precise than the simulation needs.
const EARTH_RADIUS_KM = 6371.0088
const KM_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS_KM

/** Great-circle (straight-line) distance. */
export function distanceKm(a: LatLng, b: LatLng): number {
  const toRad = Math.PI / 180
  const dLat = (b.lat - a.lat) * toRad
  const dLng = (b.lng - a.lng) * toRad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** The point `northKm` north and `eastKm` east of `from` (flat-earth, fine within a city). */
export function offsetKm(from: LatLng, northKm: number, eastKm: number): LatLng {
  return {
    lat: from.lat + northKm / KM_PER_DEGREE,
    lng: from.lng + eastKm / (KM_PER_DEGREE * Math.cos((from.lat * Math.PI) / 180)),
  }
}

/** The point a fraction of the way along a polyline, by length. */
export function alongPath(path: readonly LatLng[], fraction: number): LatLng {
  const first = path[0]
  if (!first) throw new Error('empty path')
  if (path.length === 1 || fraction <= 0) return first
  const lengths = path.slice(1).map((point, i) => distanceKm(path[i]!, point))
  const total = lengths.reduce((sum, length) => sum + length, 0)
  let remaining = Math.min(1, fraction) * total
  for (const [i, length] of lengths.entries()) {
    if (remaining <= length && length > 0) {
      const from = path[i]!
      const to = path[i + 1]!
      const t = remaining / length
      return { lat: from.lat + (to.lat - from.lat) * t, lng: from.lng + (to.lng - from.lng) * t }
    }
    remaining -= length
  }
  return path[path.length - 1]!
}
