import { type RunningServer, startServer } from '@porchlight/server/node'
import type { ShipmentDetail } from '@porchlight/shared'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { apiCall } from '../support/api-call.ts'
import { launchChromium } from '../support/chromium.ts'

// Two days before New York springs forward (Sunday 14 March 2027, 02:00 EST → 03:00 EDT).
const NOW = new Date('2027-03-12T15:00:00Z')
const ADMIN = 'dst-admin'

let server: RunningServer
let browser: Browser

beforeAll(async () => {
  server = await startServer({
    host: '127.0.0.1',
    port: 0,
    dataDir: 'memory://',
    adminToken: ADMIN,
    clock: { now: () => NOW },
    logger: { info: () => {}, error: () => {} },
  })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

const call = apiCall(() => server.url)

it('books a window on the day the clocks change, showing the same local times in Tokyo and in New York', async () => {
  const { apiKey } = await call<{ apiKey: string }>('POST', '/v1/admin/tenants', ADMIN, { name: 'Shop', allowedOrigins: [] })
  const shipment = await call<{ id: string; trackingUrl: string }>('POST', '/v1/shipments', apiKey, {
    orderRef: 'DST-1',
    recipient: { name: 'Ada', locale: 'en-US' },
    address: { line1: '210 Bedford Ave', city: 'Brooklyn', postcode: '11249', country: 'US', lat: 40.7178, lng: -73.9575, timeZone: 'America/New_York' },
  })
  // Midnight to one, one to three (an hour long: the clocks jump), three to four.
  const windows = [
    ['2027-03-14T05:00:00Z', '2027-03-14T06:00:00Z'],
    ['2027-03-14T06:00:00Z', '2027-03-14T07:00:00Z'],
    ['2027-03-14T07:00:00Z', '2027-03-14T08:00:00Z'],
  ]
  const ids: string[] = []
  for (const [start, end] of windows) ids.push((await call<{ id: string }>('POST', '/v1/windows', apiKey, { start, end, capacity: 5 })).id)

  const page = await browser.newPage({ locale: 'en-GB', timezoneId: 'Asia/Tokyo' })
  await page.goto(shipment.trackingUrl)
  const tracker = page.locator('porchlight-tracker')
  await tracker.getByRole('button', { name: 'Manage delivery' }).click()
  const options = tracker.locator('[part~="window-option"]')
  await expect.poll(() => options.count()).toBe(3)
  const labels = await options.allInnerTexts()
  // The hosted page reads in the recipient's US English, not the browser's British: New York's
  // wall clock, the zone named since the day has two.
  expect(labels.map((l) => l.trim())).toEqual(['12:00 AM EST to 1:00 AM EST', '1:00 AM EST to 3:00 AM EDT', '3:00 AM EDT to 4:00 AM EDT'])

  await options.nth(2).click()
  await expect.poll(() => options.nth(2).getAttribute('aria-pressed')).toBe('true')
  const stored = await call<ShipmentDetail>('GET', `/v1/shipments/${shipment.id}`, apiKey)
  expect(stored.preferences.window?.id).toBe(ids[2])
  const newYork = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit', timeZone: 'America/New_York', timeZoneName: 'short' })
  expect(newYork.format(new Date(stored.preferences.window!.start))).toBe('3:00 AM EDT')
  await page.close()
})
