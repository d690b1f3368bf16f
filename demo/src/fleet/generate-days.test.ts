import { describe, expect, it } from 'vitest'
import { buildCity } from './city.ts'
import { distanceKm } from './geo.ts'
import { generateEvaluationDays, generateHistory } from './generate-days.ts'

const city = buildCity()
const days = generateEvaluationDays({ seed: 7, days: 4, city })
const MINUTE = 60_000

describe('simulated days', () => {
  it('are the same for the same seed, and differ for another', () => {
    const again = generateEvaluationDays({ seed: 7, days: 4, city: buildCity() })
    expect(JSON.stringify(again)).toBe(JSON.stringify(days))
    const other = generateEvaluationDays({ seed: 8, days: 4, city })
    expect(other[0]!.stops[0]!.arrivedAt).not.toEqual(days[0]!.stops[0]!.arrivedAt)
  })

  it('hold out evaluation days: other dates and other routes than the history', () => {
    const history = generateHistory({ seed: 7, days: 4, city })
    const lastHistory = history.at(-1)!.stops.at(-1)!.departedAt
    expect(days[0]!.startedAt.getTime()).toBeGreaterThan(lastHistory.getTime())
    expect(history).toHaveLength(8)
    expect(history[0]).toEqual({ pings: expect.any(Array), stops: expect.any(Array) })
  })

  it('give each van 80 to 150 stops, ordered so most legs are short hops', () => {
    for (const route of days) {
      expect(route.stops.length).toBeGreaterThanOrEqual(80)
      expect(route.stops.length).toBeLessThanOrEqual(150)
      const legs = route.stops.slice(1).map((stop, i) => distanceKm(route.stops[i]!, stop))
      const median = legs.sort((a, b) => a - b)[legs.length >> 1]!
      expect(median).toBeLessThan(0.4)
    }
  })

  it('reach each stop after leaving the previous one, and leave after arriving', () => {
    for (const route of days) {
      expect(route.stops[0]!.arrivedAt.getTime()).toBeGreaterThan(route.startedAt.getTime())
      for (const [i, stop] of route.stops.entries()) {
        expect(stop.departedAt.getTime()).toBeGreaterThan(stop.arrivedAt.getTime())
        if (i > 0) expect(stop.arrivedAt.getTime()).toBeGreaterThan(route.stops[i - 1]!.departedAt.getTime())
      }
      expect(route.endedAt.getTime()).toBeGreaterThan(route.stops.at(-1)!.departedAt.getTime())
    }
  })

  it('send pings in time order, every 15 to 30 seconds outside the gaps, a few tens of metres off', () => {
    for (const route of days) {
      const intervals = route.pings.slice(1).map((ping, i) => ping.at.getTime() - route.pings[i]!.at.getTime())
      expect(Math.min(...intervals)).toBeGreaterThanOrEqual(15_000)
      const usual = intervals.filter((ms) => ms <= 30_000).length
      expect(usual / intervals.length).toBeGreaterThan(0.95)
      // While the van stands at a stop, pings scatter around it by GPS error only.
      const errors = route.stops.flatMap((stop) =>
        route.pings.filter((p) => p.at >= stop.arrivedAt && p.at <= stop.departedAt).map((p) => distanceKm(p, stop) * 1000),
      )
      const median = errors.sort((a, b) => a - b)[errors.length >> 1]!
      expect(median).toBeGreaterThan(5)
      expect(median).toBeLessThan(30)
    }
  })

  it('have gaps in the pings, some of ten minutes or more', () => {
    const longest = days.map((route) =>
      Math.max(...route.pings.slice(1).map((ping, i) => ping.at.getTime() - route.pings[i]!.at.getTime())),
    )
    expect(longest.some((ms) => ms >= 10 * MINUTE)).toBe(true)
  })

  it('give every driver a lunch break around midday, between two stops', () => {
    for (const route of days) {
      const lunch = route.lunch!
      const minutes = (lunch.end.getTime() - lunch.start.getTime()) / MINUTE
      expect(minutes).toBeGreaterThanOrEqual(30)
      const localHour = (lunch.start.getTime() / MINUTE + city.utcOffsetMinutes) / 60 % 24
      expect(localHour).toBeGreaterThanOrEqual(12)
      expect(localHour).toBeLessThan(15)
      const next = route.stops.find((stop) => stop.arrivedAt >= lunch.end)!
      const before = route.stops[route.stops.indexOf(next) - 1]!
      expect(before.departedAt.getTime()).toBeLessThanOrEqual(lunch.start.getTime())
    }
  })

  it('spend longer at some doors than others, with failed attempts now and then', () => {
    const stops = days.flatMap((route) => route.stops)
    const minutes = stops.map((s) => (s.departedAt.getTime() - s.arrivedAt.getTime()) / MINUTE).sort((a, b) => a - b)
    const median = minutes[minutes.length >> 1]!
    expect(minutes[Math.floor(minutes.length * 0.99)]!).toBeGreaterThan(3 * median)
    const failed = stops.filter((s) => s.outcome === 'failed_attempt').length / stops.length
    expect(failed).toBeGreaterThan(0.02)
    expect(failed).toBeLessThan(0.12)
    const apartments = stops.filter((s) => s.address.apartment)
    const houses = stops.filter((s) => !s.address.apartment)
    const mean = (list: typeof stops) => list.reduce((sum, s) => sum + s.departedAt.getTime() - s.arrivedAt.getTime(), 0) / list.length
    expect(mean(apartments)).toBeGreaterThan(mean(houses))
  })
})
