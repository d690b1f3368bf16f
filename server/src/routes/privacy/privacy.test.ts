import type { AnalyticsSummary, RecipientExport, ShipmentDetail } from '@porchlight/shared'
import { beforeAll, expect, it } from 'vitest'
import { createShipment, createTenant, postEvent, shopper } from '../../../test/fixtures.ts'
import { describeWithDatabases } from '../../../test/test-app.ts'

describeWithDatabases("a recipient's personal data: export, erasure, retention", (get) => {
  let apiKey: string
  beforeAll(async () => {
    apiKey = (await createTenant(get())).apiKey
  })

  const detail = async (id: string) => (await (await get().call('GET', `/v1/shipments/${id}`, { token: apiKey })).json()) as ShipmentDetail
  const recipient = (email: string) => ({ recipient: { name: 'Zoé Durand', email, phone: '+33 6 00 00 00 01' } })

  it('exports everything kept about one recipient, and nothing of anyone else or of another retailer', async () => {
    const a = await createShipment(get(), apiKey, recipient('zoe@example.com'))
    const b = await createShipment(get(), apiKey, recipient('zoe@example.com'))
    await createShipment(get(), apiKey, recipient('someone@example.com'))
    const other = await createTenant(get(), { name: 'Other' })
    await createShipment(get(), other.apiKey, recipient('zoe@example.com'))
    await shopper(get(), a.trackingToken)('PUT', '/instructions', { text: 'Code 1234, second floor' })
    await shopper(get(), a.trackingToken)('POST', '/messages', { body: 'Please ring twice' })
    const res = await get().call('GET', '/v1/recipients/data?email=zoe@example.com', { token: apiKey })
    const data = (await res.json()) as RecipientExport
    expect(data.shipments.map((s) => s.id).sort()).toEqual([a.id, b.id].sort())
    const first = data.shipments.find((s) => s.id === a.id)!
    expect(first.preferences.instructions).toEqual({ text: 'Code 1234, second floor' })
    expect(first.conversation.messages.map((m) => m.body)).toEqual(['Please ring twice'])
    expect((await get().call('GET', '/v1/recipients/data', { token: apiKey })).status).toBe(400)
  })

  it('erases a recipient on request, keeping the figures, and their links stop working', async () => {
    const a = await createShipment(get(), apiKey, recipient('erase-me@example.com'))
    await shopper(get(), a.trackingToken)('PUT', '/instructions', { text: 'Key under the mat' })
    await shopper(get(), a.trackingToken)('POST', '/messages', { body: 'I live at 12 rue des Lilas' })
    await postEvent(get(), apiKey, a.id, { type: 'delivered', at: '2026-11-21T08:00:00Z', note: 'Handed to Zoé' })
    await shopper(get(), a.trackingToken)('POST', '/feedback', { rating: 5, comment: 'Thanks Sam, see you at number 12' })
    const figures = async () =>
      (await (await get().call('GET', '/v1/analytics/summary?from=2026-11-20T00:00:00Z&to=2026-11-22T00:00:00Z', { token: apiKey })).json()) as AnalyticsSummary
    const before = await figures()

    const res = await get().call('POST', '/v1/recipients/erase', { token: apiKey, body: { email: 'erase-me@example.com' } })
    expect(await res.json()).toEqual({ erased: 1 })
    const erased = await detail(a.id)
    const text = JSON.stringify(erased)
    for (const secret of ['Zoé', 'erase-me@example.com', '+33 6', '12 rue', 'Key under the mat', 'number 12', 'Handed to']) {
      expect(text).not.toContain(secret)
    }
    expect(erased).toMatchObject({ status: 'delivered', address: { city: 'Paris', postcode: '75011', lat: 48.86, lng: 2.35 } })
    expect((await get().call('GET', `/v1/track/${a.trackingToken}/messages`)).status).toBe(404)
    const after = await figures()
    expect({ ...after, days: [] }).toEqual({ ...before, days: [] })
    // Asked again, there is nothing left to erase.
    expect(await (await get().call('POST', '/v1/recipients/erase', { token: apiKey, body: { email: 'erase-me@example.com' } })).json()).toEqual({ erased: 0 })
  })

  it("erases by itself what is older than the retailer's retention period", async () => {
    const old = await createShipment(get(), apiKey, recipient('old@example.com'))
    const recent = await createShipment(get(), apiKey, recipient('recent@example.com'))
    await postEvent(get(), apiKey, old.id, { type: 'delivered', at: '2026-08-01T10:00:00Z' })
    await postEvent(get(), apiKey, recent.id, { type: 'delivered', at: '2026-11-11T10:00:00Z' })
    await get().runChores()
    expect((await detail(old.id)).recipient).toEqual({ name: '(erased)' })
    expect((await detail(recent.id)).recipient.email).toBe('recent@example.com')

    const brief = await createTenant(get(), { name: 'Brief' })
    await get().call('PATCH', '/v1/settings', { token: brief.apiKey, body: { retentionDays: 5 } })
    const short = await createShipment(get(), brief.apiKey, recipient('short@example.com'))
    await postEvent(get(), brief.apiKey, short.id, { type: 'delivered', at: '2026-11-11T10:00:00Z' })
    await get().runChores()
    const shortDetail = (await (await get().call('GET', `/v1/shipments/${short.id}`, { token: brief.apiKey })).json()) as ShipmentDetail
    expect(shortDetail.recipient).toEqual({ name: '(erased)' })
  })
})
