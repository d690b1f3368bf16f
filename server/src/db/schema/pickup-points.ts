import type { OpeningHours, PickupPointKind } from '@porchlight/shared'
import { sql } from 'drizzle-orm'
import { check, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core'
import { tenants } from './tenants.ts'

/**
 * A retailer's locker or shop (`PUT /v1/pickup-points/:id`, its id chosen by the retailer).
 * `assigned` counts the shipments on their way to it; the check keeps it within `capacity`.
 */
export const pickupPoints = pgTable(
  'pickup_points',
  {
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    id: text('id').notNull(),
    name: text('name').notNull(),
    kind: text('kind').$type<PickupPointKind>().notNull(),
    addressLine1: text('address_line1').notNull(),
    addressLine2: text('address_line2'),
    city: text('city').notNull(),
    postcode: text('postcode').notNull(),
    country: text('country').notNull(),
    lat: doublePrecision('lat').notNull(),
    lng: doublePrecision('lng').notNull(),
    timeZone: text('time_zone').notNull(),
    openingHours: jsonb('opening_hours').$type<OpeningHours>(),
    capacity: integer('capacity').notNull(),
    assigned: integer('assigned').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('pickup_points_tenant_lat_idx').on(t.tenantId, t.lat),
    check('pickup_points_assigned_within_capacity', sql`${t.assigned} >= 0 and ${t.assigned} <= ${t.capacity}`),
  ],
)
