import { doublePrecision, foreignKey, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { routes } from './routes.ts'
import { shipments } from './shipments.ts'

/**
 * A shipment's place on a route (one route at a time), with the latest prediction for it.
 * `departedAt` is when its shipment was delivered or failed: the stop is done, and the route's
 * completed stops are what the ETA engine learns from.
 */
export const routeStops = pgTable(
  'route_stops',
  {
    shipmentId: text('shipment_id')
      .primaryKey()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    tenantId: text('tenant_id').notNull(),
    routeId: text('route_id').notNull(),
    seq: integer('seq').notNull(),
    serviceMinutes: doublePrecision('service_minutes'),
    // When the pings first showed the driver at the stop; recorded once, so that later refreshes
    // need only the latest pings.
    arrivedAt: timestamp('arrived_at', { withTimezone: true }),
    departedAt: timestamp('departed_at', { withTimezone: true }),
    etaExpected: timestamp('eta_expected', { withTimezone: true }),
    etaEarliest: timestamp('eta_earliest', { withTimezone: true }),
    etaLatest: timestamp('eta_latest', { withTimezone: true }),
    etaUpdatedAt: timestamp('eta_updated_at', { withTimezone: true }),
    // The window last sent live: a new prediction is news only when it moves away from this.
    etaSentStart: timestamp('eta_sent_start', { withTimezone: true }),
    etaSentEnd: timestamp('eta_sent_end', { withTimezone: true }),
    etaSentStopsAway: integer('eta_sent_stops_away'),
    etaSentAt: timestamp('eta_sent_at', { withTimezone: true }),
  },
  (t) => [
    foreignKey({ columns: [t.tenantId, t.routeId], foreignColumns: [routes.tenantId, routes.id] }).onDelete('cascade'),
    index('route_stops_route_idx').on(t.tenantId, t.routeId, t.seq),
  ],
)
