import type { Eta } from '@porchlight/shared'

/**
 * An estimate not refreshed for this long is not shown as live. Ten minutes is the issue's own
 * line for a stale driver position (no ping for 10 minutes), past which the window the server
 * computed no longer says what it claims.
 */
export const ETA_MAX_AGE_MS = 10 * 60_000

/**
 * - `live`: current; shown as the arrival window.
 * - `stale`: not refreshed for `ETA_MAX_AGE_MS`; shown only labelled as the last estimate.
 * - `past`: its window has ended; never shown, since it would be a time already gone.
 */
export type EtaFreshness = 'live' | 'stale' | 'past'

/** How far `eta` can be trusted at `now` (ms since the epoch). Unreadable instants never count as live. */
export function etaFreshness(eta: Eta, now: number): EtaFreshness {
  if (!(Date.parse(eta.end) > now)) return 'past'
  if (!(now - Date.parse(eta.updatedAt) <= ETA_MAX_AGE_MS)) return 'stale'
  return 'live'
}

/** When `etaFreshness(eta, t)` will next answer differently from now, if it ever will. */
export function etaFreshnessChangesAt(eta: Eta, now: number): number | undefined {
  const turns = [Date.parse(eta.end), Date.parse(eta.updatedAt) + ETA_MAX_AGE_MS]
  const ahead = turns.filter((at) => at > now)
  return ahead.length > 0 ? Math.min(...ahead) : undefined
}
