import type { CreateEventResponse, Problem, ShipmentDetail } from '@porchlight/shared'
import { beforeAll, expect, it } from 'vitest'
import { createShipment, createTenant, postEvent } from '../../../test/fixtures.ts'
import { describeWithDatabases } from '../../../test/test-app.ts'

describeWithDatabases('shipment status events', (get) => {
  let apiKey: string
  let otherKey: string
  beforeAll(async () => {
    apiKey = (await createTenant(get())).apiKey
    otherKey = (await createTenant(get(), { name: 'Other Shop' })).apiKey
  })

  const detail = async (id: string) =>
    (await (await get().call('GET', `/v1/shipments/${id}`, { token: apiKey })).json()) as ShipmentDetail

  it('records an event and reports the status it leads to', async () => {
    const { id } = await createShipment(get(), apiKey)
    const res = await postEvent(get(), apiKey, id, { type: 'in_transit', at: '2026-11-21T06:00:00Z', note: 'Left the hub' })
    expect(res.status).toBe(201)
    expect(await res.json()).toMatchObject({ type: 'in_transit', at: '2026-11-21T06:00:00.000Z', note: 'Left the hub', status: 'in_transit' })
    expect((await detail(id)).status).toBe('in_transit')
  })

  it('derives the status from the latest event by time, even when reported late', async () => {
    const { id } = await createShipment(get(), apiKey)
    await postEvent(get(), apiKey, id, { type: 'out_for_delivery', at: '2026-11-21T08:00:00Z' })
    const late = await postEvent(get(), apiKey, id, { type: 'in_transit', at: '2026-11-21T05:00:00Z' })
    expect(((await late.json()) as CreateEventResponse).status).toBe('out_for_delivery')
    const shipment = await detail(id)
    expect(shipment.status).toBe('out_for_delivery')
    expect(shipment.events.map((e) => e.type)).toEqual(['in_transit', 'out_for_delivery'])
  })

  it('keeps one timeline entry when a carrier resends the same scan', async () => {
    const { id } = await createShipment(get(), apiKey)
    const first = await postEvent(get(), apiKey, id, { type: 'in_transit', at: '2026-11-21T06:00:00Z' })
    const again = await postEvent(get(), apiKey, id, { type: 'in_transit', at: '2026-11-21T06:00:00Z' })
    expect([first.status, again.status]).toEqual([201, 200])
    expect(((await again.json()) as CreateEventResponse).id).toBe(((await first.json()) as CreateEventResponse).id)
    expect((await detail(id)).events).toHaveLength(1)
  })

  it('replays the first answer for a repeated Idempotency-Key and writes nothing', async () => {
    const { id } = await createShipment(get(), apiKey)
    const headers = { 'Idempotency-Key': `evt-${id}` }
    const first = await postEvent(get(), apiKey, id, { type: 'delivered', at: '2026-11-21T08:30:00Z' }, headers)
    expect(first.status).toBe(201)
    const before = await get().rowCounts()
    const replay = await postEvent(get(), apiKey, id, { type: 'delivered', at: '2026-11-21T08:30:00Z' }, headers)
    expect(replay.status).toBe(201)
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true')
    expect(await replay.json()).toEqual(await first.json())
    expect(await get().rowCounts()).toEqual(before)
  })

  it('answers concurrent repeats of one Idempotency-Key with one write', async () => {
    const { id } = await createShipment(get(), apiKey)
    const headers = { 'Idempotency-Key': `race-${id}` }
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => postEvent(get(), apiKey, id, { type: 'in_transit', at: '2026-11-21T07:00:00Z' }, headers)),
    )
    expect(answers.map((r) => r.status)).toEqual(Array(8).fill(201))
    const ids = new Set(await Promise.all(answers.map(async (r) => ((await r.json()) as CreateEventResponse).id)))
    expect(ids.size).toBe(1)
    expect((await detail(id)).events).toHaveLength(1)
  })

  it('refuses an Idempotency-Key reused for a different event', async () => {
    const { id } = await createShipment(get(), apiKey)
    const headers = { 'Idempotency-Key': `reuse-${id}` }
    await postEvent(get(), apiKey, id, { type: 'in_transit', at: '2026-11-21T06:00:00Z' }, headers)
    const before = await get().rowCounts()
    const res = await postEvent(get(), apiKey, id, { type: 'delivered', at: '2026-11-21T08:00:00Z' }, headers)
    expect(res.status).toBe(422)
    expect(((await res.json()) as Problem).code).toBe('idempotency_key_reused')
    expect(await get().rowCounts()).toEqual(before)
  })

  it("answers 404 and writes nothing for another retailer's shipment", async () => {
    const { id } = await createShipment(get(), apiKey)
    const before = await get().rowCounts()
    const res = await postEvent(get(), otherKey, id, { type: 'delivered', at: '2026-11-21T08:00:00Z' })
    expect(res.status).toBe(404)
    expect(await get().rowCounts()).toEqual(before)
    expect((await detail(id)).status).toBe('pending')
  })

  it('tells live listeners when the status changes', async () => {
    const { id } = await createShipment(get(), apiKey)
    const heard: string[] = []
    const stop = get().deps.bus.subscribe(id, (e) => heard.push(`${e.seq}:${e.name}:${(e.data as { status: string }).status}`))
    await postEvent(get(), apiKey, id, { type: 'out_for_delivery', at: '2026-11-21T08:00:00Z' })
    await postEvent(get(), apiKey, id, { type: 'out_for_delivery', at: '2026-11-21T08:00:00Z' })
    stop()
    await postEvent(get(), apiKey, id, { type: 'delivered', at: '2026-11-21T08:40:00Z' })
    expect(heard).toEqual(['1:status:out_for_delivery'])
  })
})
