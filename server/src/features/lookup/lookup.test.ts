import type { CreateTenantResponse, Problem, TrackingTokenResponse } from '@porchlight/shared'
import { beforeAll, expect, it } from 'vitest'
import { createShipment, createTenant, postEvent } from '../../../test/fixtures.ts'
import { sseReader } from '../../../test/sse.ts'
import { describeWithDatabases } from '../../../test/test-app.ts'

describeWithDatabases('finding a delivery by order and postcode, and the life of a tracking link', (get) => {
  let tenant: CreateTenantResponse
  beforeAll(async () => {
    tenant = await createTenant(get(), { allowedOrigins: ['https://shop.example'] })
  })

  const lookup = (body: Record<string, string>, client = 'shopper-1', origin = 'https://shop.example') =>
    get().call('POST', '/v1/lookup', { body, headers: { 'X-Test-Client': client, Origin: origin } })

  it('gives a working link for the right pair, readable only by the retailer\'s storefront', async () => {
    const { orderRef } = await createShipment(get(), tenant.apiKey)
    const res = await lookup({ publishableKey: tenant.publishableKey, orderRef, postcode: ' 75 011 ' })
    expect(res.status).toBe(200)
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('https://shop.example')
    const { trackingToken } = (await res.json()) as TrackingTokenResponse
    expect((await get().call('GET', `/v1/track/${trackingToken}`)).status).toBe(200)
    const elsewhere = await lookup({ publishableKey: tenant.publishableKey, orderRef, postcode: '75011' }, 'shopper-1b', 'https://evil.example')
    expect(elsewhere.status).toBe(200)
    expect(elsewhere.headers.get('Access-Control-Allow-Origin')).toBeNull()
  })

  it('answers the same 404 whichever part is wrong', async () => {
    const { orderRef } = await createShipment(get(), tenant.apiKey)
    const other = await createTenant(get(), { name: 'Other' })
    const bodies = await Promise.all(
      [
        { publishableKey: tenant.publishableKey, orderRef, postcode: '69001' },
        { publishableKey: tenant.publishableKey, orderRef: 'NO-SUCH-ORDER', postcode: '75011' },
        { publishableKey: other.publishableKey, orderRef, postcode: '75011' },
        { publishableKey: 'pl_pk_nonsense', orderRef, postcode: '75011' },
      ].map(async (body, i) => {
        const res = await lookup(body, `shopper-2-${i}`)
        expect(res.status).toBe(404)
        const { requestId: _id, ...problem } = (await res.json()) as Problem
        return problem
      }),
    )
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1)
  })

  it('limits guessing per client and per order, saying when to retry', async () => {
    const { orderRef } = await createShipment(get(), tenant.apiKey)
    const guess = (client: string, postcode: string) => lookup({ publishableKey: tenant.publishableKey, orderRef, postcode }, client)
    for (let i = 0; i < 5; i++) expect((await guess(`botnet-${i}`, `0000${i}`)).status).toBe(404)
    // A sixth guess at the same order from yet another address is refused, right postcode or not.
    const sixth = await guess('botnet-6', '75011')
    expect(sixth.status).toBe(429)
    expect(Number(sixth.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect(((await sixth.json()) as Problem).code).toBe('rate_limited')

    const statuses = []
    for (let i = 0; i < 11; i++) statuses.push((await lookup({ publishableKey: tenant.publishableKey, orderRef: `ORDER-${i}`, postcode: '1' }, 'one-client')).status)
    expect(statuses.slice(0, 10).every((s) => s === 404)).toBe(true)
    expect(statuses[10]).toBe(429)
  })

  it("makes the real shopper wait seconds, not a quarter of an hour, after a stranger's wrong postcodes, and longer only as the guessing goes on", async () => {
    const { orderRef } = await createShipment(get(), tenant.apiKey)
    const guess = (client: string, postcode: string) => lookup({ publishableKey: tenant.publishableKey, orderRef, postcode }, client)
    const start = get().clock.now()
    const at = (seconds: number) => get().clock.set(new Date(start.getTime() + seconds * 1000))
    try {
      for (let i = 0; i < 5; i++) expect((await guess('stranger', `1000${i}`)).status).toBe(404)
      const held = await guess('real-shopper', '75011')
      expect(held.status).toBe(429)
      expect(Number(held.headers.get('Retry-After'))).toBe(30)
      at(31)
      expect((await guess('real-shopper', '75011')).status).toBe(200)
      // A right answer starts the count afresh; a stranger who keeps going waits longer each time.
      for (let i = 0; i < 5; i++) expect((await guess(`stranger-${i}`, `2000${i}`)).status).toBe(404)
      at(62)
      expect((await guess('stranger-5', '20005')).status).toBe(404)
      expect(Number((await guess('stranger-6', '20006')).headers.get('Retry-After'))).toBe(60)
    } finally {
      get().clock.set(start)
    }
  })

  it('lets the retailer revoke and rotate links, and expires them after delivery', async () => {
    const { id, trackingToken } = await createShipment(get(), tenant.apiKey)
    const view = (token: string) => get().call('GET', `/v1/track/${token}`).then((r) => r.status)
    const rotated = await get().call('POST', `/v1/shipments/${id}/tracking-token`, { token: tenant.apiKey })
    expect(rotated.status).toBe(201)
    const fresh = ((await rotated.json()) as TrackingTokenResponse).trackingToken
    // The view cache may hold the old link's view for up to its one-second TTL; writes never.
    expect((await get().call('PUT', `/v1/track/${trackingToken}/instructions`, { body: { text: 'hi' } })).status).toBe(404)
    expect(await view(fresh)).toBe(200)
    expect((await get().call('DELETE', `/v1/shipments/${id}/tracking-token`, { token: tenant.apiKey })).status).toBe(204)
    expect((await get().call('PUT', `/v1/track/${fresh}/instructions`, { body: { text: 'hi' } })).status).toBe(404)

    const delivered = await createShipment(get(), tenant.apiKey)
    await postEvent(get(), tenant.apiKey, delivered.id, { type: 'delivered', at: '2026-11-21T08:00:00Z' })
    expect(await view(delivered.trackingToken)).toBe(200)
    const start = get().clock.now()
    try {
      // 30 days after delivery by default.
      get().clock.set(new Date('2026-12-21T08:00:01Z'))
      expect(await view(delivered.trackingToken)).toBe(404)
    } finally {
      get().clock.set(start)
    }
    const stranger = await createTenant(get(), { name: 'Stranger' })
    expect((await get().call('POST', `/v1/shipments/${id}/tracking-token`, { token: stranger.apiKey })).status).toBe(404)
  })

  it('ends a live stream whose link was revoked', async () => {
    const { id, trackingToken } = await createShipment(get(), tenant.apiKey)
    const stream = sseReader(await get().call('GET', `/v1/track/${trackingToken}/stream`))
    await get().call('DELETE', `/v1/shipments/${id}/tracking-token`, { token: tenant.apiKey })
    // Within the recheck period and the view cache's second; an event would be an error too.
    await expect(stream.next(5_000)).rejects.toThrow('stream ended')
  })
})
