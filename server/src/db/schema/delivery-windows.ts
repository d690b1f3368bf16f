import { check, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { sql } from 'drizzle-orm'
import { tenants } from './tenants.ts'

/**
 * A bookable delivery window. `booked` counts the shipments holding a place; the check keeps
 * it within `capacity` in the database itself, so no race between shoppers can overbook it.
 */
export const deliveryWindows = pgTable(
  'delivery_windows',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    start: timestamp('start', { withTimezone: true }).notNull(),
    end: timestamp('end', { withTimezone: true }).notNull(),
    capacity: integer('capacity').notNull(),
    // Upper case without spaces, as postcodes are compared.
    postcodePrefix: text('postcode_prefix'),
    booked: integer('booked').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('delivery_windows_tenant_start_idx').on(t.tenantId, t.start),
    check('delivery_windows_booked_within_capacity', sql`${t.booked} >= 0 and ${t.booked} <= ${t.capacity}`),
    check('delivery_windows_end_after_start', sql`${t.end} > ${t.start}`),
  ],
)
