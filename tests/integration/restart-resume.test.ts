import { createScratchPostgres } from '@porchlight/server/test/database'
import { sseReader } from '@porchlight/server/test/sse'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type ServerProcess, startServerProcess } from '../support/server-process.ts'
import { apiCall } from '../support/api-call.ts'

const ADMIN = 'restart-admin'
let database: Awaited<ReturnType<typeof createScratchPostgres>>
let server: ServerProcess

beforeAll(async () => {
  database = await createScratchPostgres()
  server = await startServerProcess({ DATABASE_URL: database.url, PORCHLIGHT_ADMIN_TOKEN: ADMIN })
})

afterAll(async () => {
  await server?.stop()
  await database?.drop()
})

const call = apiCall(() => server.url)

it('resumes a stream across a server restart without losing or repeating an event', async () => {
  const { apiKey } = await call<{ apiKey: string }>('POST', '/v1/admin/tenants', ADMIN, { name: 'Shop', allowedOrigins: [] })
  const shipment = await call<{ id: string; trackingToken: string }>('POST', '/v1/shipments', apiKey, {
    orderRef: 'RESTART-1',
    recipient: { name: 'Ada' },
    address: { line1: '1 rue A', city: 'Paris', postcode: '75001', country: 'FR', lat: 48.86, lng: 2.34, timeZone: 'Europe/Paris' },
  })
  const post = (type: string, minute: number) =>
    call('POST', `/v1/shipments/${shipment.id}/events`, apiKey, { type, at: new Date(Date.now() - (10 - minute) * 60_000).toISOString() })
  const statusOf = (e: { id: string; data: unknown }) => `${e.id}:${(e.data as { status: string }).status}`

  const before = sseReader(await fetch(`${server.url}/v1/track/${shipment.trackingToken}/stream?after=0`))
  await post('label_created', 1)
  await post('in_transit', 2)
  const seen = (await before.take(2)).map(statusOf)

  // The process goes away with the stream open; another takes its place on the same database.
  await server.stop()
  await before.cancel()
  server = await startServerProcess({ DATABASE_URL: database.url, PORCHLIGHT_ADMIN_TOKEN: ADMIN })
  await post('out_for_delivery', 3)
  await post('delivered', 4)

  const resumed = sseReader(await fetch(`${server.url}/v1/track/${shipment.trackingToken}/stream`, { headers: { 'Last-Event-ID': '2' } }))
  try {
    const missed = (await resumed.take(2)).map(statusOf)
    await post('returned', 5)
    const after = statusOf(await resumed.next())
    expect([...seen, ...missed, after]).toEqual(['1:label_created', '2:in_transit', '3:out_for_delivery', '4:delivered', '5:returned'])
    await expect(resumed.next(300)).rejects.toThrow('no event in time')
  } finally {
    await resumed.cancel()
  }
})
