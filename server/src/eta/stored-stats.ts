import { proportionalServiceVariance } from './default-stats.ts'
import type { EtaStats } from './types.ts'

/** EtaStats as version 1 of the engine stored them: no doorstep variance of their own. */
type StatsV1 = Omit<EtaStats, 'version' | 'service'> & {
  version: 1
  service: Omit<EtaStats['service'], 'varianceBase' | 'varianceShare'>
}

/**
 * Stats are stored per tenant and re-learnt only when a route completes, so a tenant may still
 * hold ones learnt by the previous version: they keep predicting as they did then.
 */
export function currentStats(stored: EtaStats | StatsV1): EtaStats {
  if (stored.version === 2) return stored
  return { ...stored, version: 2, service: { ...stored.service, ...proportionalServiceVariance(stored.service.minutes) } }
}
