import type { Problem, Route } from '@porchlight/shared'
import { beforeAll, expect, it } from 'vitest'
import { createShipment, createTenant, postEvent } from '../../../test/fixtures.ts'
import { describeWithDatabases } from '../../../test/test-app.ts'

describeWithDatabases('routes and positions', (get) => {
  let apiKey: string
  let otherKey: string
  beforeAll(async () => {
    apiKey = (await createTenant(get())).apiKey
    otherKey = (await createTenant(get(), { name: 'Other' })).apiKey
  })

  const putRoute = (routeId: string, shipmentIds: string[], key = apiKey) =>
    get().call('PUT', `/v1/routes/${routeId}`, {
      token: key,
      body: { driver: { name: 'Sam' }, stops: shipmentIds.map((shipmentId) => ({ shipmentId, serviceMinutes: 3 })) },
    })
  const getRoute = async (routeId: string) =>
    (await (await get().call('GET', `/v1/routes/${routeId}`, { token: apiKey })).json()) as Route
  const ping = (minute: number, lat = 48.85) => ({ lat, lng: 2.35, at: new Date(Date.UTC(2026, 10, 21, 8, minute)).toISOString() })

  it('creates a route, then replaces its stops', async () => {
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => createShipment(get(), apiKey)))
    const created = await putRoute('R-1', [a!.id, b!.id])
    expect(created.status).toBe(201)
    expect(((await created.json()) as Route).stops.map((s) => s.shipmentId)).toEqual([a!.id, b!.id])
    const replaced = await putRoute('R-1', [c!.id, a!.id])
    expect(replaced.status).toBe(200)
    expect((await getRoute('R-1')).stops.map((s) => s.shipmentId)).toEqual([c!.id, a!.id])
  })

  it('moves a shipment that was on another route', async () => {
    const s = await createShipment(get(), apiKey)
    await putRoute('R-move-1', [s.id])
    await putRoute('R-move-2', [s.id])
    expect((await getRoute('R-move-1')).stops).toEqual([])
    expect((await getRoute('R-move-2')).stops.map((x) => x.shipmentId)).toEqual([s.id])
  })

  it("refuses another retailer's shipment as a stop, naming it, and writes nothing", async () => {
    const mine = await createShipment(get(), apiKey)
    const theirs = await createShipment(get(), otherKey)
    const before = await get().rowCounts()
    const res = await putRoute('R-foreign', [mine.id, theirs.id])
    expect(res.status).toBe(400)
    expect(((await res.json()) as Problem).errors).toEqual([{ path: 'stops.1.shipmentId', message: 'is not a shipment of yours' }])
    expect(await get().rowCounts()).toEqual(before)
  })

  it('refuses a shipment listed twice', async () => {
    const s = await createShipment(get(), apiKey)
    const res = await putRoute('R-twice', [s.id, s.id])
    expect(res.status).toBe(400)
    expect(((await res.json()) as Problem).errors?.[0]?.path).toBe('stops')
  })

  it('marks a stop done when its shipment is delivered or not', async () => {
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => createShipment(get(), apiKey)))
    await putRoute('R-done', [a!.id, b!.id, c!.id])
    await postEvent(get(), apiKey, a!.id, { type: 'delivered', at: ping(1).at })
    await postEvent(get(), apiKey, b!.id, { type: 'failed_attempt', at: ping(2).at })
    expect((await getRoute('R-done')).stops.map((s) => s.done)).toEqual([true, true, false])
  })

  it('keeps each ping once and the latest instant as the position, whatever the order', async () => {
    const s = await createShipment(get(), apiKey)
    await putRoute('R-pings', [s.id])
    const post = (positions: unknown[]) => get().call('POST', '/v1/routes/R-pings/positions', { token: apiKey, body: { positions } })
    const first = await post([ping(5, 48.5), ping(3, 48.3), ping(3, 48.3)])
    expect(first.status).toBe(202)
    expect(await first.json()).toEqual({ accepted: 2, duplicates: 1 })
    expect(await (await post([ping(4, 48.4), ping(5, 48.5)])).json()).toEqual({ accepted: 1, duplicates: 1 })
    expect((await getRoute('R-pings')).lastPosition).toEqual({ lat: 48.5, lng: 2.35, at: ping(5).at })
  })

  it('refuses a batch holding a ping dated ahead of the clock, so it cannot stay the position for good', async () => {
    const s = await createShipment(get(), apiKey)
    await putRoute('R-future', [s.id])
    const post = (positions: unknown[]) => get().call('POST', '/v1/routes/R-future/positions', { token: apiKey, body: { positions } })
    const before = await get().rowCounts()
    const future = await post([ping(1), { lat: 48.9, lng: 2.35, at: '2099-01-01T00:00:00Z' }])
    expect(future.status).toBe(400)
    expect(((await future.json()) as Problem).errors).toEqual([{ path: 'positions.1.at', message: 'must not be in the future' }])
    expect(await get().rowCounts()).toEqual(before)
    // A phone a few minutes fast is fine; later real pings then take over as they come.
    const slightlyAhead = new Date(get().clock.now().getTime() + 4 * 60_000).toISOString()
    expect((await post([{ lat: 48.7, lng: 2.35, at: slightlyAhead }])).status).toBe(202)
    expect((await getRoute('R-future')).lastPosition).toEqual({ lat: 48.7, lng: 2.35, at: slightlyAhead })
  })

  it('refuses more than 500 pings a call, and pings for an unknown route', async () => {
    const tooMany = Array.from({ length: 501 }, (_, i) => ping(i % 60))
    const big = await get().call('POST', '/v1/routes/R-pings/positions', { token: apiKey, body: { positions: tooMany } })
    expect(big.status).toBe(400)
    expect(((await big.json()) as Problem).errors?.[0]?.path).toBe('positions')
    const unknown = await get().call('POST', '/v1/routes/R-nowhere/positions', { token: apiKey, body: { positions: [ping(1)] } })
    expect(unknown.status).toBe(404)
    const theirs = await get().call('GET', '/v1/routes/R-pings', { token: otherKey })
    expect(theirs.status).toBe(404)
  })
})
