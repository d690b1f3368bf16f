import type { Locator, Page } from 'playwright-core'
import { beforeAll, expect, it } from 'vitest'
import { demoSession } from '../support/demo-session.ts'
import { lookDifferences, renderedLook } from '../support/rendered-look.ts'

const session = demoSession()

// Out for delivery: "Manage delivery" and "Chat" are both on offer.
const ORDER = 'DEMO-1001'

type Opened = { page: Page; tracker: Locator; problems: string[]; definitions: () => Promise<string[]> }

/**
 * Opens a page of the demo storefront at a desktop width, recording console errors, uncaught
 * exceptions and every `customElements.define` call, and waits for the tracker's delivery.
 */
async function open(path: string, tracker: string): Promise<Opened> {
  const page = await session.browser.newPage({ locale: 'en-GB', viewport: { width: 1100, height: 900 } })
  const problems: string[] = []
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()))
  page.on('pageerror', (error) => problems.push(error.message))
  await page.addInitScript(() => {
    const names: string[] = ((window as unknown as { definedElements: string[] }).definedElements = [])
    const define = customElements.define.bind(customElements)
    customElements.define = (name, constructor, options) => {
      names.push(name)
      define(name, constructor, options)
    }
  })
  await page.goto(`${session.demo.storefrontUrl}${path}`)
  const opened = {
    page,
    tracker: page.locator(tracker),
    problems,
    definitions: () => page.evaluate(() => (window as unknown as { definedElements: string[] }).definedElements),
  }
  await delivery(opened.tracker)
  return opened
}

const delivery = (tracker: Locator) => tracker.getByText('On the van with Sam').waitFor({ timeout: 15_000 })

/** Opens "Manage delivery" and "Chat", as a shopper would, and waits for both panels' content. */
async function openPanels(tracker: Locator): Promise<void> {
  for (const [button, content] of [
    ['Manage delivery', tracker.locator('#manage-safe-place')],
    ['Chat', tracker.getByLabel('Your message')],
  ] as const) {
    await expect.poll(() => tracker.getByRole('button', { name: button }).isVisible()).toBe(true)
    await tracker.getByRole('button', { name: button }).click()
    await expect.poll(() => content.isVisible()).toBe(true)
  }
}

let storefront: Opened
let hostile: Opened

beforeAll(async () => {
  storefront = await open(`/?order=${ORDER}`, 'porchlight-tracker')
  hostile = await open(`/hostile?order=${ORDER}`, '.order-slot porchlight-tracker')
})

it("looks exactly as on the storefront, on a page whose CSS restyles every element and sets the widget's private properties", async () => {
  expect(lookDifferences(await renderedLook(storefront.tracker), await renderedLook(hostile.tracker))).toEqual([])
})

it('opens "Manage delivery" and "Chat" there, which look as they do on the storefront', async () => {
  await openPanels(storefront.tracker)
  await openPanels(hostile.tracker)
  expect(lookDifferences(await renderedLook(storefront.tracker), await renderedLook(hostile.tracker))).toEqual([])
})

it('is defined once, with no error, though widget.js is pasted twice and a plugin imports another copy', async () => {
  const { page } = hostile
  const scripts = await page.locator('script[src$="/widget.js"]').evaluateAll((tags) => tags.map((tag) => (tag as HTMLScriptElement).src))
  expect(scripts).toHaveLength(2)
  // The plugin's copy, under another URL, is another module. Once the page has fetched it,
  // importing it here waits until it has run, and fails if running it threw.
  const copy = `${scripts[0]}?v=20190402`
  await expect.poll(() => page.evaluate((url) => performance.getEntriesByName(url).length, copy)).toBe(1)
  // As a string: vitest rewrites `import()` in a function's source, which is what is sent.
  await page.evaluate(`import(${JSON.stringify(copy)}).then(() => true)`)
  expect((await hostile.definitions()).filter((name) => name === 'porchlight-tracker')).toEqual(['porchlight-tracker'])
  // Both trackers on the page, one in another library's shadow root, are the one definition's.
  const upgraded = await page.evaluate(() => {
    const Tracker = customElements.get('porchlight-tracker')!
    const nested = document.querySelector('acme-order-card')!.shadowRoot!.querySelector('porchlight-tracker')
    return [document.querySelector('porchlight-tracker'), nested].map((element) => element instanceof Tracker)
  })
  expect(upgraded).toEqual([true, true])
  expect(hostile.problems).toEqual([])
  expect(storefront.problems).toEqual([])
})

it("leaves another library's custom elements working, and works inside one's shadow root", async () => {
  const { page } = hostile
  const badge = page.locator('acme-badge [part="label"]')
  expect(await badge.isVisible()).toBe(true)
  expect(await badge.evaluate((label) => getComputedStyle(label).backgroundColor)).toBe('rgb(11, 122, 59)')
  expect(await page.locator('acme-stars').textContent()).toBe('★★★★★ 4.6 / 5 (2,318 reviews)')
  const card = page.locator('acme-order-card')
  expect(await card.getByRole('heading', { name: 'Tracked by our order card block' }).isVisible()).toBe(true)
  const nested = card.locator('porchlight-tracker')
  await delivery(nested)
  await nested.getByRole('button', { name: 'Manage delivery' }).click()
  await expect.poll(() => nested.locator('#manage-safe-place').isVisible()).toBe(true)
  expect(hostile.problems).toEqual([])
})
