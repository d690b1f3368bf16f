import { startServer } from '@porchlight/server/node'
import { createBrowserKeys, decryptPush, startPushService } from '@porchlight/server/test/push-service'

const ADMIN = 'bench-admin'

async function call<T>(base: string, method: string, path: string, token: string | undefined, body: unknown): Promise<T> {
  const res = await fetch(base + path, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`)
  // Some answers (a subscription made) have no body.
  return (await res.json().catch(() => undefined)) as T
}

/**
 * A route of `stops` parcels, each with a subscribed browser, all turning "out for delivery" at
 * once (the morning scan of a loaded van): how fast the notifications reach the push service.
 */
export async function runPushBenchmark(options: { databaseUrl: string; stops: number }) {
  const service = await startPushService()
  const server = await startServer({
    host: '127.0.0.1',
    port: 0,
    databaseUrl: options.databaseUrl,
    dataDir: 'memory://',
    adminToken: ADMIN,
    allowLoopbackTargets: true,
    logger: { info: () => {}, error: (message, data) => console.error(message, data) },
  })
  try {
    const { apiKey } = await call<{ apiKey: string }>(server.url, 'POST', '/v1/admin/tenants', ADMIN, { name: 'Bench', allowedOrigins: [] })
    const parcels: Array<{ id: string; trackingToken: string; browser: ReturnType<typeof createBrowserKeys> }> = []
    for (let i = 0; i < options.stops; i++) {
      const shipment = await call<{ id: string; trackingToken: string }>(server.url, 'POST', '/v1/shipments', apiKey, {
        orderRef: `PUSH-${i}`,
        recipient: { name: 'Bench', locale: 'en-GB' },
        address: { line1: `${i} Rue A`, city: 'Paris', postcode: '75011', country: 'FR', lat: 48.86, lng: 2.37, timeZone: 'Europe/Paris' },
      })
      const browser = createBrowserKeys()
      await call(server.url, 'POST', `/v1/track/${shipment.trackingToken}/push-subscriptions`, undefined, {
        endpoint: service.endpoint(`p${i}`),
        keys: browser.keys,
      })
      parcels.push({ ...shipment, browser })
    }
    const started = performance.now()
    await Promise.all(
      parcels.map((p) => call(server.url, 'POST', `/v1/shipments/${p.id}/events`, apiKey, { type: 'out_for_delivery', at: new Date().toISOString() })),
    )
    const scanned = performance.now()
    while (service.requests.length < options.stops) {
      if (performance.now() - started > 60_000) throw new Error(`only ${service.requests.length} notifications in a minute`)
      await new Promise((r) => setTimeout(r, 5))
    }
    const delivered = performance.now()
    // Every one must be a real notification its browser can read.
    const readable = service.requests.filter((r) => {
      const parcel = parcels[Number(r.path.slice('/push/p'.length))]
      return parcel && JSON.parse(decryptPush(r.body, parcel.browser)).kind === 'out_for_delivery'
    }).length
    const times = service.requests.map((r) => r.receivedAt)
    const sending = (Math.max(...times) - Math.min(...times)) / 1000
    return {
      stops: options.stops,
      readable,
      // 150 scans posted at once, each queueing its notification in its own transaction.
      scanMilliseconds: Math.round(scanned - started),
      lastNotificationMilliseconds: Math.round(delivered - started),
      endToEndPerSecond: Math.round(options.stops / ((delivered - started) / 1000)),
      // From the first notification received to the last: the sender's own rate.
      notificationsPerSecond: Math.round((options.stops - 1) / sending),
    }
  } finally {
    await server.close()
    await service.close()
  }
}
