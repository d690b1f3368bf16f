import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { shipments } from './shipments.ts'

/** A shopper's credential for one shipment; only its SHA-256 is kept. */
export const trackingTokens = pgTable(
  'tracking_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    shipmentId: text('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
  },
  (t) => [index('tracking_tokens_shipment_idx').on(t.shipmentId)],
)
