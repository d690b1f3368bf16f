// The fleet simulator: seeded, reproducible days of delivery vans in a Paris-like city. It feeds
// the ETA engine's history and benchmark, and the demo, which replays a day through the API.
export { type Address, type City, type Depot, buildCity } from './city.ts'
export { simulateDriverDay, type DriverDayOptions } from './driver-day.ts'
export { type DaysOptions, generateEvaluationDays, generateHistory, toCompletedRoute } from './generate-days.ts'
export { type Random, createRandom } from './random.ts'
export { type StopEvent, happenedBetween, shiftRoute } from './replay-clock.ts'
export type { CompletedRoute, Driver, Ping, SimulatedRoute, SimulatedStop, StopOutcome } from './types.ts'
export { delayRemainder, deliverNextStop } from './route-adjustments.ts'
