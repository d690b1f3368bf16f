/** The app's only source of "now": tests and the demo's accelerated day set their own. */
export type Clock = { now(): Date }

export const systemClock: Clock = { now: () => new Date() }
