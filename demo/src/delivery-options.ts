import type { PutPickupPointRequest, Weekday } from '@porchlight/shared'
import type { RetailerClient } from './retailer-client.ts'
import { localDay, zonedInstant } from './zoned-time.ts'

type Area = { timeZone: string; postcodePrefix?: string }

// The demo shipments' areas: Paris (also the live van's), Brooklyn and Amsterdam.
const AREAS: Area[] = [
  { timeZone: 'Europe/Paris' },
  { timeZone: 'America/New_York', postcodePrefix: '112' },
  { timeZone: 'Europe/Amsterdam', postcodePrefix: '10' },
]

const SLOTS = [9, 11, 14, 17]
const DAYS = 5

const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri']
const hours = (opens: string, closes: string, days: Weekday[] = WEEKDAYS) =>
  days.map((day) => ({ day, opens, closes }))

const PARIS = { city: 'Paris', country: 'FR', timeZone: 'Europe/Paris' } as const

const PICKUP_POINTS: Array<[string, PutPickupPointRequest]> = [
  ['paris-bastille-locker', {
    name: 'Casier Bastille', kind: 'locker', capacity: 40,
    address: { ...PARIS, line1: '3 place de la Bastille', postcode: '75004', lat: 48.8532, lng: 2.3691 },
  }],
  ['paris-oberkampf-shop', {
    name: 'Tabac Oberkampf', kind: 'shop', capacity: 15,
    address: { ...PARIS, line1: '92 rue Oberkampf', postcode: '75011', lat: 48.8655, lng: 2.3782 },
    openingHours: [...hours('07:30', '20:00'), ...hours('09:00', '19:00', ['sat'])],
  }],
  ['paris-nation-locker', {
    name: 'Casier Nation', kind: 'locker', capacity: 0,
    address: { ...PARIS, line1: '1 place de la Nation', postcode: '75012', lat: 48.8483, lng: 2.3959 },
  }],
  ['amsterdam-jordaan-shop', {
    name: 'Boekhandel Jordaan', kind: 'shop', capacity: 10,
    address: { line1: 'Westerstraat 100', city: 'Amsterdam', postcode: '1015 MN', country: 'NL', lat: 52.3789, lng: 4.8818, timeZone: 'Europe/Amsterdam' },
    openingHours: hours('10:00', '18:00', ['tue', 'wed', 'thu', 'fri', 'sat']),
  }],
  ['brooklyn-bedford-locker', {
    name: 'Bedford Ave Locker', kind: 'locker', capacity: 25,
    address: { line1: '300 Bedford Ave', city: 'Brooklyn', postcode: '11249', country: 'US', lat: 40.7139, lng: -73.9617, timeZone: 'America/New_York' },
  }],
]

/**
 * What demo shoppers can choose between: two-hour windows on the next days in each area's
 * local time (the last slot of each day already full), and lockers and shops near the demo
 * addresses, one of them full.
 */
export async function seedDeliveryOptions(client: RetailerClient, now: Date) {
  for (const area of AREAS) {
    for (let day = 1; day <= DAYS; day++) {
      const date = localDay(now, area.timeZone, day)
      for (const hour of SLOTS) {
        await client.createWindow({
          start: zonedInstant(date, hour, area.timeZone).toISOString(),
          end: zonedInstant(date, hour + 2, area.timeZone).toISOString(),
          capacity: hour === SLOTS.at(-1) ? 0 : 6,
          ...(area.postcodePrefix ? { postcodePrefix: area.postcodePrefix } : {}),
        })
      }
    }
  }
  for (const [id, point] of PICKUP_POINTS) await client.putPickupPoint(id, point)
}
