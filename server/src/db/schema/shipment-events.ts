import type { TimelineEntryType } from '@porchlight/shared'
import { bigserial, index, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core'
import { shipments } from './shipments.ts'

export const shipmentEvents = pgTable(
  'shipment_events',
  {
    id: text('id').primaryKey(),
    // Breaks ties between events reported for the same instant: the later report wins.
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    shipmentId: text('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    // Retailer events, plus the `delay` entries Porchlight adds (which never set a status).
    type: text('type').$type<TimelineEntryType>().notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // A carrier that resends the same scan must not add a second timeline entry.
    unique('shipment_events_dedupe_key').on(t.shipmentId, t.type, t.at),
    index('shipment_events_order_idx').on(t.shipmentId, t.at, t.seq),
  ],
)
