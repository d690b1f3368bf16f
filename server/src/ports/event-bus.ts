import type { LiveEventData, LiveEventName } from '@porchlight/shared'

/** One entry of a shipment's live stream; `seq` is its SSE id (1, 2, 3… per shipment). */
export type LiveEvent<N extends LiveEventName = LiveEventName> = {
  shipmentId: string
  seq: number
  name: N
  /** Absent when the event was too large to travel on the bus: read it from the database. */
  data?: LiveEventData[N]
}

export type LiveListener = (event: LiveEvent) => void

/**
 * Carries committed live events to every instance's open streams. Delivery order is not
 * guaranteed; the per-shipment `seq` lets a stream put events back in order.
 */
export type EventBus = {
  publish(events: readonly LiveEvent[]): Promise<void>
  /** Returns the function that unsubscribes. */
  subscribe(shipmentId: string, listener: LiveListener): () => void
  /** Every shipment's events (caches that must drop what changed). Returns the unsubscriber. */
  subscribeAll(listener: LiveListener): () => void
  close(): Promise<void>
}
