import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CreateShipmentResponse, CreateTenantResponse, TrackingView } from '@porchlight/shared'
import { afterAll, expect, it } from 'vitest'
import { shipmentBody } from '../../test/fixtures.ts'
import { type RunningServer, startServer } from './node-runtime.ts'

const dataDir = mkdtempSync(join(tmpdir(), 'porchlight-runtime-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

const errors: string[] = []
const logger = { info: () => {}, error: (message: string) => errors.push(message) }
const start = () => startServer({ port: 0, host: '127.0.0.1', dataDir, adminToken: 'admin', logger })

async function call<T>(server: RunningServer, method: string, path: string, token?: string, body?: unknown): Promise<T> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...(token && { Authorization: `Bearer ${token}` }), 'Content-Type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  })
  expect(res.ok, `${method} ${path}: ${res.status}`).toBe(true)
  return res.json() as Promise<T>
}

it('acts on the last pings before it closes, even those waiting their turn, and logs no failure', async () => {
  let server = await start()
  const { apiKey } = await call<CreateTenantResponse>(server, 'POST', '/v1/admin/tenants', 'admin', { name: 'Maison Lumière', allowedOrigins: [] })
  const { id, trackingToken } = await call<CreateShipmentResponse>(server, 'POST', '/v1/shipments', apiKey, shipmentBody({ promisedWindow: undefined }))
  await call(server, 'POST', `/v1/shipments/${id}/events`, apiKey, { type: 'out_for_delivery', at: new Date().toISOString() })
  await call(server, 'PUT', '/v1/routes/R-1', apiKey, { driver: { name: 'Sam' }, stops: [{ shipmentId: id }] })
  const ping = (lat: number) => call(server, 'POST', '/v1/routes/R-1/positions', apiKey, { positions: [{ lat, lng: 2.3522, at: new Date().toISOString() }] })
  const eta = async () => (await call<TrackingView>(server, 'GET', `/v1/track/${trackingToken}`)).eta?.end

  // Ten kilometres out, then at the door: the second batch's refresh waits out the gap between
  // refreshes of one route, and the server closes before that gap is over.
  await ping(48.7666)
  await expect.poll(eta).toBeDefined()
  const far = Date.parse((await eta())!)
  await ping(48.8566)
  await server.close()

  server = await start()
  expect(Date.parse((await eta())!)).toBeLessThan(far)
  await server.close()
  // A checkout without a widget build says so at each start: not a failure of this.
  expect(errors.filter((message) => !message.startsWith('widget build missing'))).toEqual([])
})
