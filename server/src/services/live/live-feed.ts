import { and, asc, eq, gt, lte } from 'drizzle-orm'
import type { EventBus, LiveEvent } from '../../bus/event-bus.ts'
import type { Database } from '../../db/database.ts'
import { liveEvents } from '../../db/schema/index.ts'

/**
 * One open stream's supply of a shipment's live events after `after`, each exactly once and in
 * order: what was missed comes from the database, then what the bus brings. An event that
 * arrives ahead of one not yet seen (the bus does not keep order across writers) first pulls
 * the gap from the database. The next expected event is sent at once, without a promise: a
 * position reaching ten thousand streams must cost as little as possible per stream.
 */
export function openLiveFeed(options: {
  db: Database
  bus: EventBus
  shipmentId: string
  after: number
  send: (event: LiveEvent) => void
  /** The feed stopped (the database failed); the client resumes from its last id. */
  onError: (error: unknown) => void
}) {
  const { db, shipmentId, send } = options
  let last = options.after
  let closed = false
  let busy = true
  const waiting: LiveEvent[] = []

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
      send({ shipmentId, seq: row.seq, name: row.name, data: row.data as LiveEvent['data'] })
      last = row.seq
    }
  }

  const isNext = (event: LiveEvent) => event.seq === last + 1 && event.data !== undefined

  // Works through what arrived while the database was being read, in arrival order.
  const drain = async () => {
    busy = true
    try {
      for (let event = waiting.shift(); event && !closed; event = waiting.shift()) {
        if (event.seq <= last) continue
        if (isNext(event)) {
          send(event)
          last = event.seq
        } else {
          await catchUp(event.seq)
        }
      }
    } catch (error) {
      if (!closed) {
        stop()
        options.onError(error)
      }
    } finally {
      busy = false
    }
  }

  const unsubscribe = options.bus.subscribe(shipmentId, (event) => {
    if (closed || event.seq <= last) return
    if (!busy && isNext(event)) {
      send(event)
      last = event.seq
      return
    }
    waiting.push(event)
    if (!busy) void drain()
  })
  const stop = () => {
    closed = true
    unsubscribe()
  }
  void catchUp().then(drain, (error: unknown) => {
    stop()
    options.onError(error)
  })

  return { close: stop }
}
