import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type RunningServer, startServer } from '@porchlight/server/node'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { launchChromium } from '../support/chromium.ts'

const ADMIN = 'csp-admin'

let api: RunningServer
let shop: Server
let shopUrl = ''
let token = ''
const reports: unknown[] = []
let browser: Browser

/** A storefront as strict as a careful shop makes it: no inline code, Trusted Types enforced. */
function startStrictShop(apiUrl: string): Promise<Server> {
  const policy = [
    "default-src 'none'",
    `script-src ${apiUrl}`,
    `connect-src ${apiUrl}`,
    "style-src 'none'",
    "img-src 'none'",
    "require-trusted-types-for 'script'",
    // Lit's own policy; the widget needs no other.
    'trusted-types lit-html',
    'report-uri /csp-reports',
  ].join('; ')
  const server = createServer((req, res) => {
    if (req.url === '/csp-reports') {
      let body = ''
      req.on('data', (c: Buffer) => (body += c.toString()))
      req.on('end', () => {
        reports.push(JSON.parse(body))
        res.writeHead(204).end()
      })
      return
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': policy })
    res.end(`<!doctype html><html lang="en"><head><title>Strict shop</title>
<script type="module" src="${apiUrl}/widget.js"></script></head>
<body><main><h1>Your order</h1><porchlight-tracker token="${token}"></porchlight-tracker></main></body></html>`)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

beforeAll(async () => {
  api = await startServer({ host: '127.0.0.1', port: 0, dataDir: 'memory://', adminToken: ADMIN, logger: { info: () => {}, error: () => {} } })
  shop = await startStrictShop(api.url)
  shopUrl = `http://127.0.0.1:${(shop.address() as AddressInfo).port}`
  const call = async <T>(method: string, path: string, credential: string, body: unknown) =>
    (await (await fetch(api.url + path, { method, headers: { Authorization: `Bearer ${credential}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) })).json()) as T
  const { apiKey } = await call<{ apiKey: string }>('POST', '/v1/admin/tenants', ADMIN, { name: 'Strict Shop', allowedOrigins: [shopUrl] })
  const shipment = await call<{ trackingToken: string }>('POST', '/v1/shipments', apiKey, {
    orderRef: 'CSP-1',
    recipient: { name: 'Ada' },
    address: { line1: '1 rue A', city: 'Paris', postcode: '75011', country: 'FR', lat: 48.86, lng: 2.37, timeZone: 'Europe/Paris' },
  })
  token = shipment.trackingToken
  await call('POST', `/v1/shipments/${(shipment as unknown as { id: string }).id}/messages`, apiKey, { author: 'support', body: '<script>alert(1)</script> Hello' })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => shop?.close(resolve))
  await api?.close()
})

it('works under a strict Content-Security-Policy with Trusted Types, with no violation', async () => {
  const page = await browser.newPage({ locale: 'en-GB' })
  const problems: string[] = []
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()))
  page.on('pageerror', (e) => problems.push(e.message))
  await page.goto(shopUrl)
  const tracker = page.locator('porchlight-tracker')
  await expect.poll(() => tracker.getByText('Your order from Strict Shop').isVisible(), { timeout: 15_000 }).toBe(true)
  // Every lazily loaded part renders under the same policy.
  await tracker.getByRole('button', { name: 'Manage delivery' }).click()
  await expect.poll(() => tracker.locator('#manage-safe-place').isVisible()).toBe(true)
  await tracker.getByRole('button', { name: /Chat/ }).click()
  await expect.poll(() => tracker.getByText('<script>alert(1)</script> Hello', { exact: true }).isVisible()).toBe(true)
  await tracker.getByLabel('Your message').fill('<img src=x onerror=alert(1)>')
  await tracker.getByRole('button', { name: 'Send', exact: true }).click()
  await expect.poll(() => tracker.getByText('<img src=x onerror=alert(1)>', { exact: true }).isVisible()).toBe(true)
  await page.waitForTimeout(500)
  expect(problems).toEqual([])
  expect(reports).toEqual([])
  await page.close()
})

it('serves the hosted tracking page under its own strict policy, unframeable, with no violation', async () => {
  const page = await browser.newPage({ locale: 'en-GB' })
  const problems: string[] = []
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()))
  page.on('pageerror', (e) => problems.push(e.message))
  const violations: string[] = []
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      ;(window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`)
    })
  })
  const res = await page.goto(`${api.url}/t/${token}`)
  expect(res?.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
  const tracker = page.locator('porchlight-tracker')
  await expect.poll(() => tracker.getByText('Your order from Strict Shop').isVisible(), { timeout: 15_000 }).toBe(true)
  await tracker.getByRole('button', { name: 'Manage delivery' }).click()
  await expect.poll(() => tracker.locator('#manage-safe-place').isVisible()).toBe(true)
  // The page's own stylesheet applies: it is allowed by its hash.
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('main')!).maxWidth)).not.toBe('none')
  await page.waitForTimeout(300)
  expect(violations).toEqual([])
  expect(problems).toEqual([])
  await page.close()
})
