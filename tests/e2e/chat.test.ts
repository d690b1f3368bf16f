import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { demoSession } from '../support/demo-session.ts'

const session = demoSession()

async function open(url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await session.browser.newPage({ locale: 'en-GB' })
  const problems: string[] = []
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()))
  page.on('pageerror', (error) => problems.push(error.message))
  await page.goto(url)
  return { page, problems }
}

it('carries a message from the widget to the ops console and the reply back, live, as text on both sides', async () => {
  const shopper = await open(`${session.demo.storefrontUrl}/?order=DEMO-1002`)
  const ops = await open(`${session.demo.opsUrl}/`)
  const tracker = shopper.page.locator('porchlight-tracker')
  await tracker.getByRole('button', { name: 'Chat' }).click()
  const hostile = '<img src=x onerror="window.__xss=1"> Is it coming today?'
  await tracker.getByLabel('Your message').fill(hostile)
  await tracker.getByRole('button', { name: 'Send', exact: true }).click()

  // The console's inbox picks it up without a reload, and shows it as the characters typed.
  const conversation = ops.page.getByRole('navigation', { name: 'Conversations' }).getByRole('button', { name: /DEMO-1002/ })
  await expect.poll(() => conversation.textContent(), { timeout: 15_000 }).toContain('1 unread')
  await conversation.click()
  await expect.poll(() => ops.page.getByRole('log').textContent()).toContain(hostile)
  await ops.page.getByLabel('Message', { exact: true }).fill('<b>Yes</b>, after lunch')
  await ops.page.getByRole('button', { name: 'Send' }).click()

  // The reply reaches the open widget over its live stream, with no reload, as text.
  await expect.poll(() => tracker.getByText('<b>Yes</b>, after lunch', { exact: true }).isVisible(), { timeout: 15_000 }).toBe(true)
  await expect.poll(() => tracker.getByText(hostile, { exact: true }).isVisible()).toBe(true)
  for (const page of [shopper.page, ops.page]) {
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
    expect(await page.locator('img[src="x"]').count()).toBe(0)
  }
  expect(await tracker.locator('b').count()).toBe(0)
  // The console opened the conversation: the shopper sees their message was read.
  await expect.poll(() => tracker.getByText('Read', { exact: true }).isVisible(), { timeout: 10_000 }).toBe(true)
  expect([...shopper.problems, ...ops.problems]).toEqual([])
})
