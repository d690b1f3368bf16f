import { sseReader } from '@porchlight/server/test/sse'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createScratchPostgres } from '@porchlight/server/test/database'
import { type ServerProcess, startServerProcess } from '../support/server-process.ts'

const ADMIN = 'two-instances-admin'
let database: Awaited<ReturnType<typeof createScratchPostgres>>
let a: ServerProcess
let b: ServerProcess

beforeAll(async () => {
  database = await createScratchPostgres()
  // Started together on an empty database: migrations must take turns, and both come up.
  ;[a, b] = await Promise.all(
    [1, 2].map(() => startServerProcess({ DATABASE_URL: database.url, PORCHLIGHT_ADMIN_TOKEN: ADMIN })),
  ) as [ServerProcess, ServerProcess]
})

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()])
  await database?.drop()
})

const call = async <T>(base: string, method: string, path: string, token: string, body?: unknown): Promise<T> => {
  const res = await fetch(base + path, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`)
  return res.json() as Promise<T>
}

it('brings a status and a position posted to one instance to a stream held by the other', async () => {
  expect((await fetch(`${a.url}/healthz`)).status).toBe(200)
  expect((await fetch(`${b.url}/healthz`)).status).toBe(200)
  const { apiKey } = await call<{ apiKey: string }>(a.url, 'POST', '/v1/admin/tenants', ADMIN, { name: 'Shop', allowedOrigins: [] })
  const shipment = await call<{ id: string; trackingToken: string }>(a.url, 'POST', '/v1/shipments', apiKey, {
    orderRef: 'TWO-1',
    recipient: { name: 'Ada' },
    address: { line1: '1 rue A', city: 'Paris', postcode: '75001', country: 'FR', lat: 48.86, lng: 2.34, timeZone: 'Europe/Paris' },
  })
  const stream = sseReader(await fetch(`${b.url}/v1/track/${shipment.trackingToken}/stream?after=0`))
  try {
    await call(a.url, 'POST', `/v1/shipments/${shipment.id}/events`, apiKey, { type: 'out_for_delivery', at: new Date().toISOString() })
    const event = await stream.next()
    expect(event).toMatchObject({ id: '1', event: 'status', data: { status: 'out_for_delivery' } })

    await call(a.url, 'PUT', '/v1/routes/TWO', apiKey, { driver: { name: 'Sam' }, stops: [{ shipmentId: shipment.id }] })
    const at = new Date().toISOString()
    await call(a.url, 'POST', '/v1/routes/TWO/positions', apiKey, { positions: [{ lat: 48.85, lng: 2.35, at }] })
    const live = [await stream.next(), await stream.next()]
    expect(live.find((e) => e.event === 'position')?.data).toEqual({
      driver: { name: 'Sam', position: { lat: 48.85, lng: 2.35, at } },
    })
  } finally {
    await stream.cancel()
  }
})
