import type { ShipmentStatus } from '@porchlight/shared'

/** What happened to a shipment, for whoever holds its live stream. */
export type ShipmentUpdate = { shipmentId: string; kind: 'status'; status: ShipmentStatus }

export type EventBus = {
  publish(update: ShipmentUpdate): Promise<void>
  /** Returns the function that unsubscribes. */
  subscribe(shipmentId: string, listener: (update: ShipmentUpdate) => void): () => void
  /** Every shipment's updates (caches that must drop what changed). Returns the unsubscriber. */
  subscribeAll(listener: (update: ShipmentUpdate) => void): () => void
}
