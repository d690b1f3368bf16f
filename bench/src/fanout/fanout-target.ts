import { startServer } from '@porchlight/server/node'

// The fan-out target, in its own process: the API on PostgreSQL with routes out for delivery
// (the first of 150 stops, the others of 100). Prints one JSON line for the load generator.
const [databaseUrl, routeCount = '10'] = process.argv.slice(2)
const adminToken = crypto.randomUUID()
const server = await startServer({
  host: '127.0.0.1',
  port: 0,
  dataDir: 'memory://',
  databaseUrl,
  adminToken,
  // Every stream comes from this one machine, tens of them per link: the caps would stop the load.
  streamCaps: { perLink: 100_000, perClient: 100_000 },
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
const routeIds: string[] = []
let tokens: string[] = []
for (let r = 0; r < Number(routeCount); r++) {
  const shipments: Array<{ id: string; trackingToken: string }> = []
  for (let n = 0; n < (r === 0 ? 150 : 100); n++) {
    const lat = 48.85 + (n % 15) * 0.002
    const lng = 2.33 + Math.floor(n / 15) * 0.002 + r * 0.05
    const shipment = await call<{ id: string; trackingToken: string }>('POST', '/v1/shipments', apiKey, {
      orderRef: `FAN-${r}-${n}`,
      recipient: { name: 'Shopper' },
      address: { line1: `${n} rue Test`, city: 'Paris', postcode: '75011', country: 'FR', lat, lng, timeZone: 'Europe/Paris' },
    })
    await call('POST', `/v1/shipments/${shipment.id}/events`, apiKey, { type: 'out_for_delivery', at: new Date().toISOString() })
    shipments.push(shipment)
  }
  const routeId = `FAN-${r}`
  await call('PUT', `/v1/routes/${routeId}`, apiKey, { driver: { name: `Driver ${r}` }, stops: shipments.map((s) => ({ shipmentId: s.id })) })
  routeIds.push(routeId)
  if (r === 0) tokens = shipments.map((s) => s.trackingToken)
}
// The load generator ends this process with SIGTERM: exiting on it lets `--cpu-prof` write.
process.once('SIGTERM', () => process.exit(0))
console.log(JSON.stringify({ url: server.url, apiKey, routeIds, tokens, pid: process.pid }))
