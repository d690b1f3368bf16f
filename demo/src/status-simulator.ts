import type { EventType } from '@porchlight/shared'
import type { RetailerClient } from './retailer-client.ts'
import { type SeededShipment, liveShipmentBody } from './seed.ts'

// What the simulated parcel goes through after its label is created.
const JOURNEY: EventType[] = ['in_transit', 'out_for_delivery', 'delivered']

/**
 * Plays out deliveries through the public API: a new live parcel, one status step every
 * `stepMs`, and once delivered the next parcel, handed to `onParcel` so the storefront can show it.
 * Returns the function that stops it.
 */
export function simulateDeliveries(
  client: RetailerClient,
  options: { stepMs: number; now: () => Date; onParcel: (parcel: SeededShipment) => void },
) {
  let round = 0
  let parcel: SeededShipment | undefined
  let step = 0
  const tick = async () => {
    if (!parcel || step >= JOURNEY.length) {
      round += 1
      const body = liveShipmentBody(round, options.now())
      const created = await client.createShipment(body)
      await client.recordEvent(created.id, { type: 'label_created', at: options.now().toISOString() })
      parcel = { ...created, orderRef: body.orderRef, label: 'Live parcel: moves on by itself' }
      step = 0
      options.onParcel(parcel)
      return
    }
    const type = JOURNEY[step]!
    step += 1
    await client.recordEvent(parcel.id, { type, at: options.now().toISOString() })
  }
  const run = () => tick().catch((error: unknown) => console.error(`simulator: ${String(error)}`))
  const timer = setInterval(run, options.stepMs)
  timer.unref()
  return { first: tick(), stop: () => clearInterval(timer) }
}
