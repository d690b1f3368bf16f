import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { startServer } from '@porchlight/server/node'
import { createTenant, retailerClient } from './retailer-client.ts'
import { seedDeliveryOptions } from './delivery-options.ts'
import { type SeededShipment, seedShipments } from './seed.ts'
import { acceleratedClock } from './accelerated-clock.ts'
import { replayHistory } from './history.ts'
import { driveLiveVan } from './live-van.ts'
import { storefrontApp } from './storefront.ts'

export type DemoOptions = {
  host: string
  apiPort: number
  storefrontPort: number
  /**
   * How many times faster than real time the demo runs; 0 leaves out the simulated van and its
   * history (the seeded shipments only, on the real clock).
   */
  speed: number
}

export type RunningDemo = {
  apiUrl: string
  /** The demo retailer's key, for the ops console and tests that act as the carrier. */
  apiKey: string
  storefrontUrl: string
  shipments: SeededShipment[]
  close(): Promise<void>
}

/**
 * The whole demo on one machine: the API on embedded in-memory PGlite, a seeded retailer, the
 * storefront on a second origin, and a parcel whose status moves on by itself.
 */
export async function startDemo(options: DemoOptions): Promise<RunningDemo> {
  const adminToken = crypto.randomUUID()
  const clock = options.speed > 0 ? acceleratedClock(new Date(), options.speed) : { now: () => new Date() }
  const server = await startServer({
    host: options.host,
    port: options.apiPort,
    dataDir: 'memory://',
    adminToken,
    clock,
    logger: { info: () => {}, error: (message, data) => console.error(message, data ?? '') },
  })
  let shipments: SeededShipment[] = []
  const storefront = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: storefrontApp({ apiUrl: server.url, shipments: () => shipments }).fetch, port: options.storefrontPort, hostname: options.host }, () => resolve(s))
    s.once('error', reject)
  })
  const storefrontUrl = `http://${options.host}:${(storefront.address() as AddressInfo).port}`
  const tenant = await createTenant(server.url, adminToken, {
    name: 'Maison Lumière',
    allowedOrigins: [storefrontUrl, storefrontUrl.replace(options.host, 'localhost')],
  })
  const client = retailerClient(server.url, tenant.apiKey)
  await seedDeliveryOptions(client, clock.now())
  const seeded = await seedShipments(client, clock.now())
  shipments = seeded
  let stop = () => {}
  if (options.speed > 0) {
    await replayHistory(client, { seed: 'demo-history', days: 4 })
    const van = await driveLiveVan(client, {
      clock,
      seed: 'demo-van',
      tickMs: 1_000,
      onParcels: (parcels) => (shipments = [...parcels, ...seeded]),
    })
    stop = van.stop
  }
  return {
    apiUrl: server.url,
    apiKey: tenant.apiKey,
    storefrontUrl,
    get shipments() {
      return shipments
    },
    close: async () => {
      stop()
      await new Promise<void>((resolve) => storefront.close(() => resolve()))
      await server.close()
    },
  }
}
