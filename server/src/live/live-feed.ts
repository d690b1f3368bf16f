import { and, asc, eq, gt, lte } from 'drizzle-orm'
import type { EventBus, LiveEvent } from '../ports/event-bus.ts'
import type { Database } from '../db/database.ts'
import { liveEvents } from '../db/schema/index.ts'

/**
 * One open stream's supply of a shipment's live events after `after`, each exactly once and in
 * order: what was missed comes from the database, then what the bus brings. An event that
 * arrives ahead of one not yet seen (the bus does not keep order across writers) first pulls
 * the gap from the database. The next expected event is sent at once, without a promise: a
 * position reaching ten thousand streams must cost as little as possible per stream. When
 * `send` says the client is too far behind, the feed holds nothing for it: it waits for
 * `resume` and then reads what came meanwhile from the database.
 */
export function openLiveFeed(options: {
  db: Database
  bus: EventBus
  shipmentId: string
  after: number
  /** False: the client lags, send nothing more until `resume()`. */
  send: (event: LiveEvent) => boolean
  /** The feed stopped (the database failed); the client resumes from its last id. */
  onError: (error: unknown) => void
}) {
  const { db, shipmentId } = options
  let last = options.after
  let closed = false
  let busy = false
  let paused = false
  // Whether the database may hold events after `last` that the bus will not bring again.
  let behind = true
  const waiting: LiveEvent[] = []

  const send = (event: LiveEvent) => {
    last = event.seq
    if (options.send(event)) return
    paused = true
    behind = true
    waiting.length = 0
  }

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
      if (closed || paused) return
      send({ shipmentId, seq: row.seq, name: row.name, data: row.data as LiveEvent['data'] })
    }
  }

  const isNext = (event: LiveEvent) => event.seq === last + 1 && event.data !== undefined

  // Reads the database if behind, then works through what arrived meanwhile, in arrival order.
  const pump = async () => {
    if (busy || closed || paused) return
    busy = true
    try {
      while (!closed && !paused) {
        if (behind) {
          behind = false
          await catchUp()
          continue
        }
        const event = waiting.shift()
        if (!event) break
        if (event.seq <= last) continue
        if (isNext(event)) send(event)
        else await catchUp(event.seq)
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
    if (closed || paused || event.seq <= last) return
    if (!busy && isNext(event)) {
      send(event)
      return
    }
    waiting.push(event)
    void pump()
  })
  const stop = () => {
    closed = true
    unsubscribe()
  }
  void pump()

  return {
    close: stop,
    /** The client has caught up: send what it was not sent while it lagged. */
    resume() {
      if (closed || !paused) return
      paused = false
      void pump()
    },
  }
}
