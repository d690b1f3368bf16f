import type { CreateShipmentRequest, EventType } from '@porchlight/shared'
import type { RetailerClient } from './retailer-client.ts'

export type SeededShipment = {
  id: string
  orderRef: string
  label: string
  trackingToken: string
  trackingUrl: string
  /** On the live van: how many stops ahead of it the parcel was when its day began. */
  stopsAhead?: number
}

type Plan = { label: string; city: keyof typeof CITIES; history: EventType[] }

const CITIES = {
  paris: { line1: '12 rue des Lilas', city: 'Paris', postcode: '75011', country: 'FR', lat: 48.8596, lng: 2.3806, timeZone: 'Europe/Paris' },
  newYork: { line1: '210 Bedford Ave', city: 'Brooklyn', postcode: '11249', country: 'US', lat: 40.7178, lng: -73.9575, timeZone: 'America/New_York' },
  amsterdam: { line1: 'Prinsengracht 263', city: 'Amsterdam', postcode: '1016 GV', country: 'NL', lat: 52.3752, lng: 4.884, timeZone: 'Europe/Amsterdam' },
} as const

// One shipment per state the widget can show, in more than one time zone.
const PLANS: Plan[] = [
  { label: 'Out for delivery (Paris)', city: 'paris', history: ['label_created', 'in_transit', 'out_for_delivery'] },
  { label: 'In transit (Brooklyn)', city: 'newYork', history: ['label_created', 'in_transit'] },
  { label: 'Delivered (Amsterdam)', city: 'amsterdam', history: ['label_created', 'in_transit', 'out_for_delivery', 'delivered'] },
  { label: 'Missed us (Paris)', city: 'paris', history: ['label_created', 'in_transit', 'out_for_delivery', 'failed_attempt'] },
  { label: 'Ready for pickup (Amsterdam)', city: 'amsterdam', history: ['label_created', 'in_transit', 'ready_for_pickup'] },
  { label: 'Label created (Brooklyn)', city: 'newYork', history: ['label_created'] },
]

const NOTES: Partial<Record<EventType, string>> = {
  in_transit: 'Left the regional hub',
  out_for_delivery: 'On the van with Sam',
  failed_attempt: 'Nobody home, card left',
  ready_for_pickup: 'At the Prinsengracht parcel shop',
}

const HOUR = 3_600_000

// Parcels still at the depot are promised for tomorrow, so shoppers can still move them.
const BEFORE_THE_VAN = new Set<EventType>(['label_created', 'in_transit'])

const promisedWindowAfter = (now: Date, history: EventType[]) => {
  const ahead = BEFORE_THE_VAN.has(history.at(-1)!) ? 26 * HOUR : HOUR
  const start = new Date(Math.ceil(now.getTime() / HOUR) * HOUR + ahead)
  return { start: start.toISOString(), end: new Date(start.getTime() + 2 * HOUR).toISOString() }
}

/** Creates the demo shipments through the public API, each with a believable history. */
export async function seedShipments(client: RetailerClient, now: Date): Promise<SeededShipment[]> {
  const seeded: SeededShipment[] = []
  for (const [index, plan] of PLANS.entries()) {
    const orderRef = `DEMO-${1001 + index}`
    const body: CreateShipmentRequest = {
      orderRef,
      recipient: { name: 'Demo Shopper', email: 'shopper@example.com' },
      address: CITIES[plan.city],
      promisedWindow: promisedWindowAfter(now, plan.history),
    }
    const created = await client.createShipment(body)
    for (const [step, type] of plan.history.entries()) {
      const at = new Date(now.getTime() - (plan.history.length - step) * 47 * 60_000)
      const note = NOTES[type]
      await client.recordEvent(created.id, { type, at: at.toISOString(), ...(note ? { note } : {}) }, `${orderRef}-${step}`)
    }
    seeded.push({ ...created, orderRef, label: plan.label })
  }
  return seeded
}
