import { and, asc, eq, gt, lte } from 'drizzle-orm'
import type { EventBus, LiveEvent } from '../../bus/event-bus.ts'
import type { Database } from '../../db/database.ts'
import { liveEvents } from '../../db/schema/index.ts'

/**
 * One open stream's supply of a shipment's live events after `after`, each exactly once and in
 * order: what was missed comes from the database, then what the bus brings. An event that
 * arrives ahead of one not yet seen (the bus does not keep order across writers) first pulls
 * the gap from the database.
 */
export function openLiveFeed(options: {
  db: Database
  bus: EventBus
  shipmentId: string
  after: number
  send: (event: LiveEvent) => Promise<void>
  /** The feed stopped (the database or the connection failed); the client resumes from its last id. */
  onError: (error: unknown) => void
}) {
  const { db, shipmentId, send } = options
  let last = options.after
  let closed = false

  const catchUp = async (upTo?: number) => {
    const rows = await db
      .select({ seq: liveEvents.seq, name: liveEvents.name, data: liveEvents.data })
      .from(liveEvents)
      .where(
        and(
          eq(liveEvents.shipmentId, shipmentId),
          gt(liveEvents.seq, last),
          upTo === undefined ? undefined : lte(liveEvents.seq, upTo),
        ),
      )
      .orderBy(asc(liveEvents.seq))
    for (const row of rows) {
      if (closed) return
      await send({ shipmentId, seq: row.seq, name: row.name, data: row.data as LiveEvent['data'] })
      last = row.seq
    }
  }

  const deliver = async (event: LiveEvent) => {
    if (closed || event.seq <= last) return
    if (event.seq === last + 1 && event.data !== undefined) {
      await send(event)
      last = event.seq
    } else {
      await catchUp(event.seq)
    }
  }

  const stop = () => {
    closed = true
    unsubscribe()
  }
  const fail = (error: unknown) => {
    if (closed) return
    stop()
    options.onError(error)
  }
  // One chain per stream: every step waits for the one before, so sends never interleave.
  let chain: Promise<void> = Promise.resolve()
  const enqueue = (step: () => Promise<void>) => {
    chain = chain.then(() => (closed ? undefined : step())).catch(fail)
  }
  const unsubscribe = options.bus.subscribe(shipmentId, (event) => enqueue(() => deliver(event)))
  enqueue(() => catchUp())

  return { lastSent: () => last, close: stop }
}
