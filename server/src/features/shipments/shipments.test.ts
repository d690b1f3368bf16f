import type { Problem, ShipmentDetail, ShipmentList } from '@porchlight/shared'
import { beforeAll, expect, it } from 'vitest'
import { createShipment, createTenant, shipmentBody } from '../../../test/fixtures.ts'
import { describeWithDatabases } from '../../../test/test-app.ts'

describeWithDatabases('retailer shipments API', (get) => {
  let apiKey: string
  let otherKey: string
  beforeAll(async () => {
    apiKey = (await createTenant(get())).apiKey
    otherKey = (await createTenant(get(), { name: 'Other Shop' })).apiKey
  })

  it('creates a shipment and returns a tracking token and URL', async () => {
    const res = await get().call('POST', '/v1/shipments', { token: apiKey, body: shipmentBody() })
    expect(res.status).toBe(201)
    const body = (await res.json()) as { id: string; trackingToken: string; trackingUrl: string }
    expect(body.id).toMatch(/^shp_/)
    // base64url of 24 random bytes: 192 bits.
    expect(body.trackingToken).toMatch(/^[\w-]{32}$/)
    expect(body.trackingUrl).toBe(`https://track.example/t/${body.trackingToken}`)
  })

  it('stores the tracking token hashed, never in clear', async () => {
    const { trackingToken } = await createShipment(get(), apiKey)
    const dump = JSON.stringify(await get().database.db.query.trackingTokens.findMany())
    expect(dump).not.toContain(trackingToken)
  })

  it('answers 409 to a repeated orderRef and writes nothing', async () => {
    const body = shipmentBody()
    expect((await get().call('POST', '/v1/shipments', { token: apiKey, body })).status).toBe(201)
    const before = await get().rowCounts()
    const res = await get().call('POST', '/v1/shipments', { token: apiKey, body })
    expect(res.status).toBe(409)
    expect(((await res.json()) as Problem).code).toBe('order_ref_taken')
    expect(await get().rowCounts()).toEqual(before)
  })

  it('lets two retailers use the same orderRef', async () => {
    const body = shipmentBody()
    expect((await get().call('POST', '/v1/shipments', { token: apiKey, body })).status).toBe(201)
    expect((await get().call('POST', '/v1/shipments', { token: otherKey, body })).status).toBe(201)
  })

  it('returns the full shipment to its own retailer', async () => {
    const created = await createShipment(get(), apiKey, { recipient: { name: 'Jo Bloggs', phone: '+44 20 7946 0958' } })
    const res = await get().call('GET', `/v1/shipments/${created.id}`, { token: apiKey })
    expect(res.status).toBe(200)
    const detail = (await res.json()) as ShipmentDetail
    expect(detail).toMatchObject({
      id: created.id,
      orderRef: created.orderRef,
      status: 'pending',
      recipient: { name: 'Jo Bloggs', phone: '+44 20 7946 0958' },
      address: { city: 'Paris', timeZone: 'Europe/Paris', lat: 48.8566 },
      promisedWindow: { start: '2026-11-21T13:00:00.000Z', end: '2026-11-21T15:00:00.000Z' },
      events: [],
      preferences: { window: null, safePlace: null, instructions: null, pickupPoint: null },
      feedback: null,
    })
  })

  it("answers 404 for another retailer's shipment, as for an unknown one", async () => {
    const { id } = await createShipment(get(), apiKey)
    const other = await get().call('GET', `/v1/shipments/${id}`, { token: otherKey })
    const unknown = await get().call('GET', '/v1/shipments/shp_doesnotexist', { token: otherKey })
    expect(other.status).toBe(404)
    expect(unknown.status).toBe(404)
    const [a, b] = (await Promise.all([other.json(), unknown.json()])) as Problem[]
    expect(a?.detail).toBe(b?.detail)
  })

  it('lists only its own shipments, newest first, page by page', async () => {
    const { apiKey: key } = await createTenant(get(), { name: 'Paging Shop' })
    const ids: string[] = []
    for (let i = 0; i < 5; i++) {
      get().clock.set(new Date(Date.UTC(2026, 10, 21, 9, i)))
      ids.push((await createShipment(get(), key)).id)
    }
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2'
      const res = await get().call('GET', `/v1/shipments${query}`, { token: key })
      expect(res.status).toBe(200)
      const page = (await res.json()) as ShipmentList
      expect(page.shipments.length).toBeLessThanOrEqual(2)
      seen.push(...page.shipments.map((s) => s.id))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen).toEqual([...ids].reverse())
  })

  it('filters the list by status and by orderRef', async () => {
    const { apiKey: key } = await createTenant(get(), { name: 'Filter Shop' })
    const out = await createShipment(get(), key)
    await createShipment(get(), key)
    await get().call('POST', `/v1/shipments/${out.id}/events`, {
      token: key,
      body: { type: 'out_for_delivery', at: '2026-11-21T08:00:00Z' },
    })
    const byStatus = (await (await get().call('GET', '/v1/shipments?status=out_for_delivery', { token: key })).json()) as ShipmentList
    expect(byStatus.shipments.map((s) => s.id)).toEqual([out.id])
    const byRef = (await (await get().call('GET', `/v1/shipments?orderRef=${out.orderRef}`, { token: key })).json()) as ShipmentList
    expect(byRef.shipments.map((s) => s.id)).toEqual([out.id])
  })

  it('rejects a cursor it did not issue with a problem naming the field', async () => {
    const res = await get().call('GET', '/v1/shipments?cursor=garbage!', { token: apiKey })
    expect(res.status).toBe(400)
    expect(((await res.json()) as Problem).errors).toEqual([{ path: 'query.cursor', message: expect.any(String) }])
  })

  it('refuses calls without a valid API key', async () => {
    for (const token of [undefined, 'pl_sk_wrong']) {
      const res = await get().call('GET', '/v1/shipments', token ? { token } : {})
      expect(res.status).toBe(401)
      expect(res.headers.get('WWW-Authenticate')).toBe('Bearer')
      expect(((await res.json()) as Problem).code).toBe('unauthorized')
    }
  })
})
