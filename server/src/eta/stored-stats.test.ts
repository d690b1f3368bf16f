import { expect, it } from 'vitest'
import { learnEta } from './learn-eta.ts'
import { predictArrivals } from './predict-arrivals.ts'
import { replayInput } from './replay-input.ts'
import { currentStats } from './stored-stats.ts'
import { syntheticHistory, syntheticRoute } from './synthetic-routes.ts'
import type { EtaStats } from './types.ts'

it('still predicts from stats stored by the previous version, with doorstep spread as it was', () => {
  const learnt = learnEta(syntheticHistory(8))
  const { varianceBase, varianceShare, ...service } = learnt.service
  const stored = JSON.parse(JSON.stringify({ ...learnt, version: 1, service })) as EtaStats
  const route = syntheticRoute({ day: 30 })
  const { input } = replayInput(route, new Date(route.stops[20]!.departedAt.getTime() + 30_000))!
  const windows = predictArrivals(stored, input)
  expect(windows).toHaveLength(input.stops.length)
  for (const w of windows) {
    expect(Number.isFinite(w.earliest.getTime()) && Number.isFinite(w.latest.getTime())).toBe(true)
    expect(w.earliest.getTime()).toBeLessThanOrEqual(w.latest.getTime())
  }
  // Version 1 spread a place's doorstep time in proportion to its typical time.
  const upgraded = currentStats(stored)
  expect(upgraded.version).toBe(2)
  expect(upgraded.service.varianceBase).toBe(0)
  expect(upgraded.service.varianceShare).toBeGreaterThan(0)
})
