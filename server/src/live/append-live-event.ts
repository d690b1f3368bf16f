import type { LiveEventData, LiveEventName } from '@porchlight/shared'
import { sql } from 'drizzle-orm'
import type { LiveEvent } from '../ports/event-bus.ts'
import type { Transaction } from '../db/database.ts'
import { liveEvents, shipments } from '../db/schema/index.ts'

/**
 * Records a live event in the writer's transaction and returns it, to publish once committed.
 * Bumping the shipment's counter locks its row until commit, so numbers are handed out in
 * commit order and a stream that sees `n` knows `n - 1` is already readable. One statement,
 * one round trip: a route refresh writes one event for each of up to 300 stops while it holds
 * their rows.
 */
export async function appendLiveEvent<N extends LiveEventName>(
  tx: Transaction,
  shipmentId: string,
  name: N,
  data: LiveEventData[N],
): Promise<LiveEvent<N>> {
  const result: unknown = await tx.execute(sql`
    with bumped as (
      update ${shipments} set live_seq = live_seq + 1 where ${shipments.id} = ${shipmentId} returning live_seq
    )
    insert into ${liveEvents} (shipment_id, seq, name, data)
    select ${shipmentId}, live_seq, ${name}, ${JSON.stringify(data)}::jsonb from bumped
    returning seq`)
  // PGlite answers `{ rows }`, postgres.js an array of rows.
  const [row] = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{ seq: number }>
  if (!row) throw new Error(`live event for missing shipment ${shipmentId}`)
  return { shipmentId, seq: row.seq, name, data }
}
