import { sql } from 'drizzle-orm'
import type { Database } from '../../db/database.ts'
import { queryRows } from '../../db/query-rows.ts'
import { eraseShipments } from './erase-shipments.ts'

const BATCH = 500

/**
 * The retention job: erases the personal data of every shipment whose delivery has been over
 * (delivered, returned or cancelled) for longer than its tenant's `retentionDays`, a batch at a
 * time until none is left.
 */
export async function applyRetention(db: Database, now: Date): Promise<number> {
  let total = 0
  for (;;) {
    const due = await queryRows<{ id: string }>(
      db,
      sql`select s.id from shipments s join tenants t on t.id = s.tenant_id
        where s.erased_at is null and exists (
          select 1 from shipment_events e
          where e.shipment_id = s.id and e.type in ('delivered', 'returned', 'cancelled')
            and e.at < ${now.toISOString()}::timestamptz - make_interval(days => coalesce((t.settings->>'retentionDays')::int, 90)))
        limit ${BATCH}`,
    )
    total += await eraseShipments(db, due.map((d) => d.id), now)
    if (due.length < BATCH) return total
  }
}
