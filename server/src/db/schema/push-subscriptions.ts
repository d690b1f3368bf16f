import { index, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core'
import { shipments } from './shipments.ts'
import { tenants } from './tenants.ts'

/** A browser that asked to be told about one shipment, with the keys to encrypt for it. */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    shipmentId: text('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    endpoint: text('endpoint').notNull(),
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    openUrl: text('open_url'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('push_subscriptions_shipment_endpoint_key').on(t.shipmentId, t.endpoint), index('push_subscriptions_shipment_idx').on(t.shipmentId)],
)
