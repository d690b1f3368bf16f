import { describe, expect, it } from 'vitest'
import { buildCity } from './city.ts'
import { generateEvaluationDays } from './generate-days.ts'
import { createRandom } from './random.ts'
import { type VisitOptions, visitStops } from './visit-stops.ts'

const city = buildCity()
const [day] = generateEvaluationDays({ seed: 7, days: 1, city })
const MINUTE = 60_000

function visits(overrides: Partial<VisitOptions>) {
  const dice = createRandom('visit-stops-test')
  const route = day!
  return [
    ...visitStops({
      addresses: route.stops.slice(0, 6).map((stop) => stop.address),
      from: route.depot,
      at: route.startedAt.getTime(),
      midnight: route.localMidnight.getTime(),
      pace: route.dayPace * route.driver.speedFactor,
      serviceFactor: route.driver.serviceFactor,
      plannedLunch: null,
      legs: dice.fork('legs'),
      doors: dice.fork('doors'),
      ...overrides,
    }),
  ]
}

describe('visiting stops', () => {
  it('drives, then waits at the door, one stop after another without gaps', () => {
    const played = visits({})
    expect(played).toHaveLength(6)
    expect(played[0]!.leg.from).toBe(day!.startedAt.getTime())
    for (const [i, visit] of played.entries()) {
      expect(visit.door.from).toBe(visit.leg.to)
      expect(visit.door.to).toBeGreaterThan(visit.door.from)
      if (i > 0) expect(visit.leg.from).toBe(played[i - 1]!.door.to)
    }
  })

  it('takes one break, at the first departure after the planned lunchtime', () => {
    const played = visits({})
    const lunchtime = played[2]!.door.to - MINUTE
    const withBreak = visits({ plannedLunch: lunchtime })
    expect(withBreak.filter((visit) => visit.lunch)).toHaveLength(1)
    expect(withBreak[2]!.lunch!.from).toBe(withBreak[2]!.door.to)
    expect(withBreak[2]!.lunch!.to - withBreak[2]!.lunch!.from).toBeGreaterThanOrEqual(30 * MINUTE)
    expect(withBreak[3]!.leg.from).toBe(withBreak[2]!.lunch!.to)
  })

  it('takes no break after the last stop: the driver eats back at the depot', () => {
    const played = visits({})
    const afterFifth = played[4]!.door.to + MINUTE
    expect(visits({ plannedLunch: afterFifth }).some((visit) => visit.lunch)).toBe(false)
  })
})
