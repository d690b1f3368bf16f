import { serve } from '@hono/node-server'
import { startServer } from '@porchlight/server/node'
import { Hono } from 'hono'
import type { AddressInfo } from 'node:net'

// A benchmark target in its own process, so the load generator never shares its event loop.
// Prints one JSON line: where to send load, and the paths to spread it over.
const [mode = 'hello', databaseUrl = '', ttl = '1000', count = '1'] = process.argv.slice(2)

if (mode === 'hello') {
  const app = new Hono().get('/hello', (c) => c.text('Hello, world'))
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => {
    const { port } = server.address() as AddressInfo
    console.log(JSON.stringify({ url: `http://127.0.0.1:${port}`, paths: ['/hello'] }))
  })
} else {
  const adminToken = crypto.randomUUID()
  const server = await startServer({
    host: '127.0.0.1',
    port: 0,
    dataDir: 'memory://',
    databaseUrl: mode === 'postgres' ? databaseUrl : undefined,
    adminToken,
    trackingViewTtlMs: Number(ttl),
    logger: { info: () => {}, error: (message, data) => console.error(message, data) },
  })
  const post = async <T>(path: string, token: string, body: unknown) => {
    const res = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`)
    return (await res.json()) as T
  }
  const { apiKey } = await post<{ apiKey: string }>('/v1/admin/tenants', adminToken, { name: 'Bench', allowedOrigins: ['https://shop.example'] })
  const paths: string[] = []
  for (let n = 1; n <= Number(count); n++) {
    const shipment = await post<{ id: string; trackingToken: string }>('/v1/shipments', apiKey, {
      orderRef: `BENCH-${n}`,
      recipient: { name: 'Bench Shopper' },
      address: { line1: '1 Main St', city: 'Paris', postcode: '75001', country: 'FR', lat: 48.86, lng: 2.34, timeZone: 'Europe/Paris' },
      promisedWindow: { start: '2026-11-21T13:00:00Z', end: '2026-11-21T15:00:00Z' },
    })
    // A realistic timeline: a shipment out for delivery has a handful of events.
    for (const [i, type] of ['label_created', 'in_transit', 'in_transit', 'out_for_delivery'].entries()) {
      await post(`/v1/shipments/${shipment.id}/events`, apiKey, { type, at: new Date(Date.UTC(2026, 10, 20, 8 + i * 3)).toISOString(), note: 'Scanned' })
    }
    paths.push(`/v1/track/${shipment.trackingToken}`)
  }
  console.log(JSON.stringify({ url: server.url, paths }))
}
