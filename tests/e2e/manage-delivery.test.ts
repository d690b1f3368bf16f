import type { ShipmentDetail, ShopperWindowList } from '@porchlight/shared'
import type { Locator, Page } from 'playwright-core'
import { beforeAll, expect, it } from 'vitest'
import { demoSession } from '../support/demo-session.ts'

const session = demoSession()
let page: Page
let problems: string[]

// DEMO-1006 is a Brooklyn parcel still at the depot; the browser is in Tokyo.
const ORDER = 'DEMO-1006'
const parcel = () => session.demo.shipments.find((s) => s.orderRef === ORDER)!

beforeAll(async () => {
  page = await session.browser.newPage({ locale: 'en-GB', timezoneId: 'Asia/Tokyo' })
  problems = []
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()))
  page.on('pageerror', (error) => problems.push(error.message))
  await page.goto(`${session.demo.storefrontUrl}/?order=${ORDER}`)
  await tracker().getByRole('button', { name: 'Manage delivery' }).click()
})

const tracker = () => page.locator('porchlight-tracker')
const section = (id: string): Locator => tracker().locator(`#${id}`)

/** What the retailer's systems (and the driver) see of the shipment: the persisted truth. */
const stored = async () => {
  const res = await fetch(`${session.demo.apiUrl}/v1/shipments/${parcel().id}`, { headers: { Authorization: `Bearer ${session.demo.apiKey}` } })
  return (await res.json()) as ShipmentDetail
}

const newYork = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'America/New_York' })

it('books a window shown in the address\'s time, and the retailer sees the same window', async () => {
  const { windows } = (await (await fetch(`${session.demo.apiUrl}/v1/track/${parcel().trackingToken}/windows`)).json()) as ShopperWindowList
  const target = windows.find((w) => w.available && !w.chosen)!
  const label = `${newYork.format(new Date(target.start))} to ${newYork.format(new Date(target.end))}`
  const button = section('manage-window').getByRole('button', { name: label }).first()
  await button.click()
  await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true')
  await expect.poll(async () => (await stored()).preferences.window?.id).toBe(target.id)
  // The retailer's side, on the address's clock, reads what the Tokyo browser showed.
  const window = (await stored()).preferences.window!
  expect(`${newYork.format(new Date(window.start))} to ${newYork.format(new Date(window.end))}`).toBe(label)
})

it('keeps a safe place with a note', async () => {
  await section('manage-safe-place').getByLabel('Porch').check()
  await section('manage-safe-place').getByLabel('Note (optional)').fill('Behind the blue bench')
  await section('manage-safe-place').getByRole('button', { name: 'Save' }).click()
  await expect.poll(async () => (await stored()).preferences.safePlace).toEqual({ place: 'porch', note: 'Behind the blue bench' })
})

it('keeps instructions and an access code for the driver', async () => {
  await section('manage-instructions').getByLabel('Instructions for the driver').fill('Side gate, then the second door')
  await section('manage-instructions').getByLabel('Access code (optional)').fill('4521B')
  await section('manage-instructions').getByRole('button', { name: 'Save' }).click()
  await expect.poll(async () => (await stored()).preferences.instructions).toEqual({ text: 'Side gate, then the second door', accessCode: '4521B' })
  expect((await stored()).atTheDoor).toContain('Access code: 4521B')
})

it('keeps access needs, and "hand it to me only" replaces the safe place', async () => {
  await section('manage-access-needs').getByLabel('Knock, don’t ring').check()
  await section('manage-access-needs').getByLabel('No safe place: hand it to me only').check()
  await section('manage-access-needs').getByRole('button', { name: 'Save' }).click()
  await expect.poll(async () => (await stored()).preferences.accessNeeds).toEqual(['knock_dont_ring', 'hand_to_me_only'])
  expect((await stored()).preferences.safePlace).toBeNull()
  await expect.poll(() => section('manage-safe-place').getByLabel('Porch').isChecked()).toBe(false)
})

it('sends the parcel to a nearby locker and back home', async () => {
  await section('manage-pickup').getByRole('button', { name: /Bedford Ave Locker/ }).click()
  await expect.poll(async () => (await stored()).preferences.pickupPoint?.id).toBe('brooklyn-bedford-locker')
  // The home window it held is given up.
  expect((await stored()).preferences.window).toBeNull()
  await section('manage-pickup').getByRole('button', { name: 'Deliver to my address instead' }).click()
  await expect.poll(async () => (await stored()).preferences.pickupPoint).toBeNull()
})

it('shows every change after a reload, with no error on the page', async () => {
  await page.reload()
  await tracker().getByRole('button', { name: 'Manage delivery' }).click()
  await expect.poll(() => section('manage-instructions').getByLabel('Access code (optional)').inputValue()).toBe('4521B')
  await expect.poll(() => section('manage-access-needs').getByLabel('Knock, don’t ring').isChecked()).toBe(true)
  expect(problems).toEqual([])
})
