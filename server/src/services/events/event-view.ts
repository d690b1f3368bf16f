import type { ShipmentEvent } from '@porchlight/shared'
import { asc } from 'drizzle-orm'
import type { shipmentEvents } from '../../db/schema/index.ts'

type EventRow = typeof shipmentEvents.$inferSelect

/** Timeline order, the one `statusOf` relies on. */
export const timelineOrder = (e: Pick<typeof shipmentEvents, 'at' | 'seq'>) => [asc(e.at), asc(e.seq)]

export function toShipmentEvent(row: Pick<EventRow, 'id' | 'type' | 'at' | 'note'>): ShipmentEvent {
  return {
    id: row.id,
    type: row.type,
    at: row.at.toISOString(),
    ...(row.note === null ? {} : { note: row.note }),
  }
}
