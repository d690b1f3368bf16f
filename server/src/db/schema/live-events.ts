import type { LiveEventName } from '@porchlight/shared'
import { integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core'
import { shipments } from './shipments.ts'

/**
 * Everything a shipment's live stream has said, numbered 1, 2, 3… per shipment (the SSE `id`).
 * Contiguous numbers let a stream see a gap, whatever order the bus delivers in, and fill it
 * from here; a reconnect replays from here too.
 */
export const liveEvents = pgTable(
  'live_events',
  {
    shipmentId: text('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    name: text('name').$type<LiveEventName>().notNull(),
    data: jsonb('data').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.shipmentId, t.seq] })],
)
