import type { Locator, Page } from 'playwright-core'
import { beforeAll, expect, it } from 'vitest'
import { demoSession } from '../support/demo-session.ts'
import { contrastRatio, luminance, textColours } from '../support/text-contrast.ts'

const session = demoSession()
let page: Page
let problems: string[]

beforeAll(async () => {
  // The shopper's system is dark: only a page that asks for dark may get a dark tracker.
  page = await session.browser.newPage({ locale: 'en-GB', viewport: { width: 1400, height: 1000 }, colorScheme: 'dark' })
  problems = []
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()))
  page.on('pageerror', (error) => problems.push(error.message))
  await page.goto(`${session.demo.storefrontUrl}/themed?order=DEMO-1001`)
  for (const tracker of [plain(), maison(), dark()]) {
    await tracker.getByText('On the van with Sam').waitFor({ timeout: 15_000 })
  }
})

const plain = () => page.locator('.sample:not(.maison-sample, .after-dark) porchlight-tracker')
const maison = () => page.locator('porchlight-tracker.maison')
const dark = () => page.locator('.after-dark porchlight-tracker')

/** Computed styles of the first element matching `selector` in the tracker's shadow root. */
const styleOf = (tracker: Locator, selector: string, pseudo?: string) =>
  tracker.evaluate(
    (host, [selector, pseudo]) => {
      const style = getComputedStyle(host.shadowRoot!.querySelector(selector)!, pseudo)
      return {
        background: style.backgroundColor,
        color: style.color,
        radius: style.borderTopLeftRadius,
        font: style.fontFamily,
        fontStyle: style.fontStyle,
        textTransform: style.textTransform,
        transform: style.transform,
      }
    },
    [selector, pseudo ?? null] as const,
  )

/** The status heading's colours (those of the box it is on), and the text that contrasts least. */
async function readability(tracker: Locator) {
  const texts = await textColours(tracker)
  const status = texts.find(({ text }) => text === 'Out for delivery')!
  const lowest = texts
    .map(({ text, color, background }) => ({ text, ratio: contrastRatio(color, background) }))
    .reduce((low, text) => (text.ratio < low.ratio ? text : low))
  return { status, lowest }
}

it("takes the retailer's colours, corners and font from --porchlight-* properties, on that tracker only", async () => {
  expect(await styleOf(maison(), '[part~="root"]')).toMatchObject({
    background: 'rgb(255, 253, 249)',
    color: 'rgb(43, 33, 24)',
    radius: '20px',
  })
  expect((await styleOf(maison(), '[part~="status"]')).font).toMatch(/^"Iowan Old Style", "Palatino Linotype"/)
  expect(await styleOf(maison(), '[part~="manage-button"]')).toMatchObject({ background: 'rgb(138, 79, 29)', color: 'rgb(255, 253, 249)' })
  // The tracker beside it keeps the defaults, in the colour of the shop's own settings.
  expect(await styleOf(plain(), '[part~="manage-button"]')).toMatchObject({ background: 'rgb(47, 107, 79)', radius: '6px' })
  expect((await styleOf(plain(), '[part~="status"]')).font).toMatch(/^system-ui/)
})

it("takes the retailer's ::part() rules: pill buttons, an italic status, diamond timeline markers", async () => {
  for (const button of ['[part~="manage-button"]', '[part~="chat-button"]']) {
    expect(await styleOf(maison(), button)).toMatchObject({ radius: '999px', textTransform: 'uppercase' })
  }
  expect((await styleOf(maison(), '[part~="status"]')).fontStyle).toBe('italic')
  const latest = await styleOf(maison(), '[part~="timeline-item"]:first-child', '::before')
  const earlier = await styleOf(maison(), '[part~="timeline-item"]:last-child', '::before')
  for (const marker of [latest, earlier]) {
    expect(marker.radius).toBe('1px')
    // rotate(45deg), as a matrix
    expect(marker.transform).toMatch(/^matrix\(0\.707107, 0\.707107, -0\.707107, 0\.707107, 0, 0\)$/)
  }
  // The newest event keeps the shop's accent; ::part() cannot tell the markers apart.
  expect(latest.background).toBe('rgb(138, 79, 29)')
  expect(earlier.background).not.toBe(latest.background)
  expect((await styleOf(plain(), '[part~="timeline-item"]', '::before')).radius).toBe('50%')
})

it('turns dark in a part of the page that declares color-scheme: dark, with every text readable', async () => {
  const { status, lowest } = await readability(dark())
  expect(luminance(status.background)).toBeLessThan(0.05)
  expect(luminance(status.color)).toBeGreaterThan(0.6)
  expect(lowest.ratio, `"${lowest.text}"`).toBeGreaterThanOrEqual(4.5)
})

it('stays light on a light page though the shopper’s system is dark, with every text readable', async () => {
  for (const tracker of [plain(), maison()]) {
    const { status, lowest } = await readability(tracker)
    expect(luminance(status.background)).toBeGreaterThan(0.9)
    expect(luminance(status.color)).toBeLessThan(0.05)
    expect(lowest.ratio, `"${lowest.text}"`).toBeGreaterThanOrEqual(4.5)
  }
  expect(problems).toEqual([])
})
