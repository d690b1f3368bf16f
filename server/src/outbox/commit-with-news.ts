import type { LiveEventData, LiveEventName } from '@porchlight/shared'
import type { ServiceContext } from '../context.ts'
import type { Transaction } from '../db/database.ts'
import { appendLiveEvent } from '../live/append-live-event.ts'
import type { LiveEvent } from '../ports/event-bus.ts'

/** What a change tells the world, recorded in the change's own transaction. */
export type NewsRecorder = {
  /** Appends a live event in this transaction; it is published once the transaction commits. */
  live<N extends LiveEventName>(shipmentId: string, name: N, data: LiveEventData[N]): Promise<LiveEvent<N>>
  /** The sender's outbox got rows in this transaction: it is woken once they are committed. */
  queued(sender: 'webhooks' | 'pushes'): void
}

/**
 * Runs `work` in one transaction with its news (live events, outbox rows), so that the change
 * and what it tells commit together or not at all; then publishes the live events and wakes the
 * senders. Nothing is published for a transaction that rolled back, and nothing before it
 * committed: a stream must never show what the database does not hold.
 */
export async function commitWithNews<T>(
  ctx: Pick<ServiceContext, 'db' | 'bus' | 'webhooks' | 'pushes'>,
  work: (tx: Transaction, news: NewsRecorder) => Promise<T>,
): Promise<T> {
  const events: LiveEvent[] = []
  const wake = new Set<'webhooks' | 'pushes'>()
  const result = await ctx.db.transaction(async (tx) => {
    // A retried transaction body starts its news afresh.
    events.length = 0
    wake.clear()
    return work(tx, {
      live: async (shipmentId, name, data) => {
        const event = await appendLiveEvent(tx, shipmentId, name, data)
        events.push(event)
        return event
      },
      queued: (sender) => wake.add(sender),
    })
  })
  await ctx.bus.publish(events)
  for (const sender of wake) ctx[sender].nudge()
  return result
}
