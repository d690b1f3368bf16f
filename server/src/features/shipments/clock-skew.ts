// Scanners' and phones' clocks drift; a report minutes ahead is plausible, one hours ahead is a bug.
const FUTURE_TOLERANCE_MS = 5 * 60_000

/** Whether a reported instant is further ahead of the server's clock than drift explains. */
export const isTooFarAhead = (at: Date, now: Date) => at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS
