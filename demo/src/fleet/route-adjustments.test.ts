import { describe, expect, it } from 'vitest'
import { generateEvaluationDays } from './generate-days.ts'
import { happenedBetween } from './replay-clock.ts'
import { delayRemainder, deliverNextStop } from './route-adjustments.ts'

const [route] = generateEvaluationDays({ seed: 5, days: 1, driversPerDay: 1 })
const MINUTE = 60_000
const day = route!
const later = (at: Date, ms: number) => new Date(at.getTime() + ms)
const midRound = day.stops[10]!.arrivedAt

describe('holding the van', () => {
  it('sends each ping and stop event once when the van waits ten minutes mid-round', () => {
    const held = delayRemainder(day, midRound, 10 * MINUTE)
    const before = happenedBetween(day, later(day.startedAt, -1), midRound)
    const after = happenedBetween(held, midRound, held.endedAt)
    expect(before.pings.length + after.pings.length).toBe(day.pings.length)
    expect(before.stopEvents.length + after.stopEvents.length).toBe(day.stops.length * 2)
    expect(held.stops[11]!.departedAt.getTime() - day.stops[11]!.departedAt.getTime()).toBe(10 * MINUTE)
    expect(held.stops[9]!.departedAt).toEqual(day.stops[9]!.departedAt)
  })
})

describe('delivering the next stop now', () => {
  it('delivers the next stop at once, the van at its door, and nothing else in between', () => {
    const played = later(day.stops[10]!.departedAt, 1)
    const next = day.stops[11]!
    const changed = deliverNextStop(day, played, later(played, 1000))!
    expect(changed.stop.id).toBe(next.id)
    expect(changed.stop.outcome).toBe('delivered')
    const replayed = happenedBetween(changed.route, played, changed.stop.departedAt)
    expect(replayed.pings).toEqual([{ lat: next.lat, lng: next.lng, at: changed.stop.departedAt }])
    expect(replayed.stopEvents.filter((e) => e.type === 'departed')).toEqual([
      { type: 'departed', stopId: next.id, at: changed.stop.departedAt, outcome: 'delivered' },
    ])
  })

  it('brings the rest of the round forward by the drive it skipped', () => {
    const played = midRound
    const changed = deliverNextStop(day, played, later(played, 1000))!
    const skipped = day.stops[10]!.departedAt.getTime() - changed.stop.departedAt.getTime()
    expect(day.stops[12]!.arrivedAt.getTime() - changed.route.stops[12]!.arrivedAt.getTime()).toBe(skipped)
    expect(changed.route.pings.every((p, i, all) => i === 0 || p.at >= all[i - 1]!.at)).toBe(true)
  })

  it('says so when every stop is done', () => {
    expect(deliverNextStop(day, day.stops.at(-1)!.departedAt, day.endedAt)).toBeNull()
  })
})
