import type { Problem, TrackingView } from '@porchlight/shared'
import { beforeAll, expect, it } from 'vitest'
import { shipmentEvents } from '../../db/schema/index.ts'
import { createShipment, createTenant, postEvent } from '../../../test/fixtures.ts'
import { describeWithDatabases } from '../../../test/test-app.ts'

describeWithDatabases('shopper tracking view', (get) => {
  let apiKey: string
  beforeAll(async () => {
    apiKey = (await createTenant(get(), { name: 'Maison Lumière', allowedOrigins: ['https://shop.example'] })).apiKey
  })

  const track = (token: string, headers: Record<string, string> = {}) =>
    get().call('GET', `/v1/track/${encodeURIComponent(token)}`, { headers })

  it("shows the shopper their shipment's status, timeline and promised window", async () => {
    const { id, trackingToken, orderRef } = await createShipment(get(), apiKey)
    await postEvent(get(), apiKey, id, { type: 'in_transit', at: '2026-11-21T06:00:00Z' })
    await postEvent(get(), apiKey, id, { type: 'out_for_delivery', at: '2026-11-21T08:00:00Z', note: 'With Sam' })
    const res = await track(trackingToken)
    expect(res.status).toBe(200)
    const view = (await res.json()) as TrackingView
    expect(view).toEqual({
      shipment: {
        orderRef,
        status: 'out_for_delivery',
        address: { line1: '12 rue des Lilas', city: 'Paris', postcode: '75011' },
        timeZone: 'Europe/Paris',
        promisedWindow: { start: '2026-11-21T13:00:00.000Z', end: '2026-11-21T15:00:00.000Z' },
        retailer: { name: 'Maison Lumière', brand: { accentColor: null, accentColorDark: null } },
      },
      eta: null,
      stopsAway: null,
      driver: null,
      timeline: [
        { id: expect.any(String), type: 'in_transit', at: '2026-11-21T06:00:00.000Z' },
        { id: expect.any(String), type: 'out_for_delivery', at: '2026-11-21T08:00:00.000Z', note: 'With Sam' },
      ],
      preferences: { window: null, safePlace: null, instructions: null, pickupPoint: null, accessNeeds: [] },
      feedback: null,
      capabilities: expect.any(Object),
      lastEventId: '2',
    })
  })

  it('never shows the recipient or anything of another shipment', async () => {
    const mine = await createShipment(get(), apiKey, { recipient: { name: 'Ada Secret', email: 'ada@example.com', phone: '+33 6 12 34 56 78' } })
    await createShipment(get(), apiKey)
    const body = await (await track(mine.trackingToken)).text()
    for (const secret of ['Ada Secret', 'ada@example.com', '+33 6 12 34 56 78', mine.id, '48.85']) {
      expect(body).not.toContain(secret)
    }
  })

  it('answers an unknown token with 404 problem+json, readable from any origin', async () => {
    const res = await track('not-a-real-token-at-all', { Origin: 'https://elsewhere.example' })
    expect(res.status).toBe(404)
    expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    expect(((await res.json()) as Problem).code).toBe('not_found')
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
  })

  it('keeps the token out of caches and referrers', async () => {
    const { trackingToken } = await createShipment(get(), apiKey)
    const res = await track(trackingToken)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(res.headers.get('Referrer-Policy')).toBe('no-referrer')
  })

  it("lets the retailer's own storefront read the view cross-origin, and no other site", async () => {
    const { trackingToken } = await createShipment(get(), apiKey)
    const allowed = await track(trackingToken, { Origin: 'https://shop.example' })
    expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe('https://shop.example')
    expect(allowed.headers.get('Vary')).toContain('Origin')
    const other = await track(trackingToken, { Origin: 'https://evil.example' })
    expect(other.status).toBe(200)
    expect(other.headers.get('Access-Control-Allow-Origin')).toBeNull()
  })

  it('shows a new status at once, and a change made elsewhere within a second', async () => {
    const { id, trackingToken } = await createShipment(get(), apiKey)
    const status = async () => ((await (await track(trackingToken)).json()) as TrackingView).shipment.status
    expect(await status()).toBe('pending')
    await postEvent(get(), apiKey, id, { type: 'in_transit', at: '2026-11-21T06:00:00Z' })
    expect(await status()).toBe('in_transit')
    // Another instance's write: straight to the database, unheard by this instance's bus.
    await get().database.db.insert(shipmentEvents).values({ id: 'evt_elsewhere', shipmentId: id, type: 'out_for_delivery', at: new Date('2026-11-21T08:00:00Z') })
    expect(await status()).toBe('in_transit')
    const now = get().clock.now()
    get().clock.set(new Date(now.getTime() + 1_001))
    expect(await status()).toBe('out_for_delivery')
    get().clock.set(now)
  })

  it('offers the changes the shopper can make now', async () => {
    const { trackingToken } = await createShipment(get(), apiKey)
    const view = (await (await track(trackingToken)).json()) as TrackingView
    expect(view.capabilities).toEqual({
      reschedule: true,
      safePlace: true,
      instructions: true,
      accessNeeds: true,
      pickupPoint: true,
      chat: true,
      feedback: false,
      push: true,
    })
  })
})
