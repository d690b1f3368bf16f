import type { MessageAuthor } from '@porchlight/shared'
import { bigserial, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { shipments } from './shipments.ts'
import { tenants } from './tenants.ts'

/** The conversation about one delivery, between its shopper and the driver or support. */
export const messages = pgTable(
  'messages',
  {
    id: text('id').primaryKey(),
    // Orders a conversation, and pages the tenant's inbox.
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    shipmentId: text('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    author: text('author').$type<MessageAuthor>().notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('messages_shipment_idx').on(t.shipmentId, t.seq), index('messages_tenant_seq_idx').on(t.tenantId, t.seq)],
)
