import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core'
import { shipments } from './shipments.ts'
import { tenants } from './tenants.ts'

/**
 * The first answer given to a retailer's `Idempotency-Key`, replayed for any repeat within
 * 24 hours (then pruned). Tied to its shipment, whose erasure takes the answer with it.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    shipmentId: text('shipment_id').references(() => shipments.id, { onDelete: 'cascade' }),
    // Method, path and body digest: the same key sent with another request is a client bug.
    fingerprint: text('fingerprint').notNull(),
    statusCode: integer('status_code').notNull(),
    response: jsonb('response').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt), index('idempotency_keys_shipment_idx').on(t.shipmentId)],
)
