import type { EventBus } from '../../ports/event-bus.ts'
import type { Clock } from '../../ports/clock.ts'
import type { TrackedShipment } from './get-tracking-view.ts'

type Entry = { expiresAt: number; tracked: TrackedShipment }

/**
 * Keeps each token's view for `ttlMs`, so that the open tracking pages of one shipment cost one
 * query between them. A change this instance hears of drops the shipment's views at once; the
 * TTL bounds how stale a view can be when the change happened on another instance. Keyed by
 * the token itself (memory only), so a hit skips hashing too. Unknown tokens are not cached:
 * guessing must not be able to push real views out.
 */
export function cacheTrackingViews(
  load: (token: string, now: Date) => Promise<TrackedShipment | undefined>,
  options: { bus: EventBus; clock: Clock; ttlMs: number; maxEntries: number },
) {
  const entries = new Map<string, Entry>()
  const tokensOf = new Map<string, Set<string>>()
  // Bumped on every change: a load that overlapped one may hold the old view, so is not kept.
  let generation = 0

  const forget = (token: string) => {
    const entry = entries.get(token)
    if (!entry) return
    entries.delete(token)
    const tokens = tokensOf.get(entry.tracked.shipmentId)
    tokens?.delete(token)
    if (tokens?.size === 0) tokensOf.delete(entry.tracked.shipmentId)
  }

  options.bus.subscribeAll(({ shipmentId }) => {
    generation += 1
    for (const token of tokensOf.get(shipmentId) ?? []) forget(token)
  })

  return async function cachedTrackingView(token: string, now: Date): Promise<TrackedShipment | undefined> {
    const hit = entries.get(token)
    if (hit && hit.expiresAt > now.getTime()) return hit.tracked
    const before = generation
    const tracked = await load(token, now)
    if (!tracked || generation !== before || options.ttlMs <= 0) return tracked
    forget(token)
    if (entries.size >= options.maxEntries) {
      const oldest = entries.keys().next()
      if (!oldest.done) forget(oldest.value)
    }
    entries.set(token, { expiresAt: options.clock.now().getTime() + options.ttlMs, tracked })
    tokensOf.set(tracked.shipmentId, (tokensOf.get(tracked.shipmentId) ?? new Set()).add(token))
    return tracked
  }
}
