import type { ShipmentEvent, TimelineEntry } from '@porchlight/shared'
import { asc } from 'drizzle-orm'
import type { shipmentEvents } from '../../db/schema/index.ts'

type EventRow = typeof shipmentEvents.$inferSelect

/** Timeline order, the one `statusOf` relies on. */
export const timelineOrder = (e: Pick<typeof shipmentEvents, 'at' | 'seq'>) => [asc(e.at), asc(e.seq)]

export function toTimelineEntry(row: Pick<EventRow, 'id' | 'type' | 'at' | 'note'>): TimelineEntry {
  return {
    id: row.id,
    type: row.type,
    at: row.at.toISOString(),
    ...(row.note === null ? {} : { note: row.note }),
  }
}

/** A row the retailer posted (never a `delay`), as the events API answers it. */
export const toShipmentEvent = (row: Pick<EventRow, 'id' | 'type' | 'at' | 'note'>) =>
  toTimelineEntry(row) as ShipmentEvent
