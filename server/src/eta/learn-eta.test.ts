import { describe, expect, it } from 'vitest'
import { learnEta } from './learn-eta.ts'
import { predictArrivals } from './predict-arrivals.ts'
import { valueAt } from './quantile-table.ts'
import { replayInput } from './replay-input.ts'
import { syntheticHistory, syntheticRoute } from './synthetic-routes.ts'

const history = syntheticHistory(12)
const stats = learnEta(history)
const MINUTE = 60_000

describe('learnEta', () => {
  it('gives usable windows before any route has been completed', () => {
    const empty = learnEta([])
    const now = new Date('2026-03-02T09:00:00Z')
    const windows = predictArrivals(empty, {
      now,
      position: { lat: 48.85, lng: 2.3, at: now },
      stops: [
        { id: 'a', lat: 48.85, lng: 2.305 },
        { id: 'b', lat: 48.85, lng: 2.31 },
      ],
    })
    expect(windows.map((w) => w.id)).toEqual(['a', 'b'])
    const [a, b] = windows
    // About 370 m away: a few minutes, shown as a window of minutes, not hours.
    expect(a!.expected.getTime() - now.getTime()).toBeGreaterThan(MINUTE)
    expect(a!.expected.getTime() - now.getTime()).toBeLessThan(15 * MINUTE)
    expect(a!.latest.getTime() - a!.earliest.getTime()).toBeLessThan(30 * MINUTE)
    expect(b!.expected.getTime()).toBeGreaterThan(a!.expected.getTime())
  })

  it('learns that rush hour is slower', () => {
    expect(stats.travel.minutesPerKm[8]).toBeGreaterThan(stats.travel.minutesPerKm[10]! * 1.15)
  })

  it('learns doorstep times with their long tail, not only a typical value', () => {
    const median = valueAt(stats.service.minutes, 0.5)
    expect(median).toBeGreaterThan(0.6)
    expect(median).toBeLessThan(2)
    expect(valueAt(stats.service.minutes, 0.99)).toBeGreaterThan(3 * median)
  })

  it('learns that drivers break for lunch, when, and for how long', () => {
    expect(stats.lunch.share).toBeGreaterThan(0.9)
    expect(valueAt(stats.lunch.start, 0.5) / 60).toBeCloseTo(11.55, 0)
    expect(valueAt(stats.lunch.minutes, 0.5)).toBeGreaterThan(35)
    expect(valueAt(stats.lunch.minutes, 0.5)).toBeLessThan(48)
  })

  it('is stored as JSON and predicts the same after reading it back', () => {
    const stored = JSON.parse(JSON.stringify(stats))
    expect(JSON.stringify(stored)).not.toContain('null')
    const route = syntheticRoute({ day: 30 })
    const replay = replayInput(route, new Date(route.stops[20]!.departedAt.getTime() + 30_000))!
    expect(predictArrivals(stored, replay.input)).toEqual(predictArrivals(stats, replay.input))
  })

  it('learns the same from the same history', () => {
    expect(learnEta(syntheticHistory(12))).toEqual(stats)
  })

  it('copes with routes that have no pings or barely any stops, and still gives honest windows', () => {
    const thin = [{ pings: [], stops: history[0]!.stops.slice(0, 2) }, ...history.slice(0, 2)]
    const learned = learnEta(thin)
    expect(JSON.stringify(learned)).not.toContain('null')
    const route = syntheticRoute({ day: 31 })
    const replay = replayInput(route, new Date(route.stops[10]!.departedAt.getTime() + 30_000))!
    const windows = predictArrivals(learned, replay.input)
    expect(windows.map((w) => w.id)).toEqual(replay.input.stops.map((s) => s.id))
    for (const w of windows) {
      expect(Number.isFinite(w.expected.getTime())).toBe(true)
      expect(w.earliest.getTime()).toBeGreaterThanOrEqual(replay.input.now.getTime())
      expect(w.earliest.getTime()).toBeLessThanOrEqual(w.expected.getTime())
      expect(w.expected.getTime()).toBeLessThanOrEqual(w.latest.getTime())
    }
    // Later stops are expected later, and the next stop within the hour, as on a real route.
    expect(windows.every((w, i) => i === 0 || w.expected >= windows[i - 1]!.expected)).toBe(true)
    expect(windows[0]!.expected.getTime() - replay.input.now.getTime()).toBeLessThan(60 * MINUTE)
  })
})
