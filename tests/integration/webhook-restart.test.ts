import { createScratchPostgres } from '@porchlight/server/test/database'
import { startWebhookReceiver } from '@porchlight/server/test/webhook-receiver'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type ServerProcess, startServerProcess } from '../support/server-process.ts'
import { apiCall } from '../support/api-call.ts'

const ADMIN = 'webhook-admin'
const SECRET = 'whsec-restart-0123456789'
const ENV = {
  PORCHLIGHT_ADMIN_TOKEN: ADMIN,
  PORCHLIGHT_ALLOW_LOOPBACK_TARGETS: '1',
  // Fast retries and a short lease keep the test short; the behaviour is the production one.
  PORCHLIGHT_WEBHOOK_RETRY_BASE_MS: '200',
  PORCHLIGHT_WEBHOOK_TIMEOUT_MS: '1000',
}

let database: Awaited<ReturnType<typeof createScratchPostgres>>
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>
let server: ServerProcess

beforeAll(async () => {
  database = await createScratchPostgres()
  // The receiver is down for the first three attempts.
  receiver = await startWebhookReceiver(SECRET, [503, 503, 503])
  server = await startServerProcess({ ...ENV, DATABASE_URL: database.url })
})

afterAll(async () => {
  await server?.stop()
  await receiver?.close()
  await database?.drop()
})

const call = apiCall(() => server.url)

const until = async (what: string, done: () => boolean, timeoutMs = 30_000) => {
  const deadline = Date.now() + timeoutMs
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

it('delivers every event once by id, in order per shipment, across failures and a crash', async () => {
  const { apiKey } = await call<{ apiKey: string }>('POST', '/v1/admin/tenants', ADMIN, { name: 'Shop', allowedOrigins: [] })
  await call('PUT', '/v1/webhook', apiKey, { url: receiver.url, secret: SECRET })
  const shipments = await Promise.all(
    ['A', 'B'].map((ref) =>
      call<{ id: string; trackingToken: string }>('POST', '/v1/shipments', apiKey, {
        orderRef: `HOOK-${ref}`,
        recipient: { name: 'Ada' },
        address: { line1: '1 rue A', city: 'Paris', postcode: '75001', country: 'FR', lat: 48.86, lng: 2.34, timeZone: 'Europe/Paris' },
      }),
    ),
  )
  const change = (i: number, text: string) => call('PUT', `/v1/track/${shipments[i]!.trackingToken}/instructions`, undefined, { text })
  const expected: Record<string, string[]> = { [shipments[0]!.id]: [], [shipments[1]!.id]: [] }
  for (let n = 1; n <= 4; n++) {
    for (const i of [0, 1]) {
      await change(i, `note ${n}`)
      expected[shipments[i]!.id]!.push(`note ${n}`)
    }
  }

  // Some of it has gone out; the process dies without warning, and another takes its place.
  await until('a first delivery', () => receiver.accepted().length >= 2)
  await server.kill()
  server = await startServerProcess({ ...ENV, DATABASE_URL: database.url })
  for (const i of [0, 1]) {
    await change(i, 'after the crash')
    expected[shipments[i]!.id]!.push('after the crash')
  }
  await until('every event', () => receiver.accepted().length === 10)

  expect(receiver.deliveries.every((d) => d.signatureValid)).toBe(true)
  expect(receiver.deliveries.slice(0, 3).map((d) => d.status)).toEqual([503, 503, 503])
  const accepted = receiver.accepted()
  for (const [shipmentId, texts] of Object.entries(expected)) {
    const received = accepted
      .filter((e) => e.shipment.id === shipmentId)
      .map((e) => (e.data as { preferences: { instructions: { text: string } } }).preferences.instructions.text)
    expect(received).toEqual(texts)
  }
  // A repeat after the crash carries the id it had: the receiver can drop it.
  const ids = receiver.deliveries.map((d) => d.event.id)
  expect(new Set(ids).size).toBe(10)
}, 90_000)
