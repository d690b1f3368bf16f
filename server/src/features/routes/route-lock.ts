import { sql } from 'drizzle-orm'
import type { Transaction } from '../../db/database.ts'

/** One refresh of a route writes at a time: two must not interleave their events. Held until commit. */
export async function lockRouteRefresh(tx: Transaction, tenantId: string, routeId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${tenantId}/${routeId}`}))`)
}
