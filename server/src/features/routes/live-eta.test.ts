import type { TrackingView } from '@porchlight/shared'
import { afterEach, beforeAll, expect, it } from 'vitest'
import { createShipment, createTenant, postEvent } from '../../../test/fixtures.ts'
import { sseReader } from '../../../test/sse.ts'
import { describeWithDatabases } from '../../../test/test-app.ts'

// Five stops 400 m apart along a street, the driver starting 400 m before the first.
const stopAt = (i: number) => ({ lat: 48.85 + 0.0036 * (i + 1), lng: 2.35 })

describeWithDatabases('live ETA and driver position', (get) => {
  let apiKey: string
  const readers: Array<{ cancel(): Promise<void> }> = []
  beforeAll(async () => {
    apiKey = (await createTenant(get())).apiKey
  })
  afterEach(async () => {
    await Promise.all(readers.splice(0).map((r) => r.cancel()))
  })

  const now = () => get().clock.now()
  const minutesFromNow = (m: number) => new Date(now().getTime() + m * 60_000).toISOString()

  async function routeOfFive(routeId: string, promised?: { start: string; end: string }) {
    const stops = []
    for (let i = 0; i < 5; i++) {
      const { lat, lng } = stopAt(i)
      const s = await createShipment(get(), apiKey, {
        address: { line1: `${i} rue A`, city: 'Paris', postcode: '75011', country: 'FR', lat, lng, timeZone: 'Europe/Paris' },
        ...(promised ? { promisedWindow: promised } : { promisedWindow: undefined }),
      })
      await postEvent(get(), apiKey, s.id, { type: 'out_for_delivery', at: minutesFromNow(-30) })
      stops.push(s)
    }
    const res = await get().call('PUT', `/v1/routes/${routeId}`, {
      token: apiKey,
      body: { driver: { name: 'Sam' }, stops: stops.map((s) => ({ shipmentId: s.id })) },
    })
    expect(res.status).toBe(201)
    return stops
  }
  const ping = (routeId: string, lat: number, minutesAgo = 0) =>
    get().call('POST', `/v1/routes/${routeId}/positions`, {
      token: apiKey,
      body: { positions: [{ lat, lng: 2.35, at: minutesFromNow(-minutesAgo) }] },
    })
  const view = async (token: string) => (await (await get().call('GET', `/v1/track/${token}`)).json()) as TrackingView
  const waitForView = async (token: string, ok: (v: TrackingView) => boolean) => {
    // The view cache is dropped by the bus; on PostgreSQL that is immediate for this instance.
    for (let i = 0; i < 20; i++) {
      const v = await view(token)
      if (ok(v)) return v
      await new Promise((r) => setTimeout(r, 50))
    }
    return view(token)
  }

  it('gives every remaining stop a window in the future, later stops later, with stops away', async () => {
    const stops = await routeOfFive('ETA-1')
    expect((await ping('ETA-1', 48.85)).status).toBe(202)
    const views = await Promise.all(stops.map((s) => waitForView(s.trackingToken, (v) => v.eta !== null)))
    expect(views.map((v) => v.eta?.stopsAway)).toEqual([0, 1, 2, 3, 4])
    for (const [i, v] of views.entries()) {
      const { start, end } = v.eta!
      expect(Date.parse(start)).toBeGreaterThanOrEqual(now().getTime())
      expect(Date.parse(end)).toBeGreaterThan(Date.parse(start))
      if (i > 0) expect(Date.parse(end)).toBeGreaterThan(Date.parse(views[i - 1]!.eta!.end))
    }
  })

  it('says how many stops come first from the route alone, before any ping, and counts down live', async () => {
    const stops = await routeOfFive('ETA-0')
    const before = await view(stops[3]!.trackingToken)
    expect(before.eta).toBeNull()
    expect(before.stopsAway).toBe(3)
    expect((await view(stops[0]!.trackingToken)).stopsAway).toBe(0)
    const stream = sseReader(await get().call('GET', `/v1/track/${stops[3]!.trackingToken}/stream?after=${before.lastEventId}`))
    readers.push(stream)
    await postEvent(get(), apiKey, stops[0]!.id, { type: 'delivered', at: minutesFromNow(0) })
    expect(await stream.next()).toMatchObject({ event: 'eta', data: { eta: null, stopsAway: 2 } })
    expect((await waitForView(stops[3]!.trackingToken, (v) => v.stopsAway === 2)).stopsAway).toBe(2)
    expect((await view(stops[0]!.trackingToken)).stopsAway).toBeNull()
    // Once pings come, the window joins the count.
    await ping('ETA-0', 48.853)
    const windowed = await waitForView(stops[3]!.trackingToken, (v) => v.eta !== null)
    expect(windowed).toMatchObject({ stopsAway: 2, eta: { stopsAway: 2 } })
  })

  it('shows the driver to the nearest stops only, and to nobody once delivered', async () => {
    const stops = await routeOfFive('ETA-2')
    await ping('ETA-2', 48.85)
    const near = await waitForView(stops[3]!.trackingToken, (v) => v.driver?.position != null)
    expect(near.driver).toEqual({ name: 'Sam', position: { lat: 48.85, lng: 2.35, at: expect.any(String) } })
    const far = await view(stops[4]!.trackingToken)
    expect(far.driver).toEqual({ name: 'Sam', position: null })
    await postEvent(get(), apiKey, stops[0]!.id, { type: 'delivered', at: minutesFromNow(0) })
    const delivered = await waitForView(stops[0]!.trackingToken, (v) => v.shipment.status === 'delivered')
    expect(delivered.driver).toBeNull()
    expect(delivered.eta).toBeNull()
    // One stop fewer ahead: the fifth stop is now close enough to see the driver.
    const nowNear = await waitForView(stops[4]!.trackingToken, (v) => v.eta?.stopsAway === 3)
    expect(nowNear.driver?.position).not.toBeNull()
  })

  it("replays no driver position to anyone once the parcel is delivered, not even from the stream's start", async () => {
    const stops = await routeOfFive('ETA-2R')
    await ping('ETA-2R', 48.85)
    await waitForView(stops[0]!.trackingToken, (v) => v.driver?.position != null)
    const live = sseReader(await get().call('GET', `/v1/track/${stops[0]!.trackingToken}/stream?after=0`))
    readers.push(live)
    const before = await live.take(3)
    expect(before.map((e) => e.event)).toContain('position')
    await postEvent(get(), apiKey, stops[0]!.id, { type: 'delivered', at: minutesFromNow(0) })
    const replay = sseReader(await get().call('GET', `/v1/track/${stops[0]!.trackingToken}/stream?after=0`))
    readers.push(replay)
    const events = []
    for (;;) {
      const event = await replay.next(500).catch(() => undefined)
      if (!event) break
      events.push(event)
    }
    expect(events.map((e) => e.event)).toContain('status')
    expect(events.filter((e) => e.event === 'position')).toEqual([])
    expect(JSON.stringify(events)).not.toContain('"lat"')
  })

  it('streams the driver position and the new window to a waiting shopper', async () => {
    const stops = await routeOfFive('ETA-3')
    const { lastEventId } = await view(stops[1]!.trackingToken)
    const stream = sseReader(await get().call('GET', `/v1/track/${stops[1]!.trackingToken}/stream?after=${lastEventId}`))
    readers.push(stream)
    await ping('ETA-3', 48.85)
    const events = await stream.take(2)
    expect(events.map((e) => e.event).sort()).toEqual(['eta', 'position'])
    const eta = events.find((e) => e.event === 'eta')!.data as { eta: { stopsAway: number } }
    expect(eta.eta.stopsAway).toBe(1)
  })

  it('adds one delay entry when the window no longer fits the promised one', async () => {
    const promised = { start: minutesFromNow(-120), end: minutesFromNow(-60) }
    const stops = await routeOfFive('ETA-4', promised)
    await ping('ETA-4', 48.85)
    await ping('ETA-4', 48.851)
    const v = await waitForView(stops[2]!.trackingToken, (x) => x.timeline.some((e) => e.type === 'delay'))
    expect(v.timeline.filter((e) => e.type === 'delay')).toHaveLength(1)
    // A delay is news, not a status.
    expect(v.shipment.status).toBe('out_for_delivery')
  })

  it('widens the window of a driver who has gone quiet, without waiting for a ping', async () => {
    const stops = await routeOfFive('ETA-5')
    await ping('ETA-5', 48.85)
    const before = (await waitForView(stops[2]!.trackingToken, (v) => v.eta !== null)).eta!
    const width = (eta: { start: string; end: string }) => Date.parse(eta.end) - Date.parse(eta.start)
    const start = now().getTime()
    try {
      // Fifteen minutes without a ping; the periodic chore notices.
      get().clock.set(new Date(start + 15 * 60_000))
      await get().runChores()
      const after = (await waitForView(stops[2]!.trackingToken, (v) => v.eta?.updatedAt !== before.updatedAt)).eta!
      expect(after.updatedAt).toBe(new Date(start + 15 * 60_000).toISOString())
      expect(width(after)).toBeGreaterThan(width(before))
      expect(Date.parse(after.start)).toBeGreaterThanOrEqual(start + 15 * 60_000)
    } finally {
      get().clock.set(new Date(start))
    }
  })
})
