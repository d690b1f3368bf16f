import { expect, it } from 'vitest'
import { generateEvaluationDays } from './generate-days.ts'
import { type StopEvent, happenedBetween, shiftRoute } from './replay-clock.ts'

const [route] = generateEvaluationDays({ seed: 3, days: 1, driversPerDay: 1 })

it('replays a day step by step with every ping and stop event exactly once, in order', () => {
  const pings: Date[] = []
  const events: StopEvent[] = []
  // Uneven steps, as a timer under load would take them.
  let from = new Date(route!.startedAt.getTime() - 1)
  for (let step = 0; from < route!.endedAt; step += 1) {
    const to = new Date(from.getTime() + (step % 3 === 0 ? 7_000 : 95_000))
    const happened = happenedBetween(route!, from, to)
    pings.push(...happened.pings.map((p) => p.at))
    events.push(...happened.stopEvents)
    from = to
  }
  expect(pings).toEqual(route!.pings.map((p) => p.at))
  expect(events).toHaveLength(route!.stops.length * 2)
  expect(events.filter((e) => e.type === 'departed').map((e) => e.stopId)).toEqual(route!.stops.map((s) => s.id))
  for (let i = 1; i < events.length; i += 1) expect(events[i]!.at.getTime()).toBeGreaterThanOrEqual(events[i - 1]!.at.getTime())
  const delivered = events.find((e) => e.type === 'departed')
  expect(delivered).toMatchObject({ outcome: expect.stringMatching(/^(delivered|failed_attempt)$/) })
})

it('moves a simulated day to start when the demo starts, keeping its shape', () => {
  const start = new Date('2030-05-06T09:00:00Z')
  const moved = shiftRoute(route!, start)
  expect(moved.startedAt).toEqual(start)
  const offset = start.getTime() - route!.startedAt.getTime()
  expect(moved.stops[5]!.arrivedAt.getTime() - route!.stops[5]!.arrivedAt.getTime()).toBe(offset)
  expect(moved.pings.at(-1)!.at.getTime() - route!.pings.at(-1)!.at.getTime()).toBe(offset)
  expect(moved.stops[5]!.lat).toBe(route!.stops[5]!.lat)
})
