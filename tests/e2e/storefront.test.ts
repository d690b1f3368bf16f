import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { demoSession } from '../support/demo-session.ts'

const session = demoSession()

/** Opens a page that records every console error and uncaught exception. */
async function open(url: string, options: { timezoneId?: string } = {}): Promise<{ page: Page; problems: string[] }> {
  const page = await session.browser.newPage({ locale: 'en-GB', ...options })
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  await page.goto(url)
  return { page, problems }
}

const shown = (page: Page, text: string) =>
  expect.poll(() => page.locator('porchlight-tracker').getByText(text).first().isVisible(), { timeout: 15_000 })

it("shows the shopper their parcel's status on the retailer's storefront, embedded cross-origin", async () => {
  const { page, problems } = await open(`${session.demo.storefrontUrl}/?order=DEMO-1001`)
  await shown(page, 'Out for delivery').toBe(true)
  await shown(page, 'On the van with Sam').toBe(true)
  await shown(page, 'Your order from Maison Lumière').toBe(true)
  expect(problems).toEqual([])
  await page.close()
})

it("shows times in the delivery address's zone, not the browser's", async () => {
  const parcel = session.demo.shipments.find((s) => s.orderRef === 'DEMO-1002')!
  const view = (await (await fetch(`${session.demo.apiUrl}/v1/track/${parcel.trackingToken}`)).json()) as {
    shipment: { promisedWindow: { start: string } }
  }
  const newYorkTime = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'America/New_York' })
    .format(new Date(view.shipment.promisedWindow.start))
  const { page } = await open(`${session.demo.storefrontUrl}/?order=DEMO-1002`, { timezoneId: 'Asia/Tokyo' })
  await shown(page, 'On its way').toBe(true)
  await shown(page, newYorkTime).toBe(true)
  await page.close()
})

it('shows a status the carrier posts on the open page, live, without a reload', async () => {
  const parcel = session.demo.shipments.find((s) => s.orderRef === 'DEMO-1002')!
  const { page } = await open(`${session.demo.storefrontUrl}/?order=DEMO-1002`)
  await shown(page, 'On its way').toBe(true)
  await page.evaluate(() => {
    const seen: string[] = ((window as unknown as { statusChanges: string[] }).statusChanges = [])
    document.addEventListener('porchlight-status-change', (e) => seen.push((e as CustomEvent<{ status: string }>).detail.status))
  })
  let navigations = 0
  page.on('framenavigated', () => (navigations += 1))
  const res = await fetch(`${session.demo.apiUrl}/v1/shipments/${parcel.id}/events`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${session.demo.apiKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'out_for_delivery', at: new Date().toISOString(), note: 'Driver Lee is on the way' }),
  })
  expect(res.status).toBe(201)
  await shown(page, 'Driver Lee is on the way').toBe(true)
  expect(await page.evaluate(() => (window as unknown as { statusChanges: string[] }).statusChanges)).toEqual(['out_for_delivery'])
  expect(navigations).toBe(0)
  await page.close()
})

it('opens the hosted tracking page a notification links to', async () => {
  const parcel = session.demo.shipments.find((s) => s.orderRef === 'DEMO-1003')!
  const { page, problems } = await open(parcel.trackingUrl)
  await shown(page, 'Delivered').toBe(true)
  expect(problems).toEqual([])
  await page.close()
})

it('tells the shopper plainly when a link is wrong', async () => {
  const { page } = await open(`${session.demo.apiUrl}/t/this-is-not-a-real-token`)
  await shown(page, 'We couldn’t find this delivery').toBe(true)
  await page.close()
})
