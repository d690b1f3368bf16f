import { type RunningServer, startServer } from '@porchlight/server/node'
import { createScratchPostgres } from '@porchlight/server/test/database'
import type { Problem } from '@porchlight/shared'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startTcpCut } from '../support/tcp-cut.ts'

const ADMIN = 'outage-admin'
let database: Awaited<ReturnType<typeof createScratchPostgres>>
let link: Awaited<ReturnType<typeof startTcpCut>>
let server: RunningServer

beforeAll(async () => {
  database = await createScratchPostgres()
  const url = new URL(database.url)
  link = await startTcpCut({ host: url.hostname, port: Number(url.port || 5432) })
  url.port = String(link.port)
  server = await startServer({
    host: '127.0.0.1',
    port: 0,
    databaseUrl: url.href,
    dataDir: 'memory://',
    adminToken: ADMIN,
    trackingViewTtlMs: 0,
    logger: { info: () => {}, error: () => {} },
  })
})

afterAll(async () => {
  await server?.close()
  await link?.close()
  await database?.drop()
})

it('answers 503 problem+json with Retry-After while the database is gone, and recovers by itself', async () => {
  const call = (path: string, init: RequestInit = {}) => fetch(server.url + path, init)
  const tenant = (await (
    await call('/v1/admin/tenants', {
      method: 'POST',
      headers: { Authorization: `Bearer ${ADMIN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Shop', allowedOrigins: [] }),
    })
  ).json()) as { apiKey: string }
  const shipment = (await (
    await call('/v1/shipments', {
      method: 'POST',
      headers: { Authorization: `Bearer ${tenant.apiKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        orderRef: 'OUT-1',
        recipient: { name: 'Ada' },
        address: { line1: '1 rue A', city: 'Paris', postcode: '75011', country: 'FR', lat: 48.86, lng: 2.37, timeZone: 'Europe/Paris' },
      }),
    })
  ).json()) as { trackingToken: string }
  expect((await call(`/v1/track/${shipment.trackingToken}`)).status).toBe(200)

  link.cut()
  for (const path of ['/healthz', `/v1/track/${shipment.trackingToken}`]) {
    const res = await call(path)
    expect(res.status, path).toBe(503)
    expect(res.headers.get('Content-Type'), path).toBe('application/problem+json')
    expect(Number(res.headers.get('Retry-After')), path).toBeGreaterThan(0)
    expect(((await res.json()) as Problem).code, path).toBe('service_unavailable')
  }

  link.restore()
  await expect.poll(async () => (await call(`/v1/track/${shipment.trackingToken}`)).status, { timeout: 20_000, interval: 250 }).toBe(200)
  expect((await call('/healthz')).status).toBe(200)
}, 60_000)
