import type { Problem } from '@porchlight/shared'
import { beforeAll, expect, it } from 'vitest'
import { type Endpoint, fillPath, loadEndpoints } from '../../test/endpoints.ts'
import { ADMIN_TOKEN, describeWithDatabases } from '../../test/test-app.ts'
import { buildWorld } from '../../test/world.ts'

type World = Awaited<ReturnType<typeof buildWorld>>

/**
 * OWASP API1: every endpoint that names an object is walked with another tenant's key or
 * another shipment's token. Each must answer as if the object did not exist, and write nothing.
 */
describeWithDatabases('object-level authorization', (get) => {
  let mine: World
  let theirs: World
  let ENDPOINTS: Endpoint[]
  beforeAll(async () => {
    mine = await buildWorld(get(), 'Mine')
    theirs = await buildWorld(get(), 'Theirs')
    ENDPOINTS = await loadEndpoints(get())
  })

  // Each call from its own address: the walk is about who reaches what, not about throttling.
  let calls = 0
  const send = (method: string, path: string, credential: string | undefined, body?: Record<string, unknown>) =>
    get().app.request(path, {
      method,
      headers: {
        'X-Test-Client': `walker-${++calls}`,
        ...(credential ? { Authorization: `Bearer ${credential}` } : {}),
        ...(body ? { 'Content-Type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    })

  it("reaches none of a tenant's objects with another tenant's key", async () => {
    const walked = ENDPOINTS.filter((e) => e.credential(mine) === mine.apiKey && e.path(mine).includes('«'))
    expect(walked.length).toBeGreaterThanOrEqual(10)
    const before = await get().rowCounts()
    for (const endpoint of walked) {
      const label = `${endpoint.method} ${endpoint.path(mine)}`
      const res = await send(endpoint.method, fillPath(endpoint.path(mine)), theirs.apiKey, endpoint.body?.(mine))
      // Pickup point ids are the retailer's own names: Theirs writing "mine-locker" makes a
      // locker of its own by that name; Mine's is checked below. A route naming Mine's
      // shipment is refused by field.
      const expected = label.startsWith('PUT /v1/pickup-points/') ? 201 : label.startsWith('PUT /v1/routes/') ? 400 : 404
      expect(res.status, label).toBe(expected)
      if (expected === 404) expect(((await res.json()) as Problem).code, label).toBe('not_found')
    }
    const lockers = (await (await send('GET', '/v1/pickup-points', mine.apiKey)).json()) as { pickupPoints: Array<{ id: string; name: string }> }
    expect(lockers.pickupPoints).toEqual([expect.objectContaining({ id: mine.pickupPointId, name: 'Casier Bastille' })])
    // Nothing of Mine's changed: its route still holds its shipment, its locker is as it was.
    const route = await (await send('GET', `/v1/routes/${mine.routeId}`, mine.apiKey)).json()
    expect(route).toMatchObject({ stops: [{ shipmentId: mine.shipmentId }] })
    const after = await get().rowCounts()
    expect({ ...after, pickup_points: 0 }).toEqual({ ...before, pickup_points: 0 })
    expect(after.shipments).toBe(before.shipments)
    expect(after.messages).toBe(before.messages)
    expect(after.shipment_events).toBe(before.shipment_events)
    expect(after.tracking_tokens).toBe(before.tracking_tokens)
  })

  it("refuses another tenant's shipment in a route, and another tenant's objects named in a shopper's request", async () => {
    // A tenant untouched by the walk above, whose names Theirs has not taken for its own.
    const mine = await buildWorld(get(), 'Elsewhere')
    const before = await get().rowCounts()
    const route = await send('PUT', `/v1/routes/${theirs.routeId}`, theirs.apiKey, { driver: { name: 'Eve' }, stops: [{ shipmentId: mine.shipmentId }] })
    expect(route.status).toBe(400)
    const asTheirs = (method: string, path: string, body: Record<string, unknown>) => send(method, `/v1/track/${theirs.token}${path}`, undefined, body)
    for (const [method, path, body, field] of [
      ['POST', '/reschedule', { windowId: mine.windowId }, 'windowId'],
      ['PUT', '/pickup-point', { pickupPointId: mine.pickupPointId }, 'pickupPointId'],
      ['POST', '/messages/read', { upTo: mine.messageId }, 'upTo'],
    ] as const) {
      const res = await asTheirs(method, path, body)
      expect(res.status, path).toBe(400)
      expect(((await res.json()) as Problem).errors?.[0]?.path, path).toBe(field)
    }
    const retailerRead = await send('POST', `/v1/shipments/${theirs.shipmentId}/messages/read`, theirs.apiKey, { upTo: mine.messageId })
    expect(retailerRead.status).toBe(400)
    const after = await get().rowCounts()
    expect({ ...after, live_events: 0 }).toEqual({ ...before, live_events: 0 })
  })

  it('keeps every answer to a retailer or the admin out of caches', async () => {
    const world = await buildWorld(get(), 'Cached')
    const credentialed = ENDPOINTS.filter((e) => e.credential(world) === world.apiKey || e.credential(world) === ADMIN_TOKEN)
    expect(credentialed.length).toBeGreaterThanOrEqual(25)
    for (const endpoint of credentialed) {
      const res = await send(endpoint.method, fillPath(endpoint.path(world)), endpoint.credential(world), endpoint.body?.(world))
      expect(res.headers.get('Cache-Control'), `${endpoint.operation} → ${res.status}`).toBe('no-store')
    }
  })

  it('reaches nothing at all with an unknown, revoked or missing credential', async () => {
    const before = await get().rowCounts()
    const revoked = await buildWorld(get(), 'Revoked')
    await send('DELETE', `/v1/shipments/${revoked.shipmentId}/tracking-token`, revoked.apiKey)
    const counted = await get().rowCounts()
    for (const endpoint of ENDPOINTS) {
      const body = endpoint.body?.(revoked)
      if (endpoint.credential(revoked) === revoked.apiKey) {
        for (const credential of [undefined, 'pl_sk_not-a-key']) {
          const res = await send(endpoint.method, fillPath(endpoint.path(revoked)), credential, body)
          expect(res.status, `${endpoint.method} ${endpoint.path(revoked)}`).toBe(401)
        }
      } else if (endpoint.path(revoked).includes(revoked.token)) {
        const res = await send(endpoint.method, fillPath(endpoint.path(revoked)), undefined, body)
        expect(res.status, `${endpoint.method} ${endpoint.path(revoked)} with a revoked link`).toBe(404)
      }
    }
    expect(await get().rowCounts()).toEqual(counted)
    expect(counted.shipments).toBe((before.shipments ?? 0) + 1)
  })
})
