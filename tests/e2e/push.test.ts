import { createECDH } from 'node:crypto'
import { type RunningServer, startServer } from '@porchlight/server/node'
import { type BrowserKeys, decryptPush, startPushService, verifyVapid } from '@porchlight/server/test/push-service'
import type { PushPayload } from '@porchlight/shared'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { apiCall } from '../support/api-call.ts'
import { launchChromium } from '../support/chromium.ts'

const ADMIN = 'push-admin'

let server: RunningServer
let service: Awaited<ReturnType<typeof startPushService>>
let browser: Browser
let context: BrowserContext
const serverErrors: string[] = []

beforeAll(async () => {
  server = await startServer({
    host: '127.0.0.1',
    port: 0,
    dataDir: 'memory://',
    adminToken: ADMIN,
    // The stand-in push service listens on loopback.
    allowLoopbackTargets: true,
    logger: { info: () => {}, error: (message) => serverErrors.push(message) },
  })
  service = await startPushService()
  browser = await launchChromium()
  context = await browser.newContext({ locale: 'en-GB' })
  // The prompt a shopper would answer; the widget still asks, on the button's click.
  await context.grantPermissions(['notifications'], { origin: server.url })
})

afterAll(async () => {
  await browser?.close()
  await service?.close()
  await server?.close()
})

const call = apiCall(() => server.url)

/** What the page's stand-in subscription kept of its keys, for the test to decrypt with. */
type ExportedKeys = { privateKey: JsonWebKey; auth: string; applicationServerKey: string }

/**
 * Headless Chromium reaches no push service here, so only `PushManager.prototype.subscribe` is
 * replaced: it makes the browser's side of a subscription (an ECDH P-256 pair and a 16-byte
 * secret, with WebCrypto, in the page) on the stand-in's endpoint and keeps the keys on
 * `window` for the test. Permission, the service worker and everything else are the browser's.
 */
function fakeSubscribe(endpoint: string): void {
  const b64url = (bytes: Uint8Array) =>
    btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
  PushManager.prototype.subscribe = async function (options?: PushSubscriptionOptionsInit) {
    const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits'])
    const publicKey = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey))
    const auth = crypto.getRandomValues(new Uint8Array(16))
    const exported: ExportedKeys = {
      privateKey: await crypto.subtle.exportKey('jwk', pair.privateKey),
      auth: b64url(auth),
      applicationServerKey: b64url(new Uint8Array(options?.applicationServerKey as ArrayBuffer)),
    }
    Object.assign(window, { porchlightPushKeys: exported })
    const json = { endpoint, expirationTime: null, keys: { p256dh: b64url(publicKey), auth: b64url(auth) } }
    return { endpoint, expirationTime: null, toJSON: () => json, unsubscribe: async () => true } as unknown as PushSubscription
  }
}

/** The browser's keys, rebuilt in Node from what the page exported. */
function browserKeys({ privateKey, auth }: ExportedKeys): BrowserKeys {
  const ecdh = createECDH('prime256v1')
  ecdh.setPrivateKey(Buffer.from(privateKey.d!, 'base64url'))
  const secret = Buffer.from(auth, 'base64url')
  return { ecdh, auth: secret, keys: { p256dh: ecdh.getPublicKey('base64url'), auth } }
}

it('a shopper turns on notifications on the tracking page and gets "Out for delivery", encrypted for their browser alone', async () => {
  const { apiKey } = await call<{ apiKey: string }>('POST', '/v1/admin/tenants', ADMIN, { name: 'Kettle & Bloom', allowedOrigins: [] })
  const shipment = await call<{ id: string; trackingUrl: string }>('POST', '/v1/shipments', apiKey, {
    orderRef: 'PUSH-1',
    recipient: { name: 'Ada', locale: 'en-GB' },
    address: { line1: '14 Elm Row', city: 'London', postcode: 'N1 9GU', country: 'GB', lat: 51.536, lng: -0.103, timeZone: 'Europe/London' },
  })
  const { key } = (await (await fetch(`${server.url}/v1/push/public-key`)).json()) as { key: string }

  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()))
  page.on('pageerror', (error) => problems.push(error.message))
  await page.addInitScript(fakeSubscribe, service.endpoint('e2e'))
  await page.goto(shipment.trackingUrl)

  const tracker = page.locator('porchlight-tracker')
  await tracker.getByRole('button', { name: 'Notify me' }).click()
  await expect.poll(() => tracker.locator('[part~="notify"] [role="status"]').innerText()).toBe('Notifications on')
  // A real service worker, the server's own, registered by the widget from the hosted page.
  const worker = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL)
  expect(worker).toBe(`${server.url}/porchlight-sw.js`)
  const exported = (await page.evaluate(() => (window as unknown as { porchlightPushKeys: ExportedKeys }).porchlightPushKeys))
  expect(exported.applicationServerKey).toBe(key)

  await call('POST', `/v1/shipments/${shipment.id}/events`, apiKey, { type: 'out_for_delivery', at: new Date().toISOString() })
  await expect.poll(() => service.requests.length, { timeout: 15_000 }).toBe(1)
  const [request] = service.requests
  expect(request!.path).toBe('/push/e2e')
  verifyVapid(request!.headers.authorization!, { publicKey: key, audience: service.origin, subject: 'mailto:porchlight@localhost' }, new Date())
  const payload = JSON.parse(decryptPush(request!.body, browserKeys(exported))) as PushPayload
  expect(payload).toMatchObject({ kind: 'out_for_delivery', title: 'Out for delivery', url: shipment.trackingUrl })
  expect(payload.body).toMatch(/Kettle & Bloom/)

  // Turned off: the server forgets this browser, and the delivery's next news does not come.
  await tracker.getByRole('button', { name: 'Turn off' }).click()
  await expect.poll(() => tracker.getByRole('button', { name: 'Notify me' }).count()).toBe(1)
  await call('POST', `/v1/shipments/${shipment.id}/events`, apiKey, { type: 'failed_attempt', at: new Date().toISOString() })
  // The push worker looks every second: three rounds without a request.
  await new Promise((resolve) => setTimeout(resolve, 3_000))
  expect(service.requests).toHaveLength(1)
  expect(problems).toEqual([])
  expect(serverErrors).toEqual([])
  await page.close()
})
