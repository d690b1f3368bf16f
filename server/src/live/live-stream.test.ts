import type { Problem, TrackingView } from '@porchlight/shared'
import { afterEach, beforeAll, expect, it } from 'vitest'
import { createShipment, createTenant, postEvent } from '../../test/fixtures.ts'
import { sseReader } from '../../test/sse.ts'
import { describeWithDatabases, TEST_STREAM_CAPS } from '../../test/test-app.ts'
import { appendLiveEvent } from './append-live-event.ts'

describeWithDatabases('live stream', (get) => {
  let apiKey: string
  const open: Array<{ cancel(): Promise<void> }> = []
  beforeAll(async () => {
    apiKey = (await createTenant(get(), { allowedOrigins: ['https://shop.example'] })).apiKey
  })
  afterEach(async () => {
    await Promise.all(open.splice(0).map((r) => r.cancel()))
  })

  const connect = async (token: string, headers: Record<string, string> = {}, query = '') => {
    const res = await get().call('GET', `/v1/track/${token}/stream${query}`, { headers })
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toContain('text/event-stream')
    const reader = sseReader(res)
    open.push(reader)
    return reader
  }
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 21, 6, minute)).toISOString()

  it('brings a status the retailer posts to the open stream', async () => {
    const { id, trackingToken } = await createShipment(get(), apiKey)
    const view = (await (await get().call('GET', `/v1/track/${trackingToken}`)).json()) as TrackingView
    const stream = await connect(trackingToken, {}, `?after=${view.lastEventId}`)
    await postEvent(get(), apiKey, id, { type: 'out_for_delivery', at: at(0), note: 'With Sam' })
    const event = await stream.next()
    expect(event).toMatchObject({
      id: '1',
      event: 'status',
      data: { status: 'out_for_delivery', entry: { type: 'out_for_delivery', note: 'With Sam' } },
    })
  })

  it('caps the streams one link and one client can hold open, with a 429 that says so, and frees a place when one closes', async () => {
    const { perLink, perClient } = TEST_STREAM_CAPS
    const one = await createShipment(get(), apiKey)
    const held = []
    for (let i = 0; i < perLink; i++) held.push(await connect(one.trackingToken, { 'X-Test-Client': `tab-${i}` }))
    const refused = await get().call('GET', `/v1/track/${one.trackingToken}/stream`, { headers: { 'X-Test-Client': 'tab-x' } })
    expect(refused.status).toBe(429)
    expect(refused.headers.get('Content-Type')).toContain('application/problem+json')
    expect(refused.headers.get('Retry-After')).toBe('30')
    expect(((await refused.json()) as Problem).code).toBe('rate_limited')
    await held[0]!.cancel()
    await connect(one.trackingToken, { 'X-Test-Client': 'tab-x' })

    const many = []
    for (let i = 0; i < perClient; i++) many.push((await createShipment(get(), apiKey)).trackingToken)
    for (const token of many.slice(0, perClient)) await connect(token, { 'X-Test-Client': 'one-office' })
    const extra = (await createShipment(get(), apiKey)).trackingToken
    expect((await get().call('GET', `/v1/track/${extra}/stream`, { headers: { 'X-Test-Client': 'one-office' } })).status).toBe(429)
    await connect(extra, { 'X-Test-Client': 'another-office' })
  })

  it('replays what a dropped connection missed, in order, without repeating what it had', async () => {
    const { id, trackingToken } = await createShipment(get(), apiKey)
    const first = await connect(trackingToken, {}, '?after=0')
    await postEvent(get(), apiKey, id, { type: 'label_created', at: at(1) })
    await postEvent(get(), apiKey, id, { type: 'in_transit', at: at(2) })
    const seen = await first.take(2)
    await first.cancel()
    await postEvent(get(), apiKey, id, { type: 'out_for_delivery', at: at(3) })
    await postEvent(get(), apiKey, id, { type: 'delivered', at: at(4) })
    const resumed = await connect(trackingToken, { 'Last-Event-ID': seen.at(-1)!.id })
    const missed = await resumed.take(2)
    await postEvent(get(), apiKey, id, { type: 'returned', at: at(5) })
    const after = await resumed.next()
    const all = [...seen, ...missed, after].map((e) => `${e.id}:${(e.data as { status: string }).status}`)
    expect(all).toEqual(['1:label_created', '2:in_transit', '3:out_for_delivery', '4:delivered', '5:returned'])
    await expect(resumed.next(300)).rejects.toThrow('no event in time')
  })

  it('puts events back in order when the bus delivers them out of order', async () => {
    const { id: shipmentId, trackingToken } = await createShipment(get(), apiKey)
    const stream = await connect(trackingToken, {}, '?after=0')
    const written = await get().database.db.transaction(async (tx) => [
      await appendLiveEvent(tx, shipmentId, 'eta', { eta: null }),
      await appendLiveEvent(tx, shipmentId, 'eta', { eta: null }),
      await appendLiveEvent(tx, shipmentId, 'eta', { eta: null }),
    ])
    // Only the last one reaches this instance's bus: the stream must fetch the two before it.
    await get().deps.bus.publish([written[2]!])
    await get().deps.bus.publish([written[0]!, written[1]!])
    expect((await stream.take(3)).map((e) => e.id)).toEqual(['1', '2', '3'])
    await expect(stream.next(300)).rejects.toThrow('no event in time')
  })

  it('keeps a client that stops reading to 64 KiB unread, and then sends it all it missed, in order, once', async () => {
    const { id: shipmentId, trackingToken } = await createShipment(get(), apiKey)
    const stream = await connect(trackingToken, {}, '?after=0')
    // About 700 bytes a frame: 200 of them are twice what the server holds for one client.
    const position = { driver: { name: `Sam ${'.'.repeat(640)}`, position: null } }
    const written: string[] = []
    for (let batch = 0; batch < 4; batch += 1) {
      const events = await get().database.db.transaction(async (tx) => {
        const appended = []
        for (let i = 0; i < 50; i += 1) appended.push(await appendLiveEvent(tx, shipmentId, 'position', position))
        return appended
      })
      await get().deps.bus.publish(events)
      written.push(...events.map((event) => String(event.seq)))
    }
    expect((await stream.take(200)).map((event) => event.id)).toEqual(written)
    await expect(stream.next(300)).rejects.toThrow('no event in time')
  })

  it("lets the retailer's storefront hold the stream cross-origin", async () => {
    const { trackingToken } = await createShipment(get(), apiKey)
    const res = await get().call('GET', `/v1/track/${trackingToken}/stream`, { headers: { Origin: 'https://shop.example' } })
    open.push(sseReader(res))
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('https://shop.example')
    expect(res.headers.get('Cache-Control')).toBe('no-store')
  })

  it('answers an unknown token with 404 problem+json', async () => {
    const res = await get().call('GET', '/v1/track/nope-nope-nope/stream')
    expect(res.status).toBe(404)
    expect(res.headers.get('Content-Type')).toBe('application/problem+json')
  })
})
