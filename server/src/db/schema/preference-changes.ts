import type { PreferenceKind } from '@porchlight/shared'
import { bigserial, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { shipments } from './shipments.ts'

/**
 * Every change a shopper or retailer makes to a delivery preference, kept as history; the
 * current preference of a kind is its latest row (`value` null: cleared).
 */
export const preferenceChanges = pgTable(
  'preference_changes',
  {
    id: text('id').primaryKey(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    shipmentId: text('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<PreferenceKind>().notNull(),
    value: jsonb('value'),
    actor: text('actor').$type<'shopper' | 'retailer'>().notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('preference_changes_shipment_idx').on(t.shipmentId, t.seq)],
)
