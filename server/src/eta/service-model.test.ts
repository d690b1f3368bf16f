import { describe, expect, it } from 'vitest'
import { defaultStats } from './default-stats.ts'
import { remainingAfter } from './quantile-table.ts'
import { areaFactor } from './service-areas.ts'
import { learnService, serviceVariance } from './service-model.ts'
import type { CompletedRoute } from './types.ts'

const MINUTE = 60_000

/**
 * Doorsteps in two districts 5 km apart: quick front doors in one, slow walk-ups in the other,
 * and in both the same occasional long wait (a failed attempt, a chat) on top.
 */
function doorsteps(): CompletedRoute['stops'] {
  let seed = 12345
  const next = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0
    return seed / 4294967296
  }
  const stops: CompletedRoute['stops'] = []
  const start = Date.UTC(2026, 0, 5, 8)
  for (let i = 0; i < 2000; i += 1) {
    const slow = i % 2 === 1
    const body = (slow ? 2.5 : 0.9) * (0.7 + 0.6 * next())
    const wait = next() < 0.08 ? 4 + 8 * next() : 0
    const arrivedAt = new Date(start + i * 5 * MINUTE)
    stops.push({ id: `s${i}`, lat: 48.85, lng: slow ? 2.37 : 2.3, arrivedAt, departedAt: new Date(arrivedAt.getTime() + (body + wait) * MINUTE) })
  }
  return stops
}

describe('learnService', () => {
  const service = learnService([doorsteps()], defaultStats().service)
  const typical = (lng: number) => remainingAfter(service.minutes, 0).mean * areaFactor(service.areas, { lat: 48.85, lng })

  it('learns that walk-ups take longer than front doors', () => {
    expect(typical(2.37)).toBeGreaterThan(typical(2.3) * 1.8)
  })

  it('learns that quick places are steadier, but not in proportion: long waits happen anywhere', () => {
    const quick = serviceVariance(service, typical(2.3))
    const slow = serviceVariance(service, typical(2.37))
    expect(slow).toBeGreaterThan(quick)
    expect(slow / quick).toBeLessThan((typical(2.37) / typical(2.3)) ** 2 * 0.7)
  })
})
