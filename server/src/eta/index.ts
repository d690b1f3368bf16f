// The ETA engine: pure functions, no I/O, no clock. The server stores learnEta's result per
// tenant (JSON), re-learns as routes complete, and calls predictArrivals on each ping batch.
export { learnEta } from './learn-eta.ts'
export { predictArrivals } from './predict-arrivals.ts'
export { replayInput } from './replay-input.ts'
export type { ArrivalWindow, CompletedRoute, EtaStats, LatLng, PredictInput } from './types.ts'
