import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { demoSession } from '../support/demo-session.ts'

const session = demoSession()

type Watched = { layoutShift: number }
// Not in TypeScript's DOM library yet.
type LayoutShift = PerformanceEntry & { value: number; hadRecentInput: boolean }

/** Adds up the page's layout shifts from its first frame, as CLS does. */
async function watchLayoutShift(page: Page): Promise<void> {
  // Shifts right after input are the shopper's doing and do not count, as in CLS.
  await page.addInitScript(() => {
    const watched = window as unknown as Watched
    watched.layoutShift = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as LayoutShift[]) {
        if (!entry.hadRecentInput) watched.layoutShift += entry.value
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
}

/** The total so far, once what is on screen has been drawn. */
async function layoutShift(page: Page): Promise<number> {
  // Layout-shift entries reach observers after the frame that moved things is drawn.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve)))))
  return page.evaluate(() => (window as unknown as Watched).layoutShift)
}

it.each([
  ['a phone', { width: 412, height: 823 }],
  ['a desktop screen', { width: 1350, height: 940 }],
])('keeps the storefront still on %s while the tracker loads and takes a live update', async (_, viewport) => {
  const parcel = session.demo.shipments[0]!
  const page = await session.browser.newPage({ locale: 'en-GB', viewport })
  await watchLayoutShift(page)
  await page.goto(`${session.demo.storefrontUrl}/`)
  const tracker = page.locator('porchlight-tracker')
  await expect.poll(() => tracker.getByText('Out for delivery').first().isVisible(), { timeout: 15_000 }).toBe(true)

  const note = `Driver Lee is ${viewport.width} m away`
  const res = await fetch(`${session.demo.apiUrl}/v1/shipments/${parcel.id}/events`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${session.demo.apiKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'out_for_delivery', at: new Date().toISOString(), note }),
  })
  expect(res.status).toBe(201)
  await expect.poll(() => tracker.getByText(note).isVisible(), { timeout: 15_000 }).toBe(true)
  expect(await layoutShift(page)).toBe(0)
  await page.close()
})

it('shows a delivered parcel with its "How did we do?" form in one go, nothing moving after', async () => {
  const page = await session.browser.newPage({ locale: 'en-GB', viewport: { width: 1350, height: 940 } })
  await watchLayoutShift(page)
  await page.goto(`${session.demo.storefrontUrl}/?order=DEMO-1003`)
  const tracker = page.locator('porchlight-tracker')
  await expect.poll(() => tracker.getByText('How did we do?').isVisible(), { timeout: 15_000 }).toBe(true)
  expect(await layoutShift(page)).toBe(0)
  await page.close()
})
