import { expect, it } from 'vitest'
import { demoSession } from '../support/demo-session.ts'

// Fast enough that the van covers a couple of stops within the test.
const session = demoSession(30)

it('shows the van coming closer and the window narrowing, live, without a reload', async () => {
  // The parcel the van reaches first, so that it covers a few of its stops within the test.
  const watched = session.demo.shipments.filter((s) => s.stopsAhead !== undefined).sort((a, b) => a.stopsAhead! - b.stopsAhead!)[0]!
  const page = await session.browser.newPage({ locale: 'en-GB' })
  await page.goto(`${session.demo.storefrontUrl}/?order=${watched.orderRef}`)
  const tracker = page.locator('porchlight-tracker')
  const stopsAway = async () => {
    const text = (await tracker.locator('[part~="eta"]').textContent().catch(() => '')) ?? ''
    const match = /(\d+) stops? away/.exec(text)
    // With no stop left before the shopper's, the line shows the window alone.
    return match ? Number(match[1]) : text.trim() ? 0 : Number.NaN
  }
  const windowMinutes = async () =>
    page.evaluate(async (token) => {
      const view = (await (await fetch(`${location.protocol}//${new URL(document.querySelector('script[type=module]')!.getAttribute('src')!).host}/v1/track/${token}`)).json()) as { eta: { start: string; end: string } | null }
      return view.eta ? (Date.parse(view.eta.end) - Date.parse(view.eta.start)) / 60_000 : Number.NaN
    }, watched.trackingToken)

  await expect.poll(stopsAway, { timeout: 20_000 }).toBeGreaterThanOrEqual(1)
  const firstStops = await stopsAway()
  const firstWidth = await windowMinutes()
  let navigations = 0
  page.on('framenavigated', () => (navigations += 1))
  await expect.poll(stopsAway, { timeout: 60_000, interval: 500 }).toBeLessThan(firstStops)
  await expect.poll(() => tracker.locator('[part~="route-strip"]').isVisible(), { timeout: 60_000 }).toBe(true)
  // A gap in the van's pings widens the window for a while (it does not pretend); as the van
  // comes on, it narrows.
  await expect.poll(windowMinutes, { timeout: 60_000, interval: 1_000 }).toBeLessThan(firstWidth)
  expect(navigations).toBe(0)
  await page.close()
}, 150_000)
