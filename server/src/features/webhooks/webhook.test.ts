import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Problem, WebhookEndpoint } from '@porchlight/shared'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createShipment, createTenant, createWindow, shopper } from '../../../test/fixtures.ts'
import { describeWithDatabases } from '../../../test/test-app.ts'
import { startWebhookReceiver } from '../../../test/webhook-receiver.ts'

const SECRET = 'whsec-0123456789abcdef'

describeWithDatabases('webhooks to the retailer', (get) => {
  let apiKey: string
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>
  // The first three attempts fail; the next asks to wait a minute.
  beforeAll(async () => {
    apiKey = (await createTenant(get())).apiKey
    receiver = await startWebhookReceiver(SECRET, [500, 503, 502, { status: 429, headers: { 'Retry-After': '60' } }])
    const res = await get().call('PUT', '/v1/webhook', { token: apiKey, body: { url: receiver.url, secret: SECRET } })
    expect(res.status).toBe(200)
  })
  afterAll(() => receiver.close())

  /** Runs the sender as time passes: each round moves the clock on and sends what is due. */
  const deliverAll = async (rounds = 30) => {
    const start = get().clock.now().getTime()
    for (let i = 0; i < rounds; i++) {
      get().clock.set(new Date(start + i * 70_000))
      await get().webhookWorker.runOnce()
    }
    get().clock.set(new Date(start))
  }

  it('delivers every shopper change signed, once per id, in order per shipment, through failures', async () => {
    const window = await createWindow(get(), apiKey, { start: '2026-11-23T08:00:00Z', end: '2026-11-23T10:00:00Z', capacity: 5 })
    const a = await createShipment(get(), apiKey)
    const b = await createShipment(get(), apiKey)
    const asA = shopper(get(), a.trackingToken)
    await asA('PUT', '/safe-place', { place: 'porch' })
    await asA('POST', '/reschedule', { windowId: window })
    await shopper(get(), b.trackingToken)('PUT', '/instructions', { text: 'Gate code 42' })
    await asA('PUT', '/pickup-point', { pickupPointId: 'nowhere' })
    await asA('PUT', '/access-needs', { needs: ['knock_dont_ring'] })

    await deliverAll()
    expect(receiver.deliveries.every((d) => d.signatureValid)).toBe(true)
    expect(receiver.deliveries.slice(0, 4).map((d) => d.status)).toEqual([500, 503, 502, 429])
    const accepted = receiver.accepted()
    const ofA = accepted.filter((e) => e.shipment.id === a.id)
    expect(ofA.map((e) => e.type)).toEqual(['shipment.preferences_changed', 'shipment.rescheduled', 'shipment.preferences_changed'])
    expect(ofA[1]!.data).toMatchObject({
      window: { id: window, start: '2026-11-23T08:00:00.000Z', end: '2026-11-23T10:00:00.000Z' },
      previousWindow: { id: null, start: '2026-11-21T13:00:00.000Z', end: '2026-11-21T15:00:00.000Z' },
    })
    expect(ofA[2]!.data).toMatchObject({ kind: 'accessNeeds', preferences: { accessNeeds: ['knock_dont_ring'], safePlace: { place: 'porch' } } })
    expect(accepted.filter((e) => e.shipment.id === b.id)).toEqual([
      expect.objectContaining({ type: 'shipment.preferences_changed', actor: 'shopper', shipment: { id: b.id, orderRef: b.orderRef } }),
    ])
    // Each delivery names its event in headers too, and a retry carries the same id.
    const first = receiver.deliveries[0]!
    expect(first.headers['porchlight-event-id']).toBe(first.event.id)
    expect(receiver.deliveries.filter((d) => d.event.id === first.event.id).length).toBeGreaterThan(1)
  })

  it("waits as long as the receiver's Retry-After asks, and holds the shipment's later events back meanwhile", async () => {
    const other = await createTenant(get(), { name: 'Busy receiver' })
    const busy = await startWebhookReceiver(SECRET, [{ status: 429, headers: { 'Retry-After': '600' } }])
    await get().call('PUT', '/v1/webhook', { token: other.apiKey, body: { url: busy.url, secret: SECRET } })
    const as = shopper(get(), (await createShipment(get(), other.apiKey)).trackingToken)
    await as('PUT', '/safe-place', { place: 'garage' })
    await as('PUT', '/safe-place', { place: 'porch' })
    const start = get().clock.now().getTime()
    const sendAt = async (minutes: number) => {
      get().clock.set(new Date(start + minutes * 60_000))
      await get().webhookWorker.runOnce()
    }
    try {
      await sendAt(0)
      await sendAt(9)
      expect(busy.deliveries.map((d) => d.status)).toEqual([429])
      await sendAt(10.1)
      await sendAt(10.2)
      const places = busy.deliveries.map((d) => (d.event.data as { preferences: { safePlace: { place: string } } }).preferences.safePlace.place)
      expect(places).toEqual(['garage', 'garage', 'porch'])
    } finally {
      get().clock.set(new Date(start))
      await busy.close()
    }
  })

  it('refuses a webhook URL that could reach a private network, naming the field', async () => {
    for (const url of [
      'http://hooks.shop.example/in',
      'https://intranet.shop.example/in',
      'https://10.0.0.1/in',
      'https://unknown.invalid/in',
      'https://hooks.shop.example:6379/in',
      'https://[::127.0.0.1]/in',
    ]) {
      const res = await get().call('PUT', '/v1/webhook', { token: apiKey, body: { url, secret: SECRET } })
      expect(res.status, url).toBe(400)
      expect(((await res.json()) as Problem).errors?.[0]?.path).toBe('url')
    }
    const ok = await get().call('PUT', '/v1/webhook', { token: apiKey, body: { url: 'https://hooks.shop.example/in', secret: SECRET } })
    expect(ok.status).toBe(200)
    const shown = (await (await get().call('GET', '/v1/webhook', { token: apiKey })).json()) as WebhookEndpoint
    expect(shown.url).toBe('https://hooks.shop.example/in')
    expect(JSON.stringify(shown)).not.toContain(SECRET)
    await get().call('PUT', '/v1/webhook', { token: apiKey, body: { url: receiver.url, secret: SECRET } })
  })

  it('queues nothing for a retailer without a webhook, and nothing when a change is refused', async () => {
    const other = await createTenant(get(), { name: 'No hooks' })
    const before = (await get().rowCounts()).webhook_outbox
    await shopper(get(), (await createShipment(get(), other.apiKey)).trackingToken)('PUT', '/safe-place', { place: 'porch' })
    const full = await createWindow(get(), apiKey, { start: '2026-11-24T08:00:00Z', end: '2026-11-24T10:00:00Z', capacity: 0 })
    const refused = await shopper(get(), (await createShipment(get(), apiKey)).trackingToken)('POST', '/reschedule', { windowId: full })
    expect(refused.status).toBe(409)
    expect((await get().rowCounts()).webhook_outbox).toBe(before)
  })

  it("never makes a shopper wait for a retailer's webhook that hangs", async () => {
    const held: Array<() => void> = []
    const hanging = createServer((_req, res) => held.push(() => res.end()))
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve))
    const other = await createTenant(get(), { name: 'Slow receiver' })
    await get().call('PUT', '/v1/webhook', {
      token: other.apiKey,
      body: { url: `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/in`, secret: SECRET },
    })
    const as = shopper(get(), (await createShipment(get(), other.apiKey)).trackingToken)
    get().webhookWorker.start()
    try {
      await as('PUT', '/safe-place', { place: 'porch' })
      await expect.poll(() => held.length).toBe(1)
      // The receiver still holds the first event; the shopper's next change goes through anyway.
      const res = await as('PUT', '/safe-place', { place: 'garage' })
      expect(res.status).toBe(200)
      expect(held).toHaveLength(1)
    } finally {
      await get().webhookWorker.stop()
      for (const release of held) release()
      await new Promise<void>((resolve) => hanging.close(() => resolve()))
    }
  })
})
