import type { Problem, PushPayload } from '@porchlight/shared'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createShipment, createTenant, postEvent, shopper } from '../../../test/fixtures.ts'
import { type BrowserKeys, createBrowserKeys, decryptPush, startPushService, verifyVapid } from '../../../test/push-service.ts'
import { describeWithDatabases } from '../../../test/test-app.ts'
import { createPushWorker, DEFAULT_PUSH_OPTIONS } from './push-worker.ts'

describeWithDatabases('web push notifications', (get) => {
  let apiKey: string
  let service: Awaited<ReturnType<typeof startPushService>>
  beforeAll(async () => {
    apiKey = (await createTenant(get(), { allowedOrigins: ['https://shop.example'] })).apiKey
    service = await startPushService()
  })
  afterAll(() => service.close())

  let n = 0
  /** A shipment with one browser subscribed to it. */
  const subscribed = async (overrides: Parameters<typeof createShipment>[2] = {}) => {
    const s = await createShipment(get(), apiKey, overrides)
    const browser = createBrowserKeys()
    const endpoint = service.endpoint(`sub-${++n}`)
    const res = await shopper(get(), s.trackingToken)('POST', '/push-subscriptions', {
      endpoint,
      expirationTime: null,
      keys: browser.keys,
      openUrl: 'https://shop.example/orders/1',
    })
    expect(res.status).toBe(201)
    return { ...s, browser, endpoint }
  }
  const received = (endpoint: string) => service.requests.filter((r) => r.path === new URL(endpoint).pathname)
  const open = (body: Buffer, browser: BrowserKeys) => JSON.parse(decryptPush(body, browser)) as PushPayload

  it("sends an encrypted, VAPID-signed notification in the shopper's language that only their browser can read", async () => {
    const s = await subscribed()
    await postEvent(get(), apiKey, s.id, { type: 'out_for_delivery', at: '2026-11-21T08:55:00Z' })
    await get().pushWorker.runOnce()
    const requests = received(s.endpoint)
    expect(requests).toHaveLength(1)
    const [request] = requests
    verifyVapid(request!.headers.authorization!, { publicKey: get().vapid.publicKey, audience: service.origin, subject: get().vapid.subject }, get().clock.now())
    expect(request!.headers['content-encoding']).toBe('aes128gcm')
    expect(request!.headers.urgency).toBe('normal')
    expect(Number(request!.headers.ttl)).toBe(7200)
    expect(request!.headers.topic).toMatch(/^eta[A-Za-z0-9_-]{1,29}$/)
    // Recipient locale fr-FR, promised 13:00 to 15:00 UTC: 14:00 to 16:00 in Paris.
    expect(open(request!.body, s.browser)).toEqual({
      kind: 'out_for_delivery',
      title: 'En cours de livraison',
      body: expect.stringMatching(/^Votre colis Maison Lumière arrive 14:00\s?–\s?16:00\.$/),
      url: 'https://shop.example/orders/1',
      tag: request!.headers.topic,
      timestamp: get().clock.now().getTime(),
    })
    expect(() => decryptPush(request!.body, createBrowserKeys())).toThrow()
  })

  it('forgets a subscription the push service says is gone, with what it had queued', async () => {
    const s = await subscribed()
    service.requests.length = 0
    const gone = await startPushService([410])
    try {
      const browser = createBrowserKeys()
      await shopper(get(), s.trackingToken)('POST', '/push-subscriptions', { endpoint: gone.endpoint('x'), keys: browser.keys })
      await postEvent(get(), apiKey, s.id, { type: 'delivered', at: '2026-11-21T08:58:00Z' })
      await get().pushWorker.runOnce()
      expect(gone.requests.map((r) => r.status)).toEqual([410])
      await postEvent(get(), apiKey, s.id, { type: 'failed_attempt', at: '2026-11-21T08:59:00Z' })
      await get().pushWorker.runOnce()
      expect(gone.requests).toHaveLength(1)
      expect(received(s.endpoint).map((r) => open(r.body, s.browser).kind)).toEqual(['delivered', 'failed_attempt'])
    } finally {
      await gone.close()
    }
  })

  it("waits as long as a busy push service's Retry-After asks", async () => {
    const busy = await startPushService([{ status: 429, headers: { 'Retry-After': '120' } }])
    const start = get().clock.now().getTime()
    try {
      const s = await createShipment(get(), apiKey)
      const browser = createBrowserKeys()
      await shopper(get(), s.trackingToken)('POST', '/push-subscriptions', { endpoint: busy.endpoint('b'), keys: browser.keys })
      await postEvent(get(), apiKey, s.id, { type: 'ready_for_pickup', at: '2026-11-21T08:59:00Z' })
      await get().pushWorker.runOnce()
      get().clock.set(new Date(start + 100_000))
      await get().pushWorker.runOnce()
      expect(busy.requests.map((r) => r.status)).toEqual([429])
      get().clock.set(new Date(start + 121_000))
      await get().pushWorker.runOnce()
      expect(busy.requests.map((r) => r.status)).toEqual([429, 201])
      expect(open(busy.requests[1]!.body, browser).kind).toBe('ready_for_pickup')
    } finally {
      get().clock.set(new Date(start))
      await busy.close()
    }
  })

  it('loses nothing when the sender restarts mid-queue, and sends each notification once', async () => {
    const parcels = []
    for (let i = 0; i < 12; i++) parcels.push(await subscribed())
    for (const p of parcels) await postEvent(get(), apiKey, p.id, { type: 'out_for_delivery', at: '2026-11-21T08:50:00Z' })
    const { db, clock, logger, outbound, config, push } = get().deps
    const first = createPushWorker({ db, clock, logger, outbound, config, push }, { ...DEFAULT_PUSH_OPTIONS, batch: 5 })
    expect(await first.runOnce()).toBe(5)
    // A new process on the same database picks up the rest.
    const second = createPushWorker({ db, clock, logger, outbound, config, push }, { ...DEFAULT_PUSH_OPTIONS, batch: 5 })
    while ((await second.runOnce()) > 0);
    for (const p of parcels) expect(received(p.endpoint).map((r) => open(r.body, p.browser).kind)).toEqual(['out_for_delivery'])
  })

  it('tells a driver\'s message, once per few minutes, and nothing after the shopper turns notifications off', async () => {
    const s = await subscribed()
    const reply = (body: string) => get().call('POST', `/v1/shipments/${s.id}/messages`, { token: apiKey, body: { author: 'driver', body } })
    await reply("I'm outside")
    await reply('Ringing now')
    await get().pushWorker.runOnce()
    expect(received(s.endpoint).map((r) => open(r.body, s.browser))).toEqual([
      expect.objectContaining({ kind: 'message', title: 'Message de votre livreur', body: "I'm outside" }),
    ])
    const off = await get().call('DELETE', `/v1/track/${s.trackingToken}/push-subscriptions`, { body: { endpoint: s.endpoint } })
    expect(off.status).toBe(204)
    await postEvent(get(), apiKey, s.id, { type: 'delivered', at: '2026-11-21T08:59:00Z' })
    await get().pushWorker.runOnce()
    expect(received(s.endpoint)).toHaveLength(1)
  })

  it('accepts only public push services and pages of the retailer, and serves the key and the worker', async () => {
    const s = await createShipment(get(), apiKey)
    const keys = createBrowserKeys().keys
    const before = await get().rowCounts()
    for (const [body, field] of [
      [{ endpoint: 'https://intranet.shop.example/push', keys }, 'endpoint'],
      [{ endpoint: 'https://93.184.216.34:22/push', keys }, 'endpoint'],
      [{ endpoint: 'https://[::127.0.0.1]/push', keys }, 'endpoint'],
      [{ endpoint: service.endpoint('z'), keys, openUrl: 'https://evil.example/' }, 'openUrl'],
      [{ endpoint: service.endpoint('z'), keys: { p256dh: 'short', auth: keys.auth } }, 'keys.p256dh'],
    ] as const) {
      const res = await shopper(get(), s.trackingToken)('POST', '/push-subscriptions', body)
      expect(res.status).toBe(400)
      expect(((await res.json()) as Problem).errors?.map((e) => e.path)).toContain(field)
    }
    expect(await get().rowCounts()).toEqual(before)
    expect(await (await get().call('GET', '/v1/push/public-key')).json()).toEqual({ key: get().vapid.publicKey })
    const worker = await get().call('GET', '/porchlight-sw.js')
    expect(worker.headers.get('Content-Type')).toContain('javascript')
    expect(await worker.text()).toContain("addEventListener('push'")
  })
})
