import type { AnalyticsSummary, Problem, TrackingView } from '@porchlight/shared'
import { beforeAll, expect, it } from 'vitest'
import { createShipment, createTenant, postEvent, shopper } from '../../../test/fixtures.ts'
import { describeWithDatabases } from '../../../test/test-app.ts'

const PARIS_21_TO_23 = 'from=2026-11-20T23:00:00Z&to=2026-11-22T23:00:00Z&timeZone=Europe/Paris'
const at = (iso: string) => new Date(iso)

/**
 * A known day: seven shipments, five delivered (one on time of two promised, one inside of two
 * windows shown), two ratings, two preference changes, two messages, one shipment the next day.
 */
describeWithDatabases('retailer analytics', (get) => {
  let apiKey: string
  let summary: AnalyticsSummary

  const clockTo = (iso: string) => get().clock.set(at(iso))
  const deliver = (id: string, when: string) => postEvent(get(), apiKey, id, { type: 'delivered', at: when })
  const waitForEta = async (token: string, ok: (v: TrackingView) => boolean) => {
    for (let i = 0; i < 50; i++) {
      const v = (await (await get().call('GET', `/v1/track/${token}`)).json()) as TrackingView
      if (ok(v)) return v.eta!
      await new Promise((r) => setTimeout(r, 50))
    }
    throw new Error('no ETA in time')
  }

  beforeAll(async () => {
    apiKey = (await createTenant(get(), { name: 'Analytics Shop' })).apiKey
    clockTo('2026-11-21T09:00:00Z')
    const promised = { start: '2026-11-21T07:00:00Z', end: '2026-11-21T09:00:00Z' }
    const s1 = await createShipment(get(), apiKey, { promisedWindow: promised })
    const s2 = await createShipment(get(), apiKey, { promisedWindow: promised })
    const s3 = await createShipment(get(), apiKey, { promisedWindow: undefined })
    const s4 = await createShipment(get(), apiKey)
    await deliver(s1.id, '2026-11-21T08:30:00Z')
    await deliver(s2.id, '2026-11-21T06:00:00Z')
    await deliver(s3.id, '2026-11-21T08:45:00Z')

    // Two stops on a route: one delivered inside the window it was shown, one well after.
    const address = (lat: number) => ({ line1: '1 rue A', city: 'Paris', postcode: '75011', country: 'FR', lat, lng: 2.35, timeZone: 'Europe/Paris' })
    const s5 = await createShipment(get(), apiKey, { promisedWindow: undefined, address: address(48.8536) })
    const s6 = await createShipment(get(), apiKey, { promisedWindow: undefined, address: address(48.8572) })
    for (const s of [s5, s6]) await postEvent(get(), apiKey, s.id, { type: 'out_for_delivery', at: '2026-11-21T08:00:00Z' })
    await get().call('PUT', '/v1/routes/AN-1', { token: apiKey, body: { driver: { name: 'Sam' }, stops: [{ shipmentId: s5.id }, { shipmentId: s6.id }] } })
    await get().call('POST', '/v1/routes/AN-1/positions', { token: apiKey, body: { positions: [{ lat: 48.85, lng: 2.35, at: '2026-11-21T09:00:00Z' }] } })
    const shownToS5 = await waitForEta(s5.trackingToken, (v) => v.eta !== null)
    await waitForEta(s6.trackingToken, (v) => v.eta !== null)
    const inside = new Date(Date.parse(shownToS5.start) + 60_000).toISOString()
    clockTo(inside)
    await deliver(s5.id, inside)
    await waitForEta(s6.trackingToken, (v) => v.eta?.stopsAway === 0)
    clockTo('2026-11-21T13:00:00Z')
    await deliver(s6.id, '2026-11-21T13:00:00Z')

    clockTo('2026-11-21T15:00:00Z')
    await shopper(get(), s1.trackingToken)('POST', '/feedback', { rating: 5, tags: ['on_time'] })
    await shopper(get(), s2.trackingToken)('POST', '/feedback', { rating: 2, tags: ['late', 'damaged'] })
    await shopper(get(), s4.trackingToken)('PUT', '/safe-place', { place: 'porch' })
    await shopper(get(), s4.trackingToken)('PUT', '/instructions', { text: 'Ring twice' })
    await shopper(get(), s4.trackingToken)('POST', '/messages', { body: 'Hello' })
    await get().call('POST', `/v1/shipments/${s4.id}/messages`, { token: apiKey, body: { author: 'support', body: 'Hi!' } })

    clockTo('2026-11-22T10:00:00Z')
    await createShipment(get(), apiKey)
    clockTo('2026-11-21T09:00:00Z')
    summary = (await (await get().call('GET', `/v1/analytics/summary?${PARIS_21_TO_23}`, { token: apiKey })).json()) as AnalyticsSummary
  }, 60_000)

  it('sums the period', () => {
    expect(summary).toMatchObject({
      shipments: 7,
      delivered: 5,
      onTimeRate: 0.5,
      etaHitRate: 0.5,
      averageRating: 3.5,
      feedbackCount: 2,
      preferenceChanges: 2,
      messages: 2,
      feedbackTags: { damaged: 1, late: 1, on_time: 1 },
    })
  })

  it("splits it by the tenant's days, with empty days present", () => {
    expect(summary.days).toEqual([
      { date: '2026-11-21', shipments: 6, delivered: 5, onTimeRate: 0.5, etaHitRate: 0.5, averageRating: 3.5, feedbackCount: 2, preferenceChanges: 2, messages: 2 },
      { date: '2026-11-22', shipments: 1, delivered: 0, onTimeRate: null, etaHitRate: null, averageRating: null, feedbackCount: 0, preferenceChanges: 0, messages: 0 },
    ])
  })

  it("counts only the tenant's own data, and checks the period", async () => {
    const other = (await createTenant(get(), { name: 'Empty Shop' })).apiKey
    const empty = (await (await get().call('GET', `/v1/analytics/summary?${PARIS_21_TO_23}`, { token: other })).json()) as AnalyticsSummary
    expect(empty).toMatchObject({ shipments: 0, delivered: 0, onTimeRate: null, etaHitRate: null, averageRating: null, messages: 0 })
    const backwards = await get().call('GET', '/v1/analytics/summary?from=2026-11-22T00:00:00Z&to=2026-11-21T00:00:00Z', { token: apiKey })
    expect(backwards.status).toBe(400)
    expect(((await backwards.json()) as Problem).errors?.[0]?.path).toBe('query.to')
  })
})
