import type { EventBus, ShipmentUpdate } from './event-bus.ts'

/** The bus for a single instance: listeners live in this process only. */
export function createInProcessBus(): EventBus {
  const listeners = new Map<string, Set<(update: ShipmentUpdate) => void>>()
  const everything = new Set<(update: ShipmentUpdate) => void>()
  return {
    async publish(update) {
      for (const listener of everything) listener(update)
      for (const listener of listeners.get(update.shipmentId) ?? []) listener(update)
    },
    subscribeAll(listener) {
      everything.add(listener)
      return () => everything.delete(listener)
    },
    subscribe(shipmentId, listener) {
      const set = listeners.get(shipmentId) ?? new Set()
      set.add(listener)
      listeners.set(shipmentId, set)
      return () => {
        set.delete(listener)
        if (set.size === 0) listeners.delete(shipmentId)
      }
    },
  }
}
