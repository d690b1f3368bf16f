/** Runs background chores periodically; tests run them by hand instead. */
export type Scheduler = {
  every(name: string, ms: number, task: () => Promise<void>): void
  /** Work the app runs off its requests: stopping calls `finish` and waits until it settles. */
  settleOnStop(finish: () => Promise<void>): void
}

/** Wakes a sender when news was queued; sending itself happens outside requests. */
export type Nudge = { nudge(): void }
