import type { WebhookEventType } from '@porchlight/shared'
import { bigserial, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { shipments } from './shipments.ts'
import { tenants } from './tenants.ts'

/**
 * Events for the retailer's webhook, written in the transaction of the change they report and
 * delivered afterwards, oldest first per shipment; a delivered event is deleted, so nothing a
 * shopper said is kept here once the retailer has it. `body` is the exact JSON sent, so every
 * retry carries the same bytes and id.
 */
export const webhookOutbox = pgTable(
  'webhook_outbox',
  {
    id: text('id').primaryKey(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    shipmentId: text('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    type: text('type').$type<WebhookEventType>().notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    // An instance sending it holds it until then; after a crash another picks it up.
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    lastError: text('last_error'),
  },
  (t) => [
    index('webhook_outbox_pending_idx').on(t.shipmentId, t.seq),
    index('webhook_outbox_due_idx').on(t.nextAttemptAt),
  ],
)
