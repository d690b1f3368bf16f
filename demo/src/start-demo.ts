import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { startServer } from '@porchlight/server/node'
import { createTenant, retailerClient } from './retailer-client.ts'
import { seedDeliveryOptions } from './delivery-options.ts'
import { type SeededShipment, seedShipments } from './seed.ts'
import { acceleratedClock } from './accelerated-clock.ts'
import { replayHistory } from './history.ts'
import { type LiveVan, driveLiveVan } from './live-van.ts'
import { opsConsoleApp } from './ops-console/index.ts'
import { storefrontApp } from './storefront.ts'

/** How many times faster than real time `pnpm start` runs, unless DEMO_SPEED says otherwise. */
export const DEFAULT_DEMO_SPEED = 10
/** The live van's randomness: the same day, stop for stop, on every start. */
export const DEMO_VAN_SEED = 'demo-van'

export type DemoOptions = {
  host: string
  apiPort: number
  storefrontPort: number
  /** The ops console's port; 0 or unset picks a free one. */
  opsPort?: number
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
  /** The retailer's ops console, on its own origin: the back office that holds the API key. */
  opsUrl: string
  shipments: SeededShipment[]
  close(): Promise<void>
}

/**
 * The whole demo on one machine: the API on embedded in-memory PGlite, a seeded retailer, the
 * storefront on a second origin, the retailer's ops console on a third, and a parcel whose
 * status moves on by itself.
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
  const storefront = await listen(storefrontApp({ apiUrl: server.url, shipments: () => shipments }).fetch, options.storefrontPort, options.host)
  const storefrontUrl = `http://${options.host}:${(storefront.address() as AddressInfo).port}`
  const tenant = await createTenant(server.url, adminToken, {
    name: 'Maison Lumière',
    allowedOrigins: [storefrontUrl, storefrontUrl.replace(options.host, 'localhost')],
  })
  const client = retailerClient(server.url, tenant.apiKey)
  // The shop's colours, which every tracker of its takes unless the page sets its own.
  await client.patchSettings({ branding: { accentColor: '#2f6b4f', accentColorDark: '#8fd1b0' } })
  await seedDeliveryOptions(client, clock.now())
  const seeded = await seedShipments(client, clock.now())
  shipments = seeded
  let van: LiveVan | null = null
  if (options.speed > 0) {
    await replayHistory(client, { seed: 'demo-history', days: 4 })
    van = await driveLiveVan(client, {
      clock,
      seed: DEMO_VAN_SEED,
      tickMs: 1_000,
      onParcels: (parcels) => (shipments = [...parcels, ...seeded]),
    })
  }
  const ops = await listen(
    opsConsoleApp({ apiUrl: server.url, apiKey: tenant.apiKey, host: options.host, clock, van }).fetch,
    options.opsPort ?? 0,
    options.host,
  )
  return {
    apiUrl: server.url,
    apiKey: tenant.apiKey,
    storefrontUrl,
    opsUrl: `http://${options.host}:${(ops.address() as AddressInfo).port}`,
    get shipments() {
      return shipments
    },
    close: async () => {
      van?.stop()
      await new Promise<void>((resolve) => ops.close(() => resolve()))
      await new Promise<void>((resolve) => storefront.close(() => resolve()))
      await server.close()
    },
  }
}

/** Serves one of the demo's own apps (storefront, ops console); resolves once it listens. */
function listen(fetch: (request: Request) => Response | Promise<Response>, port: number, hostname: string) {
  return new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch, port, hostname }, () => resolve(s))
    s.once('error', reject)
  })
}
