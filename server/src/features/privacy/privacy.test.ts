import type { AnalyticsSummary, RecipientExport, ShipmentDetail } from '@porchlight/shared'
import { sql } from 'drizzle-orm'
import { beforeAll, expect, it } from 'vitest'
import { queryRows } from '../../db/query-rows.ts'
import { createShipment, createTenant, postEvent, shopper } from '../../../test/fixtures.ts'
import { describeWithDatabases, type TestContext } from '../../../test/test-app.ts'
import { startWebhookReceiver } from '../../../test/webhook-receiver.ts'

/** Every row of every table, as text, to search for what must be gone. */
async function everyRow(t: TestContext): Promise<string> {
  const tables = await queryRows<{ name: string }>(
    t.database.db,
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  )
  const dumps: string[] = []
  for (const { name } of tables) {
    const rows = await queryRows<{ row: string }>(t.database.db, sql.raw(`select t::text as row from "${name}" t`))
    dumps.push(...rows.map((r) => `${name}: ${r.row}`))
  }
  return dumps.join('\n')
}

describeWithDatabases("a recipient's personal data: export, erasure, retention", (get) => {
  let apiKey: string
  beforeAll(async () => {
    apiKey = (await createTenant(get())).apiKey
  })

  const detail = async (id: string) => (await (await get().call('GET', `/v1/shipments/${id}`, { token: apiKey })).json()) as ShipmentDetail
  const recipient = (email: string) => ({ recipient: { name: 'Zoé Durand', email, phone: '+33 6 00 00 00 01' } })

  it('exports everything kept about one recipient, and nothing of anyone else or of another retailer', async () => {
    const a = await createShipment(get(), apiKey, recipient('zoe@example.com'))
    const b = await createShipment(get(), apiKey, recipient('zoe@example.com'))
    await createShipment(get(), apiKey, recipient('someone@example.com'))
    const other = await createTenant(get(), { name: 'Other' })
    await createShipment(get(), other.apiKey, recipient('zoe@example.com'))
    await shopper(get(), a.trackingToken)('PUT', '/instructions', { text: 'Code 1234, second floor' })
    await shopper(get(), a.trackingToken)('POST', '/messages', { body: 'Please ring twice' })
    const res = await get().call('GET', '/v1/recipients/data?email=zoe@example.com', { token: apiKey })
    const data = (await res.json()) as RecipientExport
    expect(data.shipments.map((s) => s.id).sort()).toEqual([a.id, b.id].sort())
    const first = data.shipments.find((s) => s.id === a.id)!
    expect(first.preferences.instructions).toEqual({ text: 'Code 1234, second floor' })
    expect(first.conversation.messages.map((m) => m.body)).toEqual(['Please ring twice'])
    expect((await get().call('GET', '/v1/recipients/data', { token: apiKey })).status).toBe(400)
  })

  it('erases a recipient on request, keeping the figures, and their links stop working', async () => {
    const a = await createShipment(get(), apiKey, recipient('erase-me@example.com'))
    await shopper(get(), a.trackingToken)('PUT', '/instructions', { text: 'Key under the mat' })
    await shopper(get(), a.trackingToken)('POST', '/messages', { body: 'I live at 12 rue des Lilas' })
    await postEvent(get(), apiKey, a.id, { type: 'delivered', at: '2026-11-21T08:00:00Z', note: 'Handed to Zoé' })
    await shopper(get(), a.trackingToken)('POST', '/feedback', { rating: 5, comment: 'Thanks Sam, see you at number 12' })
    const figures = async () =>
      (await (await get().call('GET', '/v1/analytics/summary?from=2026-11-20T00:00:00Z&to=2026-11-22T00:00:00Z', { token: apiKey })).json()) as AnalyticsSummary
    const before = await figures()

    const res = await get().call('POST', '/v1/recipients/erase', { token: apiKey, body: { email: 'erase-me@example.com' } })
    expect(await res.json()).toEqual({ erased: 1 })
    const erased = await detail(a.id)
    const text = JSON.stringify(erased)
    for (const secret of ['Zoé', 'erase-me@example.com', '+33 6', '12 rue', 'Key under the mat', 'number 12', 'Handed to']) {
      expect(text).not.toContain(secret)
    }
    expect(erased).toMatchObject({ status: 'delivered', address: { city: 'Paris', postcode: '75011', lat: 48.86, lng: 2.35 } })
    expect((await get().call('GET', `/v1/track/${a.trackingToken}/messages`)).status).toBe(404)
    const after = await figures()
    expect({ ...after, days: [] }).toEqual({ ...before, days: [] })
    // Asked again, there is nothing left to erase.
    expect(await (await get().call('POST', '/v1/recipients/erase', { token: apiKey, body: { email: 'erase-me@example.com' } })).json()).toEqual({ erased: 0 })
  })

  it("leaves none of the recipient's words or contact details in any table: outboxes, replays and live log included", async () => {
    const tenant = await createTenant(get(), { name: 'Erasing shop' })
    const receiver = await startWebhookReceiver('whsec-erasure-0123456789')
    try {
      await get().call('PUT', '/v1/webhook', { token: tenant.apiKey, body: { url: receiver.url, secret: 'whsec-erasure-0123456789' } })
      const a = await createShipment(get(), tenant.apiKey, {
        recipient: { name: 'Zélie Quennec', email: 'zoe.quennec@example.com', phone: '+33 6 12 34 56 78' },
        address: { line1: '7 impasse Vermeil', line2: 'Bâtiment Ouest', city: 'Paris', postcode: '75011', country: 'FR', lat: 48.8566, lng: 2.3522, timeZone: 'Europe/Paris' },
      })
      const me = shopper(get(), a.trackingToken)
      expect((await me('PUT', '/safe-place', { place: 'other', note: 'Behind the lavender pots' })).status).toBe(200)
      expect((await me('PUT', '/instructions', { text: 'Ring Quennec twice', accessCode: 'K7Q2X' })).status).toBe(200)
      expect((await me('POST', '/messages', { body: 'My neighbour Ildefonse can take it' })).status).toBe(201)
      // A browser subscribed to notifications, and a driver's message queued for it.
      const keys = { p256dh: `B${'A'.repeat(86)}`, auth: 'AAAAAAAAAAAAAAAAAAAAAA' }
      expect((await me('POST', '/push-subscriptions', { endpoint: 'http://127.0.0.1:9/push/erasure', keys })).status).toBe(201)
      const driverSays = { author: 'driver', body: 'Ildefonse at number 9 has it, Quennec' }
      expect((await get().call('POST', `/v1/shipments/${a.id}/messages`, { token: tenant.apiKey, body: driverSays })).status).toBe(201)
      // Some webhooks go out before the erasure, the rest are still queued when it comes.
      await get().webhookWorker.runOnce()
      const note = { type: 'delivered', at: '2026-11-21T08:30:00Z', note: 'Left at the Oberkampf kiosk' }
      expect((await postEvent(get(), tenant.apiKey, a.id, note, { 'Idempotency-Key': 'erasure-delivered-1' })).status).toBe(201)
      expect((await me('POST', '/feedback', { rating: 2, comment: 'Quennec family says the box was wet' })).status).toBe(201)
      const words = ['Zélie', 'Quennec', 'zoe.quennec@example.com', '12 34 56 78', 'impasse Vermeil', 'Bâtiment Ouest', 'lavender', 'K7Q2X', 'Ildefonse', 'Oberkampf', 'box was wet']
      const before = await everyRow(get())
      expect(words.filter((w) => before.includes(w))).toEqual(words)

      const res = await get().call('POST', '/v1/recipients/erase', { token: tenant.apiKey, body: { email: 'zoe.quennec@example.com' } })
      expect(await res.json()).toEqual({ erased: 1 })
      const after = await everyRow(get())
      expect(words.filter((w) => after.includes(w))).toEqual([])
      // What was still queued goes out, without the words.
      while ((await get().webhookWorker.runOnce()) > 0);
      const sent = receiver.accepted()
      expect(sent.map((e) => e.type)).toEqual(['shipment.preferences_changed', 'shipment.preferences_changed', 'message.created', 'feedback.created'])
      expect(words.filter((w) => JSON.stringify(sent.slice(1)).includes(w))).toEqual([])
      expect(sent[3]?.data).toMatchObject({ feedback: { rating: 2, comment: null } })
    } finally {
      await receiver.close()
    }
  })

  it('forgets idempotency answers after a day and rate-limit counters once their window has passed', async () => {
    const tenant = await createTenant(get(), { name: 'Pruned shop' })
    const a = await createShipment(get(), tenant.apiKey)
    const event = { type: 'in_transit', at: '2026-11-21T08:40:00Z' }
    const key = { 'Idempotency-Key': 'prune-me-1' }
    expect((await postEvent(get(), tenant.apiKey, a.id, event, key)).status).toBe(201)
    // A wrong postcode: a per-client counter for a minute, and a miss remembered for an hour.
    await get().call('POST', '/v1/lookup', { body: { publishableKey: tenant.publishableKey, orderRef: a.orderRef, postcode: '99999' }, headers: { 'X-Test-Client': 'pruned-client' } })
    const count = async (query: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(get().database.db, query))[0]?.n
    const limits = () => count(sql`select count(*)::int as n from rate_limits where key like ${`%${tenant.publishableKey}%`} or key like '%pruned-client%'`)
    const answers = () => count(sql`select count(*)::int as n from idempotency_keys where tenant_id = ${tenant.id}`)
    expect(await limits()).toBe(2)
    expect(await answers()).toBe(1)
    const start = get().clock.now()
    try {
      get().clock.set(new Date(start.getTime() + 16 * 60_000))
      await get().runChores()
      expect(await limits()).toBe(1)
      expect(await answers()).toBe(1)
      expect((await postEvent(get(), tenant.apiKey, a.id, event, key)).headers.get('Idempotent-Replayed')).toBe('true')
      get().clock.set(new Date(start.getTime() + 24 * 3600_000 + 60_000))
      await get().runChores()
      expect(await limits()).toBe(0)
      expect(await answers()).toBe(0)
    } finally {
      get().clock.set(start)
    }
  })

  it("erases by itself what is older than the retailer's retention period", async () => {
    const old = await createShipment(get(), apiKey, recipient('old@example.com'))
    const recent = await createShipment(get(), apiKey, recipient('recent@example.com'))
    await postEvent(get(), apiKey, old.id, { type: 'delivered', at: '2026-08-01T10:00:00Z' })
    await postEvent(get(), apiKey, recent.id, { type: 'delivered', at: '2026-11-11T10:00:00Z' })
    await get().runChores()
    expect((await detail(old.id)).recipient).toEqual({ name: '(erased)' })
    expect((await detail(recent.id)).recipient.email).toBe('recent@example.com')

    const brief = await createTenant(get(), { name: 'Brief' })
    await get().call('PATCH', '/v1/settings', { token: brief.apiKey, body: { retentionDays: 5 } })
    const short = await createShipment(get(), brief.apiKey, recipient('short@example.com'))
    await postEvent(get(), brief.apiKey, short.id, { type: 'delivered', at: '2026-11-11T10:00:00Z' })
    await get().runChores()
    const shortDetail = (await (await get().call('GET', `/v1/shipments/${short.id}`, { token: brief.apiKey })).json()) as ShipmentDetail
    expect(shortDetail.recipient).toEqual({ name: '(erased)' })
  })
})
