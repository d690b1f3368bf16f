import { doublePrecision, foreignKey, index, integer, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core'
import { deliveryWindows } from './delivery-windows.ts'
import { pickupPoints } from './pickup-points.ts'
import { tenants } from './tenants.ts'

// Recipient and address are columns rather than JSON: later issues filter on postcode, and the
// retention job blanks the personal ones individually.
export const shipments = pgTable(
  'shipments',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    orderRef: text('order_ref').notNull(),
    recipientName: text('recipient_name').notNull(),
    recipientEmail: text('recipient_email'),
    recipientPhone: text('recipient_phone'),
    recipientLocale: text('recipient_locale'),
    addressLine1: text('address_line1').notNull(),
    addressLine2: text('address_line2'),
    city: text('city').notNull(),
    postcode: text('postcode').notNull(),
    country: text('country').notNull(),
    lat: doublePrecision('lat').notNull(),
    lng: doublePrecision('lng').notNull(),
    timeZone: text('time_zone').notNull(),
    promisedStart: timestamp('promised_start', { withTimezone: true }),
    promisedEnd: timestamp('promised_end', { withTimezone: true }),
    // The last live event's number; bumping it takes the row lock that keeps them contiguous.
    // The booked delivery window and the chosen pickup point: the places they hold.
    windowId: text('window_id').references(() => deliveryWindows.id, { onDelete: 'set null' }),
    pickupPointId: text('pickup_point_id'),
    // The last window shown to the shopper when the parcel was delivered: the ETA's report card.
    shownEtaStart: timestamp('shown_eta_start', { withTimezone: true }),
    shownEtaEnd: timestamp('shown_eta_end', { withTimezone: true }),
    // When the recipient's personal data was erased (retention, or on request).
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    liveSeq: integer('live_seq').notNull().default(0),
    // Millisecond precision, like the list cursor that pages through it.
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    unique('shipments_tenant_order_ref_key').on(t.tenantId, t.orderRef),
    index('shipments_tenant_created_idx').on(t.tenantId, t.createdAt.desc(), t.id.desc()),
    foreignKey({
      name: 'shipments_pickup_point_fk',
      columns: [t.tenantId, t.pickupPointId],
      foreignColumns: [pickupPoints.tenantId, pickupPoints.id],
    }),
  ],
)
