import type { Conversation } from '@porchlight/shared'
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { demoSession } from '../support/demo-session.ts'

const session = demoSession()

/** Opens the console, recording console errors, uncaught exceptions and every URL it asks for. */
async function openConsole(): Promise<{ page: Page; problems: string[]; requested: string[] }> {
  const page = await session.browser.newPage({ locale: 'en-GB', timezoneId: 'Asia/Tokyo' })
  const problems: string[] = []
  const requested: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  page.on('request', (request) => requested.push(request.url()))
  await page.goto(`${session.demo.opsUrl}/`)
  return { page, problems, requested }
}

const shopperConversation = async (token: string) =>
  (await (await fetch(`${session.demo.apiUrl}/v1/track/${token}/messages`)).json()) as Conversation

it("shows a shopper's message live, as text, and the operator's replies reach the shopper", async () => {
  const parcel = session.demo.shipments.find((s) => s.orderRef === 'DEMO-1001')!
  const { page, problems, requested } = await openConsole()
  await expect.poll(() => page.getByText('No conversations yet.').isVisible(), { timeout: 15_000 }).toBe(true)
  let navigations = 0
  page.on('framenavigated', () => (navigations += 1))

  const body = '<img src=x onerror="window.__xss=1"> Where is it?'
  const posted = await fetch(`${session.demo.apiUrl}/v1/track/${parcel.trackingToken}/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ body }),
  })
  expect(posted.status).toBe(201)

  const conversation = page.getByRole('navigation', { name: 'Conversations' }).getByRole('button', { name: /DEMO-1001/ })
  await expect.poll(() => conversation.textContent(), { timeout: 10_000 }).toContain('1 unread')
  await conversation.click()
  const log = page.getByRole('log')
  await expect.poll(() => log.textContent()).toContain(body)
  expect(await page.locator('img').count()).toBe(0)
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
  // Opening the conversation tells the shopper it was read.
  await expect.poll(() => conversation.textContent()).not.toContain('unread')
  await expect.poll(async () => (await shopperConversation(parcel.trackingToken)).messages[0]?.readAt).not.toBeNull()

  await page.getByLabel('Message', { exact: true }).fill('Your parcel is on the van, arriving this afternoon.')
  await page.getByRole('button', { name: 'Send' }).click()
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'Sent as support.' }).count()).toBe(1)
  await page.getByRole('radio', { name: 'Driver' }).check()
  await page.getByRole('group', { name: 'Quick replies' }).getByRole('button', { name: 'On my way' }).click()

  await expect
    .poll(async () => (await shopperConversation(parcel.trackingToken)).messages.map((m) => [m.author, m.body]))
    .toEqual([
      ['shopper', body],
      ['support', 'Your parcel is on the van, arriving this afternoon.'],
      ['driver', 'On my way'],
    ])
  await expect.poll(() => log.locator('li').count()).toBe(3)
  expect(navigations).toBe(0)
  // The browser only ever talks to the console's own backend, which holds the key.
  expect(requested.filter((url) => !url.startsWith(`${session.demo.opsUrl}/`) && !url.startsWith('data:'))).toEqual([])
  expect(await page.content()).not.toContain(session.demo.apiKey)
  expect(problems).toEqual([])
  await page.close()
})

it('shows the last seven days of analytics as figures and a chart, with a table behind the chart', async () => {
  const { page, problems } = await openConsole()
  const figures = page.locator('#figures')
  await expect.poll(() => figures.locator('dt').count(), { timeout: 15_000 }).toBe(8)
  const figure = (term: string) => figures.locator('div', { has: page.locator('dt', { hasText: term }) }).locator('dd').textContent()
  expect(Number(await figure('Shipments'))).toBeGreaterThanOrEqual(session.demo.shipments.length)
  expect(Number(await figure('Delivered'))).toBeGreaterThanOrEqual(1)
  expect(await figure('Average rating')).toMatch(/^(—|\d\.\d \/ 5)$/)
  expect(await page.locator('#chart rect').count()).toBe(7)
  const rows = page.getByRole('table', { name: 'Deliveries per day' }).getByRole('row')
  expect(await rows.count()).toBe(8)
  expect(problems).toEqual([])
  await page.close()
})

it('lists recent shipments with windows at the delivery address, and no van controls without a van', async () => {
  const { page, problems } = await openConsole()
  const row = page.getByRole('row', { name: /DEMO-1002/ })
  await expect.poll(() => row.textContent(), { timeout: 15_000 }).toContain('In transit')
  // Brooklyn: the shipment's own zone, though this browser is in Tokyo.
  expect(await row.textContent()).toMatch(/GMT-5|GMT-4/)
  expect(await page.getByRole('button', { name: 'Deliver the next stop now' }).isVisible()).toBe(false)
  expect(problems).toEqual([])
  await page.close()
})

it('lists a case a shopper opened, with its evidence, as text', async () => {
  const parcel = session.demo.shipments.find((s) => s.orderRef === 'DEMO-1003')!
  const comment = '<b>Never came</b>, the door was shut all day'
  const left = await fetch(`${session.demo.apiUrl}/v1/track/${parcel.trackingToken}/feedback`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ rating: 1, tags: ['not_received'], comment }),
  })
  expect(left.status).toBe(201)
  const { page, problems } = await openConsole()
  const article = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'DEMO-1003: Not received' }) })
  await expect.poll(() => article.count(), { timeout: 15_000 }).toBe(1)
  const text = await article.textContent()
  expect(text).toContain(comment)
  expect(text).toContain('1 / 5')
  expect(text).toContain('Delivered')
  expect(await article.locator('b').count()).toBe(0)
  expect(problems).toEqual([])
  await page.close()
})
