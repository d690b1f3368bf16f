import type { LiveEventData, LiveEventName } from '@porchlight/shared'
import { eq, sql } from 'drizzle-orm'
import type { LiveEvent } from '../../bus/event-bus.ts'
import type { Transaction } from '../../db/database.ts'
import { liveEvents, shipments } from '../../db/schema/index.ts'

/**
 * Records a live event in the writer's transaction and returns it, to publish once committed.
 * Bumping the shipment's counter locks its row until commit, so numbers are handed out in
 * commit order and a stream that sees `n` knows `n - 1` is already readable.
 */
export async function appendLiveEvent<N extends LiveEventName>(
  tx: Transaction,
  shipmentId: string,
  name: N,
  data: LiveEventData[N],
): Promise<LiveEvent<N>> {
  const [row] = await tx
    .update(shipments)
    .set({ liveSeq: sql`${shipments.liveSeq} + 1` })
    .where(eq(shipments.id, shipmentId))
    .returning({ seq: shipments.liveSeq })
  if (!row) throw new Error(`live event for missing shipment ${shipmentId}`)
  await tx.insert(liveEvents).values({ shipmentId, seq: row.seq, name, data })
  return { shipmentId, seq: row.seq, name, data }
}
