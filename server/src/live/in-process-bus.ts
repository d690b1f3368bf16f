import type { EventBus, LiveEvent, LiveListener } from '../ports/event-bus.ts'

/** Fan-out to this process's listeners; on its own, the bus of a single instance. */
export function createInProcessBus(): EventBus & { deliver(events: readonly LiveEvent[]): void } {
  const listeners = new Map<string, Set<LiveListener>>()
  const everything = new Set<LiveListener>()
  const deliver = (events: readonly LiveEvent[]) => {
    for (const event of events) {
      for (const listener of everything) listener(event)
      for (const listener of listeners.get(event.shipmentId) ?? []) listener(event)
    }
  }
  return {
    deliver,
    async publish(events) {
      deliver(events)
    },
    subscribe(shipmentId, listener) {
      const set = listeners.get(shipmentId) ?? new Set()
      set.add(listener)
      listeners.set(shipmentId, set)
      return () => {
        // A second call must not drop the set that later subscribers of the shipment share.
        if (!set.delete(listener)) return
        if (set.size === 0) listeners.delete(shipmentId)
      }
    },
    subscribeAll(listener) {
      everything.add(listener)
      return () => everything.delete(listener)
    },
    async close() {
      listeners.clear()
      everything.clear()
    },
  }
}
