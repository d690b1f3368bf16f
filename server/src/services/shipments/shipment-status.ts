import type { ShipmentStatus } from '@porchlight/shared'
import { getTableName, sql } from 'drizzle-orm'
import { shipments } from '../../db/schema/index.ts'

/**
 * A shipment's status is the type of its latest event: latest by `at`, ties broken by the order
 * the events were reported. Carriers report late, so arrival order alone would be wrong.
 */
// Qualified by hand: drizzle drops the table name from columns in single-table queries, which
// would bind `id` to the events table inside the subquery.
export const statusSql = sql<ShipmentStatus>`coalesce((
  select e.type from shipment_events e
  where e.shipment_id = ${sql.identifier(getTableName(shipments))}.${sql.identifier(shipments.id.name)}
  order by e.at desc, e.seq desc limit 1
), 'pending')`

/** The same rule for events already in timeline order (oldest first). */
export function statusOf(timeline: ReadonlyArray<{ type: ShipmentStatus }>): ShipmentStatus {
  return timeline.at(-1)?.type ?? 'pending'
}
