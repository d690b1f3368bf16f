import { startServer } from '@porchlight/server/node'

// The fan-out target, in its own process: the API on PostgreSQL with one route out for delivery.
// Prints one JSON line with what the load generator needs.
const [databaseUrl, stopCount = '150'] = process.argv.slice(2)
const adminToken = crypto.randomUUID()
const server = await startServer({
  host: '127.0.0.1',
  port: 0,
  dataDir: 'memory://',
  databaseUrl,
  adminToken,
  logger: { info: () => {}, error: (message, data) => console.error(message, data) },
})
const call = async <T>(method: string, path: string, token: string, body: unknown) => {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}
const { apiKey } = await call<{ apiKey: string }>('POST', '/v1/admin/tenants', adminToken, { name: 'Fan-out', allowedOrigins: [] })
const shipments: Array<{ id: string; trackingToken: string }> = []
for (let n = 0; n < Number(stopCount); n++) {
  const lat = 48.85 + (n % 15) * 0.002
  const lng = 2.33 + Math.floor(n / 15) * 0.002
  const shipment = await call<{ id: string; trackingToken: string }>('POST', '/v1/shipments', apiKey, {
    orderRef: `FAN-${n}`,
    recipient: { name: 'Shopper' },
    address: { line1: `${n} rue Test`, city: 'Paris', postcode: '75011', country: 'FR', lat, lng, timeZone: 'Europe/Paris' },
  })
  await call('POST', `/v1/shipments/${shipment.id}/events`, apiKey, { type: 'out_for_delivery', at: new Date().toISOString() })
  shipments.push(shipment)
}
await call('PUT', '/v1/routes/FAN', apiKey, { driver: { name: 'Sam' }, stops: shipments.map((s) => ({ shipmentId: s.id })) })
console.log(JSON.stringify({ url: server.url, apiKey, routeId: 'FAN', tokens: shipments.map((s) => s.trackingToken), pid: process.pid }))
