import { describe, expect, it } from 'vitest'
import { learnEta } from './learn-eta.ts'
import { predictArrivals } from './predict-arrivals.ts'
import { replayInput } from './replay-input.ts'
import { syntheticHistory, syntheticRoute } from './synthetic-routes.ts'
import type { ArrivalWindow, PredictInput } from './types.ts'

const stats = learnEta(syntheticHistory(12))
const MINUTE = 60_000
// A held-out day, well before its lunch break.
const route = syntheticRoute({ day: 30 })
const stop = (i: number) => route.stops[i]!

/** What the server would pass at `at`. */
function inputAt(at: number): PredictInput {
  return replayInput(route, new Date(at))!.input
}

const minutesAfter = (now: Date, at: Date) => (at.getTime() - now.getTime()) / MINUTE
const width = (w: ArrivalWindow) => (w.latest.getTime() - w.earliest.getTime()) / MINUTE

describe('predictArrivals', () => {
  it('gives one window per remaining stop, in route order, none before now', () => {
    const input = inputAt(stop(10).departedAt.getTime() + 20_000)
    const windows = predictArrivals(stats, input)
    expect(windows.map((w) => w.id)).toEqual(input.stops.map((s) => s.id))
    for (const [i, w] of windows.entries()) {
      expect(w.earliest.getTime()).toBeGreaterThanOrEqual(input.now.getTime())
      expect(w.earliest.getTime()).toBeLessThanOrEqual(w.expected.getTime())
      expect(w.expected.getTime()).toBeLessThanOrEqual(w.latest.getTime())
      if (i > 0) expect(w.expected.getTime()).toBeGreaterThanOrEqual(windows[i - 1]!.expected.getTime())
    }
  })

  it('holds the real arrival of the next stops', () => {
    const input = inputAt(stop(10).departedAt.getTime() + 20_000)
    const windows = predictArrivals(stats, input)
    for (let i = 11; i < 15; i += 1) {
      const w = windows.find((x) => x.id === stop(i).id)!
      expect(stop(i).arrivedAt.getTime()).toBeGreaterThanOrEqual(w.earliest.getTime())
      expect(stop(i).arrivedAt.getTime()).toBeLessThanOrEqual(w.latest.getTime())
    }
  })

  it('narrows the window as the driver gets closer', () => {
    const target = stop(16)
    const far = predictArrivals(stats, inputAt(stop(10).departedAt.getTime() + 20_000)).find((w) => w.id === target.id)!
    const near = predictArrivals(stats, inputAt(stop(15).departedAt.getTime() + 20_000)).find((w) => w.id === target.id)!
    expect(width(near)).toBeLessThan(width(far) / 2)
  })

  it('keeps a driver standing at a stop there: the stop takes its time, later stops move later', () => {
    const arrived = stop(12).arrivedAt.getTime()
    const base = inputAt(arrived + 30_000)
    expect(base.stops[0]!.arrivedAt).toBeDefined()
    const longAfter = { ...base, now: new Date(arrived + 12 * MINUTE) }
    const [atStop, next] = predictArrivals(stats, longAfter)
    // The driver is there: the stop's own arrival is now, whatever the clock says.
    expect(atStop!.expected).toEqual(longAfter.now)
    const early = predictArrivals(stats, base)[1]!
    expect(next!.expected.getTime()).toBeGreaterThan(early.expected.getTime() + 5 * MINUTE)
    expect(next!.earliest.getTime()).toBeGreaterThanOrEqual(longAfter.now.getTime())
  })

  it('widens the window when the position goes stale, instead of assuming the driver waited', () => {
    const fresh = inputAt(stop(10).departedAt.getTime() + 20_000)
    const later = new Date(fresh.now.getTime() + 15 * MINUTE)
    // Nothing heard for 15 minutes: same position, same completed stops, later clock.
    const stale = { ...fresh, now: later }
    const target = fresh.stops[6]!.id
    const before = predictArrivals(stats, fresh).find((w) => w.id === target)!
    const after = predictArrivals(stats, stale).find((w) => w.id === target)!
    expect(width(after)).toBeGreaterThan(width(before) * 1.2)
    // The driver has kept working meanwhile: not the old prediction shifted by 15 minutes.
    expect(minutesAfter(later, after.expected)).toBeLessThan(minutesAfter(fresh.now, before.expected) - 5)
  })

  it('expects a driver ahead of plan to stay ahead', () => {
    const fast = syntheticRoute({ day: 31, pace: 0.7 })
    const normal = syntheticRoute({ day: 31 })
    const at = (r: typeof fast) => replayInput(r, new Date(r.stops[25]!.departedAt.getTime() + 20_000))!.input
    // Same remaining stops and position; only today's completed stops differ in pace.
    const normalInput = at(normal)
    const fastInput = { ...normalInput, sofar: at(fast).sofar!, now: normalInput.now }
    const shift = (stops: typeof fast.stops, dt: number) => stops.map((s) => ({ ...s, arrivedAt: new Date(s.arrivedAt.getTime() + dt), departedAt: new Date(s.departedAt.getTime() + dt) }))
    const lastFast = fastInput.sofar.stops.at(-1)!.departedAt.getTime()
    fastInput.sofar = { pings: normalInput.sofar!.pings, stops: shift(fastInput.sofar.stops, normalInput.sofar!.stops.at(-1)!.departedAt.getTime() - lastFast) }
    const tenthAhead = (input: PredictInput) => minutesAfter(input.now, predictArrivals(stats, input)[10]!.expected)
    expect(tenthAhead(fastInput)).toBeLessThan(tenthAhead(normalInput) * 0.9)
  })

  it('counts the lunch break into windows for stops after lunchtime', () => {
    const morning = inputAt(stop(5).departedAt.getTime() + 20_000)
    const lastStop = route.stops.at(-1)!
    const lastWindow = predictArrivals(stats, morning).at(-1)!
    expect(lastStop.arrivedAt.getTime()).toBeGreaterThanOrEqual(lastWindow.earliest.getTime())
    expect(lastStop.arrivedAt.getTime()).toBeLessThanOrEqual(lastWindow.latest.getTime())
    const noLunch = learnEta(syntheticHistory(12, { lunch: false }))
    expect(predictArrivals(noLunch, morning).at(-1)!.expected.getTime()).toBeLessThan(lastWindow.expected.getTime() - 25 * MINUTE)
  })

  it('sees a driver parked on a break and moves the next stops back by what is left of it', () => {
    const lunchStop = route.stops.findIndex((s, i) => i > 0 && s.arrivedAt.getTime() - route.stops[i - 1]!.departedAt.getTime() > 30 * MINUTE)
    const breakStarted = stop(lunchStop - 1).departedAt.getTime()
    const input = inputAt(breakStarted + 10 * MINUTE)
    const [next] = predictArrivals(stats, input)
    expect(minutesAfter(input.now, next!.expected)).toBeGreaterThan(20)
    expect(stop(lunchStop).arrivedAt.getTime()).toBeGreaterThanOrEqual(next!.earliest.getTime())
    expect(stop(lunchStop).arrivedAt.getTime()).toBeLessThanOrEqual(next!.latest.getTime())
    // Once back on the road, no second break is expected.
    const after = inputAt(stop(lunchStop + 2).departedAt.getTime() + 20_000)
    const lastStop = route.stops.at(-1)!
    const lastWindow = predictArrivals(stats, after).at(-1)!
    expect(Math.abs(lastWindow.expected.getTime() - lastStop.arrivedAt.getTime())).toBeLessThan(15 * MINUTE)
  })

  it('tolerates a clock a little behind the latest ping', () => {
    const input = inputAt(stop(10).departedAt.getTime() + 20_000)
    const behind = { ...input, now: new Date(input.position.at.getTime() - 30_000) }
    for (const w of predictArrivals(stats, behind)) expect(w.earliest.getTime()).toBeGreaterThanOrEqual(behind.now.getTime())
  })

  it('returns nothing when no stop is left', () => {
    const input = inputAt(stop(10).departedAt.getTime() + 20_000)
    expect(predictArrivals(stats, { ...input, stops: [] })).toEqual([])
  })
})
