import { jsonb, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core'
import { shipments } from './shipments.ts'

export const feedback = pgTable('feedback', {
  shipmentId: text('shipment_id')
    .primaryKey()
    .references(() => shipments.id, { onDelete: 'cascade' }),
  rating: smallint('rating').notNull(),
  tags: jsonb('tags').$type<string[]>().notNull().default([]),
  comment: text('comment'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  // Fixed when first left, under the tenant's setting of the day.
  editableUntil: timestamp('editable_until', { withTimezone: true }),
})
