import { get, type IncomingMessage } from 'node:http'
import { tmpdir } from 'node:os'
import { expect, it } from 'vitest'
import { apiCall } from '../support/api-call.ts'
import { startServerProcess } from '../support/server-process.ts'

const ADMIN = 'production-admin'
const ROUNDS = 3

/** A live stream held open the way a browser holds it; resolves `ended` when the server closes it. */
function openStream(url: string) {
  return new Promise<{ response: IncomingMessage; ended: Promise<void> }>((resolve, reject) => {
    get(url, { headers: { Accept: 'text/event-stream' } }, (response) => {
      const ended = new Promise<void>((done) => {
        response.on('end', done)
        response.on('close', done)
        response.on('error', () => done())
      })
      response.resume()
      resolve({ response, ended })
    }).on('error', reject)
  })
}

it('runs as plain node from the build, from any directory, and drains to exit 0 on SIGTERM under load', async () => {
  for (let round = 0; round < ROUNDS; round++) {
    // Not the repository: migrations and the widget must be found beside the build.
    const server = await startServerProcess({ PORCHLIGHT_DATA_DIR: 'memory://', PORCHLIGHT_ADMIN_TOKEN: ADMIN }, { cwd: tmpdir() })
    const call = apiCall(() => server.url)
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ ok: true })
    expect((await fetch(`${server.url}/widget.js`)).status).toBe(200)
    const { apiKey } = await call<{ apiKey: string }>('POST', '/v1/admin/tenants', ADMIN, { name: 'Production', allowedOrigins: [] })
    const address = { line1: '1 rue A', city: 'Paris', postcode: '75011', country: 'FR', lat: 48.86, lng: 2.37, timeZone: 'Europe/Paris' }
    const shipments = []
    for (let i = 0; i < 3; i++) {
      const s = await call<{ id: string; trackingToken: string }>('POST', '/v1/shipments', apiKey, { orderRef: `PROD-${round}-${i}`, recipient: { name: 'Ada' }, address })
      await call('POST', `/v1/shipments/${s.id}/events`, apiKey, { type: 'out_for_delivery', at: new Date().toISOString() })
      shipments.push(s)
    }
    await call('PUT', '/v1/routes/prod', apiKey, { driver: { name: 'Sam' }, stops: shipments.map((s) => ({ shipmentId: s.id })) })
    const streams = await Promise.all(shipments.map((s) => openStream(`${server.url}/v1/track/${s.trackingToken}/stream`)))
    expect(streams.map((s) => s.response.statusCode)).toEqual([200, 200, 200])
    // Pings keep route jobs running while the signal comes.
    const load = Array.from({ length: 40 }, (_, i) =>
      fetch(`${server.url}/v1/routes/prod/positions`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ positions: [{ lat: 48.85 + i * 0.0001, lng: 2.37, at: new Date(Date.now() - (40 - i) * 1000).toISOString() }] }),
      }).catch(() => undefined),
    )
    await new Promise((resolve) => setTimeout(resolve, 20))
    server.process.kill('SIGTERM')
    expect(await server.exited, `round ${round}`).toEqual({ code: 0, signal: null })
    await Promise.all(streams.map((s) => s.ended))
    await Promise.all(load)
  }
})
