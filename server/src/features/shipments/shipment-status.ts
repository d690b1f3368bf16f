import type { ShipmentStatus, TimelineEntryType } from '@porchlight/shared'
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
    and e.type <> 'delay'
  order by e.at desc, e.seq desc limit 1
), 'pending')`

/** The same rule for a timeline already in order (oldest first); `delay` entries do not count. */
export function statusOf(timeline: ReadonlyArray<{ type: TimelineEntryType }>): ShipmentStatus {
  for (let i = timeline.length - 1; i >= 0; i--) {
    const type = timeline[i]!.type
    if (type !== 'delay') return type
  }
  return 'pending'
}
