import { describe, expect, it } from 'vitest'
import { buildCity } from './fleet/index.ts'
import { planVanDay, watchedStops } from './live-van.ts'
import { DEFAULT_DEMO_SPEED, DEMO_VAN_SEED } from './start-demo.ts'

const DRIVER_SHOWN_WITHIN_STOPS = 3

describe('the parcels the demo storefront lists', () => {
  const city = buildCity()

  it('keeps the first one live and approaching through the first ten minutes at the default speed, whenever the demo starts', () => {
    for (const start of ['2026-12-04T06:30:00Z', '2026-12-04T13:05:00Z', '2027-07-01T18:45:00Z', '2026-03-29T00:30:00Z']) {
      const now = new Date(start)
      const route = planVanDay({ city, seed: DEMO_VAN_SEED, day: 1, now })
      const [first, ...others] = watchedStops(route, now)
      const deliveredIn = route.stops[first!.index]!.departedAt.getTime() - now.getTime()
      expect(deliveredIn, start).toBeGreaterThanOrEqual(10 * 60_000 * DEFAULT_DEMO_SPEED)
      // …while the last one shows the van on its way from the start.
      expect(others.at(-1)!.ahead, start).toBeLessThanOrEqual(DRIVER_SHOWN_WITHIN_STOPS)
    }
  })
})
