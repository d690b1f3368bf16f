import type { NearbyPickupPointList, PickupPoint, Problem, TrackingView } from '@porchlight/shared'
import { beforeAll, expect, it } from 'vitest'
import { createShipment, createTenant, createWindow, pickupPointBody, postEvent, shopper } from '../../../test/fixtures.ts'
import { describeWithDatabases } from '../../../test/test-app.ts'

// Shipments are at 48.8566, 2.3522 (central Paris).
describeWithDatabases('pickup points', (get) => {
  let apiKey: string
  beforeAll(async () => {
    apiKey = (await createTenant(get())).apiKey
    const put = (id: string, body: Record<string, unknown>) => get().call('PUT', `/v1/pickup-points/${id}`, { token: apiKey, body })
    await put('bastille', pickupPointBody({ name: 'Casier Bastille', capacity: 1 }))
    await put('louvre', pickupPointBody({
      name: 'Tabac du Louvre',
      kind: 'shop',
      address: { ...pickupPointBody().address, line1: '1 rue de Rivoli', postcode: '75001', lat: 48.8606, lng: 2.3376 },
      openingHours: [{ day: 'sat', opens: '08:00', closes: '20:00' }],
      capacity: 10,
    }))
    await put('lyon', pickupPointBody({
      name: 'Casier Part-Dieu',
      address: { ...pickupPointBody().address, city: 'Lyon', postcode: '69003', lat: 45.7606, lng: 4.8593 },
    }))
  })

  const assigned = async (id: string) => {
    const res = await get().call('GET', '/v1/pickup-points', { token: apiKey })
    return ((await res.json()) as { pickupPoints: PickupPoint[] }).pickupPoints.find((p) => p.id === id)?.assigned
  }

  it('lists the nearest points first with distance, opening and availability, none far away', async () => {
    const as = shopper(get(), (await createShipment(get(), apiKey)).trackingToken)
    const { pickupPoints } = (await (await as('GET', '/pickup-points')).json()) as NearbyPickupPointList
    expect(pickupPoints.map((p) => p.id)).toEqual(['louvre', 'bastille'])
    // Saturday 21 November 2026, 10:00 in Paris: the shop is open; the locker has no hours.
    expect(pickupPoints[0]).toMatchObject({ kind: 'shop', available: true, openNow: true, chosen: false, timeZone: 'Europe/Paris' })
    expect(pickupPoints[0]!.distanceM).toBeGreaterThan(1_000)
    expect(pickupPoints[0]!.distanceM).toBeLessThan(1_400)
    expect(pickupPoints[1]).toMatchObject({ kind: 'locker', openNow: null })
  })

  it('sends the parcel to a point and back home, holding and freeing its place', async () => {
    const window = await createWindow(get(), apiKey, { start: '2026-11-23T08:00:00Z', end: '2026-11-23T10:00:00Z', capacity: 3 })
    const as = shopper(get(), (await createShipment(get(), apiKey)).trackingToken)
    await as('POST', '/reschedule', { windowId: window })
    const chose = (await (await as('PUT', '/pickup-point', { pickupPointId: 'louvre' })).json()) as TrackingView
    expect(chose.preferences.pickupPoint).toEqual({
      id: 'louvre',
      name: 'Tabac du Louvre',
      kind: 'shop',
      address: { line1: '1 rue de Rivoli', city: 'Paris', postcode: '75001' },
    })
    // The home window it held is given up, and cannot be booked while the parcel goes to a shop.
    expect(chose.preferences.window).toBeNull()
    expect(chose.capabilities.reschedule).toBe(false)
    expect(await assigned('louvre')).toBe(1)
    const windows = await get().call('GET', '/v1/windows?from=2026-11-23T00:00:00Z', { token: apiKey })
    expect((await windows.json()) as unknown).toMatchObject({ windows: [{ id: window, booked: 0 }] })

    const home = (await (await as('DELETE', '/pickup-point')).json()) as TrackingView
    expect(home.preferences.pickupPoint).toBeNull()
    expect(home.capabilities.reschedule).toBe(true)
    expect(await assigned('louvre')).toBe(0)
  })

  it('never puts more parcels in a locker than it holds', async () => {
    const first = shopper(get(), (await createShipment(get(), apiKey)).trackingToken)
    const second = shopper(get(), (await createShipment(get(), apiKey)).trackingToken)
    const answers = await Promise.all([first, second].map((as) => as('PUT', '/pickup-point', { pickupPointId: 'bastille' })))
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409])
    const refused = answers.find((r) => r.status === 409)!
    expect(((await refused.json()) as Problem).code).toBe('pickup_point_full')
    expect(await assigned('bastille')).toBe(1)
  })

  it("refuses to lower a point's capacity below the parcels on their way to it", async () => {
    await get().call('PUT', '/v1/pickup-points/small', { token: apiKey, body: pickupPointBody({ capacity: 2 }) })
    await shopper(get(), (await createShipment(get(), apiKey)).trackingToken)('PUT', '/pickup-point', { pickupPointId: 'small' })
    const res = await get().call('PUT', '/v1/pickup-points/small', { token: apiKey, body: pickupPointBody({ capacity: 0 }) })
    expect(res.status).toBe(409)
    expect(((await res.json()) as Problem).code).toBe('capacity_below_assigned')
    const ok = await get().call('PUT', '/v1/pickup-points/small', { token: apiKey, body: pickupPointBody({ capacity: 1, name: 'Renamed' }) })
    expect(ok.status).toBe(200)
    expect(((await ok.json()) as PickupPoint)).toMatchObject({ name: 'Renamed', capacity: 1, assigned: 1 })
  })

  it("cannot choose another retailer's point, and validates the retailer's input by field", async () => {
    const other = await createTenant(get(), { name: 'Other' })
    await get().call('PUT', '/v1/pickup-points/theirs', { token: other.apiKey, body: pickupPointBody() })
    const res = await shopper(get(), (await createShipment(get(), apiKey)).trackingToken)('PUT', '/pickup-point', { pickupPointId: 'theirs' })
    expect(res.status).toBe(400)
    expect(((await res.json()) as Problem).errors).toEqual([{ path: 'pickupPointId', message: expect.any(String) }])

    const before = await get().rowCounts()
    const bad = await get().call('PUT', '/v1/pickup-points/bad', {
      token: apiKey,
      body: pickupPointBody({ kind: 'drone', openingHours: [{ day: 'mon', opens: '18:00', closes: '09:00' }] }),
    })
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as Problem).errors?.map((e) => e.path).sort()).toEqual(['kind', 'openingHours.0.closes'])
    expect(await get().rowCounts()).toEqual(before)
  })

  it('gives the place back when the parcel is cancelled or returned', async () => {
    await get().call('PUT', '/v1/pickup-points/returns', { token: apiKey, body: pickupPointBody({ capacity: 1 }) })
    const first = await createShipment(get(), apiKey)
    await shopper(get(), first.trackingToken)('PUT', '/pickup-point', { pickupPointId: 'returns' })
    expect(await assigned('returns')).toBe(1)
    await postEvent(get(), apiKey, first.id, { type: 'cancelled', at: '2026-11-21T08:00:00Z' })
    expect(await assigned('returns')).toBe(0)
    const second = await createShipment(get(), apiKey)
    expect((await shopper(get(), second.trackingToken)('PUT', '/pickup-point', { pickupPointId: 'returns' })).status).toBe(200)
  })
})
