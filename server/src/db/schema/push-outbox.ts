import type { PushKind } from '@porchlight/shared'
import { sql } from 'drizzle-orm'
import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { pushSubscriptions } from './push-subscriptions.ts'
import { shipments } from './shipments.ts'

/**
 * Notifications waiting to go to one subscription each, written with the news that caused them
 * and sent afterwards; a subscription the push service has forgotten takes its rows with it.
 */
export const pushOutbox = pgTable(
  'push_outbox',
  {
    id: text('id').primaryKey(),
    subscriptionId: text('subscription_id')
      .notNull()
      .references(() => pushSubscriptions.id, { onDelete: 'cascade' }),
    shipmentId: text('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<PushKind>().notNull(),
    payload: text('payload').notNull(),
    topic: text('topic').notNull(),
    urgency: text('urgency').$type<'very-low' | 'low' | 'normal' | 'high'>().notNull(),
    ttlSeconds: integer('ttl_seconds').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    // Sent, or given up on (expired, or refused for good): either way, done.
    doneAt: timestamp('done_at', { withTimezone: true }),
    lastError: text('last_error'),
  },
  (t) => [
    index('push_outbox_due_idx').on(t.nextAttemptAt).where(sql`${t.doneAt} is null`),
    index('push_outbox_shipment_kind_idx').on(t.shipmentId, t.kind, t.createdAt),
  ],
)
