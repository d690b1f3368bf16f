import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type RunningServer, startServer } from '@porchlight/server/node'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { apiCall } from '../support/api-call.ts'
import { launchChromium } from '../support/chromium.ts'

const ADMIN = 'pinned-admin'

let api: RunningServer
let shop: Server
let browser: Browser
let page = ''

beforeAll(async () => {
  api = await startServer({ host: '127.0.0.1', port: 0, dataDir: 'memory://', adminToken: ADMIN, logger: { info: () => {}, error: () => {} } })
  shop = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page)
  })
  await new Promise<void>((resolve) => shop.listen(0, '127.0.0.1', resolve))
  const shopUrl = `http://127.0.0.1:${(shop.address() as AddressInfo).port}`
  const call = apiCall(() => api.url)
  const { apiKey } = await call<{ apiKey: string }>('POST', '/v1/admin/tenants', ADMIN, { name: 'Pinned Shop', allowedOrigins: [shopUrl] })
  const { trackingToken } = await call<{ trackingToken: string }>('POST', '/v1/shipments', apiKey, {
    orderRef: 'PIN-1',
    recipient: { name: 'Ada' },
    address: { line1: '1 rue A', city: 'Paris', postcode: '75011', country: 'FR', lat: 48.86, lng: 2.37, timeZone: 'Europe/Paris' },
  })
  // What a shop writes after reading the manifest, as the README's "Pinning a version" shows.
  const { url, integrity } = await call<{ url: string; integrity: string }>('GET', '/widget.json', undefined)
  page = `<!doctype html><html lang="en"><head><title>Pinned shop</title><link rel="icon" href="data:,">
<script type="module" src="${url}" integrity="${integrity}" crossorigin="anonymous"></script></head>
<body><porchlight-tracker token="${trackingToken}"></porchlight-tracker></body></html>`
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => shop?.close(resolve))
  await api?.close()
})

it('runs the pinned widget, integrity checked, with its panels from the same version and no second copy', async () => {
  const tab = await browser.newPage({ locale: 'en-GB' })
  const problems: string[] = []
  tab.on('console', (m) => m.type() === 'error' && problems.push(m.text()))
  tab.on('pageerror', (e) => problems.push(e.message))
  const scripts: Array<{ path: string; encoding: string | undefined }> = []
  tab.on('response', (res) => {
    const { pathname } = new URL(res.url())
    if (pathname.endsWith('.js')) scripts.push({ path: pathname, encoding: res.headers()['content-encoding'] })
  })
  await tab.goto(`http://127.0.0.1:${(shop.address() as AddressInfo).port}`)
  const tracker = tab.locator('porchlight-tracker')
  await expect.poll(() => tracker.getByText('Your order from Pinned Shop').isVisible(), { timeout: 15_000 }).toBe(true)
  await tracker.getByRole('button', { name: 'Manage delivery' }).click()
  await expect.poll(() => tracker.locator('#manage-safe-place').isVisible()).toBe(true)

  const { version } = (await (await fetch(`${api.url}/widget.json`)).json()) as { version: string }
  expect(scripts.filter((s) => s.path.endsWith('/widget.js'))).toEqual([
    { path: `/widget/${version}/widget.js`, encoding: expect.stringMatching(/^(br|gzip)$/) },
  ])
  expect(scripts.some((s) => s.path.includes('/widget-manage-panel-'))).toBe(true)
  expect(scripts.filter((s) => !s.path.startsWith(`/widget/${version}/`))).toEqual([])
  expect(problems).toEqual([])
  await tab.close()
})
