import type { Notifications } from '../db/database.ts'
import type { EventBus, LiveEvent } from '../ports/event-bus.ts'
import { createInProcessBus } from './in-process-bus.ts'

const CHANNEL = 'porchlight_live'
// NOTIFY payloads stop at 8000 bytes; larger events travel as a reference and are read back.
const MAX_PAYLOAD = 7_500

type Notification = { from: string; events: LiveEvent[] }

/**
 * The bus of several instances sharing PostgreSQL: events reach this instance's listeners at
 * once, and the others' through NOTIFY and LISTEN (an instance skips its own notifications).
 */
export async function createPostgresBus(notifications: Notifications): Promise<EventBus> {
  const local = createInProcessBus()
  const instance = crypto.randomUUID()
  const listening = await notifications.listen(CHANNEL, (payload) => {
    const notification = JSON.parse(payload) as Notification
    if (notification.from !== instance) local.deliver(notification.events)
  })
  return {
    async publish(events) {
      if (events.length === 0) return
      local.deliver(events)
      const payloads: string[] = []
      let batch: LiveEvent[] = []
      const flush = () => {
        if (batch.length > 0) payloads.push(JSON.stringify({ from: instance, events: batch } satisfies Notification))
        batch = []
      }
      for (const event of events) {
        const fits = JSON.stringify(event).length < MAX_PAYLOAD
        const item: LiveEvent = fits ? event : { shipmentId: event.shipmentId, seq: event.seq, name: event.name }
        if (JSON.stringify([...batch, item]).length + instance.length + 20 >= MAX_PAYLOAD) flush()
        batch.push(item)
      }
      flush()
      for (const payload of payloads) await notifications.notify(CHANNEL, payload)
    },
    subscribe: local.subscribe,
    subscribeAll: local.subscribeAll,
    async close() {
      await listening.unlisten()
      await local.close()
    },
  }
}
