import type { CaseList, Problem, ShipmentDetail, TrackingView } from '@porchlight/shared'
import { beforeAll, expect, it } from 'vitest'
import { createShipment, createTenant, postEvent, shopper } from '../../../test/fixtures.ts'
import { describeWithDatabases } from '../../../test/test-app.ts'

describeWithDatabases('feedback after delivery', (get) => {
  let apiKey: string
  beforeAll(async () => {
    apiKey = (await createTenant(get())).apiKey
  })

  const delivered = async (note?: string) => {
    const s = await createShipment(get(), apiKey)
    await postEvent(get(), apiKey, s.id, { type: 'out_for_delivery', at: '2026-11-21T07:00:00Z' })
    await postEvent(get(), apiKey, s.id, { type: 'delivered', at: '2026-11-21T08:30:00Z', ...(note ? { note } : {}) })
    return s
  }

  it('cannot be left before the parcel is delivered', async () => {
    const { id, trackingToken } = await createShipment(get(), apiKey)
    await postEvent(get(), apiKey, id, { type: 'out_for_delivery', at: '2026-11-21T07:00:00Z' })
    const before = await get().rowCounts()
    const res = await shopper(get(), trackingToken)('POST', '/feedback', { rating: 5 })
    expect(res.status).toBe(409)
    expect(((await res.json()) as Problem).code).toBe('feedback_not_open')
    expect(await get().rowCounts()).toEqual(before)
  })

  it('is left once delivered, shown to the shopper and the retailer, and editable until it freezes', async () => {
    const { id, trackingToken } = await delivered()
    const as = shopper(get(), trackingToken)
    expect(((await (await as('GET', '')).json()) as TrackingView).capabilities.feedback).toBe(true)
    const first = await as('POST', '/feedback', { rating: 4, tags: ['on_time', 'careful_driver'], comment: 'Thanks!' })
    expect(first.status).toBe(201)
    const view = (await first.json()) as TrackingView
    expect(view.feedback).toEqual({ rating: 4, tags: ['on_time', 'careful_driver'], comment: 'Thanks!', editableUntil: '2026-11-24T09:00:00.000Z' })

    const edited = await as('POST', '/feedback', { rating: 5, tags: ['on_time'] })
    expect(edited.status).toBe(200)
    const detail = (await (await get().call('GET', `/v1/shipments/${id}`, { token: apiKey })).json()) as ShipmentDetail
    expect(detail.feedback).toEqual({ rating: 5, tags: ['on_time'], comment: null, editableUntil: '2026-11-24T09:00:00.000Z' })

    const start = get().clock.now()
    try {
      get().clock.set(new Date('2026-11-24T09:00:00Z'))
      const frozen = await as('POST', '/feedback', { rating: 1 })
      expect(frozen.status).toBe(409)
      expect(((await frozen.json()) as Problem).code).toBe('feedback_frozen')
      expect(((await (await as('GET', '')).json()) as TrackingView).capabilities.feedback).toBe(false)
    } finally {
      get().clock.set(start)
    }
  })

  it('opens a case with the delivery\'s evidence when the parcel was not received', async () => {
    const { id, trackingToken, orderRef } = await delivered('Left behind the bins')
    await shopper(get(), trackingToken)('POST', '/feedback', { rating: 1, tags: ['not_received'], comment: 'Nothing here' })
    // Editing again does not open a second case of the same kind.
    await shopper(get(), trackingToken)('POST', '/feedback', { rating: 1, tags: ['not_received', 'damaged'] })
    const { cases } = (await (await get().call('GET', '/v1/cases', { token: apiKey })).json()) as CaseList
    const mine = cases.filter((c) => c.shipmentId === id)
    expect(mine.map((c) => c.kind).sort()).toEqual(['damaged', 'not_received'])
    expect(mine.find((c) => c.kind === 'not_received')).toMatchObject({
      orderRef,
      rating: 1,
      comment: null,
      evidence: {
        proofNote: 'Left behind the bins',
        lastPosition: null,
        timeline: [expect.objectContaining({ type: 'out_for_delivery' }), expect.objectContaining({ type: 'delivered' })],
      },
    })
    const stranger = (await createTenant(get(), { name: 'Stranger' })).apiKey
    const theirs = (await (await get().call('GET', '/v1/cases', { token: stranger })).json()) as CaseList
    expect(theirs.cases).toEqual([])
  })

  it("reaches only the token's own shipment, and rejects bad input by field", async () => {
    const mine = await delivered()
    const other = await delivered()
    await shopper(get(), mine.trackingToken)('POST', '/feedback', { rating: 2 })
    const theirs = (await (await shopper(get(), other.trackingToken)('GET', '')).json()) as TrackingView
    expect(theirs.feedback).toBeNull()
    const before = await get().rowCounts()
    for (const [body, field] of [
      [{ rating: 6 }, 'rating'],
      [{ rating: 3.5 }, 'rating'],
      [{ rating: 3, tags: ['fast'] }, 'tags.0'],
      [{ rating: 3, comment: 'x'.repeat(1001) }, 'comment'],
    ] as const) {
      const res = await shopper(get(), other.trackingToken)('POST', '/feedback', body)
      expect(res.status).toBe(400)
      expect(((await res.json()) as Problem).errors?.map((e) => e.path)).toContain(field)
    }
    expect(await get().rowCounts()).toEqual(before)
  })
})
