import { doublePrecision, foreignKey, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core'
import { routes } from './routes.ts'

/** Driver pings; one per route and instant, so a resent batch is ignored ping by ping. */
export const routePositions = pgTable(
  'route_positions',
  {
    tenantId: text('tenant_id').notNull(),
    routeId: text('route_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    lat: doublePrecision('lat').notNull(),
    lng: doublePrecision('lng').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.routeId, t.at] }),
    foreignKey({ columns: [t.tenantId, t.routeId], foreignColumns: [routes.tenantId, routes.id] }).onDelete('cascade'),
  ],
)
